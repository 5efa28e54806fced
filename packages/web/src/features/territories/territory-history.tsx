import { Alert, Drawer, Empty, Skeleton, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import type { AuditEntry } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client';
import { fetchTerritoryHistory } from './api';

/** One audit row in words: a rename, a new rep, or the units that came and went. */
function Change({ e, unitName }: { e: AuditEntry; unitName: (id: string) => string }) {
  const { t } = useTranslation('territories');
  if (e.field === 'unitIds') {
    const before = new Set((e.oldValue as string[] | null) ?? []);
    const after = new Set((e.newValue as string[] | null) ?? []);
    const added = [...after].filter((u) => !before.has(u)).map(unitName);
    const removed = [...before].filter((u) => !after.has(u)).map(unitName);
    return (
      <div>
        {t('history.unitIds')}
        {added.length ? <Typography.Text type="success"> +{added.join('、')}</Typography.Text> : null}
        {removed.length ? <Typography.Text type="danger"> −{removed.join('、')}</Typography.Text> : null}
      </div>
    );
  }
  const text = (v: unknown) => (v === null || v === undefined ? t('history.none') : String(v));
  return (
    <div>
      {t(e.field === 'name' ? 'history.name' : 'history.ownerName')}：
      <Typography.Text delete type="secondary">{text(e.oldValue)}</Typography.Text> → <Typography.Text>{text(e.newValue)}</Typography.Text>
    </div>
  );
}

/** Who created, renamed, re-assigned or re-shaped a territory, and when (audit history, newest first). */
export function TerritoryHistory({ territory, unitNames, onClose }: { territory: { id: string; name: string } | null; unitNames: ReadonlyMap<string, string>; onClose: () => void }) {
  const { t } = useTranslation('territories');
  const q = useQuery({ queryKey: ['territory-design', 'history', territory?.id], queryFn: () => fetchTerritoryHistory(territory!.id), enabled: territory !== null });
  return (
    <Drawer open={territory !== null} onClose={onClose} title={t('history.title', { name: territory?.name ?? '' })} width={480} styles={{ wrapper: { maxWidth: "100vw" } }} destroyOnHidden>
      {q.isPending ? <Skeleton active /> : null}
      {q.error ? <Alert type="error" showIcon title={errorMessage(q.error)} /> : null}
      {q.data && q.data.items.length === 0 ? <Empty description={t('history.empty')} /> : null}
      {q.data && q.data.items.length > 0 ? (
        <Timeline
          data-testid="territory-history"
          items={q.data.items.map((e) => ({
            key: e.id,
            content: (
              <div data-testid="territory-history-event">
                <Typography.Text strong>{e.userName ?? t('history.system')}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}> · {dayjs(e.at).format('YYYY-MM-DD HH:mm')}</Typography.Text>
                <Change e={e} unitName={(id) => unitNames.get(id) ?? id} />
              </div>
            ),
          }))}
        />
      ) : null}
    </Drawer>
  );
}
