import { useCallback, useMemo, useRef, useState } from 'react';
import { Alert, Card, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { accountKinds, type AccountKind, type AccountPoint } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../api/client';
import { fetchAccountPoints } from '../../api/endpoints';
import { MapLegend } from './map-legend';
import { useBaseLayer } from './use-base-layer';
import { useLeafletMap } from './use-leaflet-map';
import { usePointsLayer } from './use-points-layer';

/** All accounts the user may see, on the offline map of provinces and prefecture cities. */
export function MapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(ref);
  const base = useBaseLayer(map);
  const pointsQuery = useQuery({ queryKey: ['accounts', 'points'], queryFn: fetchAccountPoints });
  const points = useMemo(() => pointsQuery.data?.items, [pointsQuery.data]);
  const [visible, setVisible] = useState<ReadonlySet<AccountKind>>(() => new Set(accountKinds));

  const popup = useCallback(
    (p: AccountPoint) => {
      const el = document.createElement('div');
      const name = el.appendChild(document.createElement('strong'));
      name.textContent = p.name;
      el.appendChild(document.createElement('br'));
      el.appendChild(document.createTextNode(t(`kind.${p.kind}`)));
      el.appendChild(document.createElement('br'));
      const link = el.appendChild(document.createElement('a'));
      link.href = `/accounts/${p.id}`;
      link.textContent = t('map.open');
      link.dataset.testid = 'map-popup-link';
      link.addEventListener('click', (e) => {
        e.preventDefault();
        navigate(`/accounts/${p.id}`);
      });
      return el;
    },
    [navigate, t],
  );
  usePointsLayer(map, points, visible, popup);

  const toggle = (kind: AccountKind, on: boolean) =>
    setVisible((prev) => {
      const next = new Set(prev);
      if (on) next.add(kind);
      else next.delete(kind);
      return next;
    });

  const error = pointsQuery.error ?? base.error;
  return (
    <Card styles={{ body: { padding: 0, position: 'relative' } }} title={t('map.title')}>
      {error ? <Alert type="error" showIcon title={errorMessage(error)} style={{ margin: 8 }} /> : null}
      <div style={{ height: 'calc(100vh - 64px - 40px - 58px)', minHeight: 360, position: 'relative' }}>
        <div ref={ref} className="qudao-map" data-testid="accounts-map" style={{ borderRadius: 0 }} />
        {!base.ready && !error && (
          <Spin style={{ position: 'absolute', top: '45%', left: '50%', zIndex: 1000 }} tip={t('map.loadingBase')}>
            <span />
          </Spin>
        )}
        {points && <MapLegend points={points} visible={visible} onToggle={toggle} />}
      </div>
    </Card>
  );
}
