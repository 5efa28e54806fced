import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Tag } from 'antd';
import type { VisitBriefView } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { enqueue, type OutboxEntry } from './outbox';

/** The phone's position now, or null when it gives none within 15 s. */
function locate(): Promise<{ lng: number; lat: number; accuracyM: number | null } | null> {
  return new Promise((resolve) => {
    if (!('geolocation' in navigator)) return resolve(null);
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lng: p.coords.longitude, lat: p.coords.latitude, accuracyM: Number.isFinite(p.coords.accuracy) ? p.coords.accuracy : null }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 },
    );
  });
}

const statusColor = { verified: 'green', out_of_range: 'red', unverifiable: 'orange' } as const;

/**
 * Check-in (issue 5 item 3): the position and phone time go into the outbox; the server stamps its own
 * time and judges the distance with the geofence rule. Shows the verdict once synced.
 */
export function CheckInCard({ brief, pending }: { brief: VisitBriefView; pending: OutboxEntry[] }) {
  const { t } = useTranslation('visits');
  const [busy, setBusy] = useState(false);
  const [adopt, setAdopt] = useState(false);
  const v = brief.visit;
  const queued = pending.find((e) => e.path.endsWith('/check-in'));
  const canCheckIn = (v.status === 'planned' || v.status === 'prepared') && !queued;
  const noPosition = brief.account.lng === null || brief.account.lat === null;
  const checkIn = async () => {
    setBusy(true);
    const position = await locate();
    await enqueue(v.id, 'POST', `/visits/${v.id}/check-in`, { position, clientAt: new Date().toISOString(), adoptAsAccountPosition: noPosition && adopt });
    setBusy(false);
  };
  return (
    <Card size="small" title={t('checkIn')}>
      {v.checkIn && (
        <Alert
          type={v.checkIn.status === 'verified' ? 'success' : 'warning'}
          showIcon
          data-testid="check-in-status"
          message={
            <span>
              <Tag color={statusColor[v.checkIn.status]}>{t(`checkInStatus.${v.checkIn.status}`)}</Tag>
              {v.checkIn.distanceM !== null && t('distance', { m: v.checkIn.distanceM })} · {new Date(v.checkIn.at).toLocaleTimeString()}
            </span>
          }
        />
      )}
      {queued && !v.checkIn && <Tag color="blue" data-testid="check-in-queued">{t('queued')}</Tag>}
      {canCheckIn && (
        <>
          {noPosition && <Checkbox checked={adopt} onChange={(e) => setAdopt(e.target.checked)}>{t('adoptPosition')}</Checkbox>}
          <Button type="primary" block size="large" loading={busy} onClick={() => void checkIn()} data-testid="check-in">
            {busy ? t('locating') : t('checkIn')}
          </Button>
        </>
      )}
    </Card>
  );
}
