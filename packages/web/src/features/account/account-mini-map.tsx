import { useEffect, useRef } from 'react';
import { Empty } from 'antd';
import L from 'leaflet';
import type { Account } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { kindColors } from '../../ui/kind-style';
import { useBaseLayer } from '../map/use-base-layer';
import { useLeafletMap } from '../map/use-leaflet-map';

function PinMap({ account, lat, lng }: { account: Account; lat: number; lng: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(ref, { center: [lat, lng], zoom: 7, scrollWheelZoom: false });
  useBaseLayer(map);
  useEffect(() => {
    if (!map) return undefined;
    // SVG, not canvas: one marker, and the pin is a real element (testable, crisp).
    const pin = L.circleMarker([lat, lng], {
      radius: 9,
      color: '#ffffff',
      weight: 2,
      fillColor: kindColors[account.kind],
      fillOpacity: 1,
      className: 'qudao-account-pin',
    })
      .bindTooltip(account.name, { direction: 'top', offset: [0, -8] })
      .addTo(map);
    map.setView([lat, lng], map.getZoom());
    return () => void pin.remove();
  }, [map, lat, lng, account.kind, account.name]);
  return <div ref={ref} className="qudao-map" data-testid="account-map" style={{ height: 260 }} />;
}

/** A small map with the account's pin, or a note that it has no coordinates. */
export function AccountMiniMap({ account }: { account: Account }) {
  const { t } = useTranslation();
  if (account.lat == null || account.lng == null) return <Empty description={t('account.noLocation')} />;
  return <PinMap account={account} lat={account.lat} lng={account.lng} />;
}
