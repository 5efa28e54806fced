import { useEffect, useRef } from 'react';
import L from 'leaflet';
import type { TodayView } from '@qudao/contract';
import { useBaseLayer } from '../map/use-base-layer';
import { useLeafletMap } from '../map/use-leaflet-map';

const statusColor: Record<string, string> = { planned: '#8c8c8c', prepared: '#1677ff', in_progress: '#faad14', done: '#52c41a', missed: '#ff4d4f', cancelled: '#bfbfbf' };

/** Today's stops numbered in route order on the offline base map, joined by a line. */
export function TodayMap({ stops }: { stops: TodayView['visits'] }) {
  const ref = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(ref, { scrollWheelZoom: false });
  useBaseLayer(map);
  useEffect(() => {
    if (!map) return undefined;
    const placed = stops.filter((s) => s.lat !== null && s.lng !== null) as (TodayView['visits'][number] & { lat: number; lng: number })[];
    const group = L.layerGroup([
      L.polyline(placed.map((s) => [s.lat, s.lng] as [number, number]), { color: '#1f4e8c', weight: 2, dashArray: '4 4' }),
      ...placed.map((s) =>
        L.marker([s.lat, s.lng], {
          icon: L.divIcon({
            className: 'qudao-today-stop',
            html: `<div style="background:${statusColor[s.visit.status] ?? '#1677ff'};color:#fff;border:2px solid #fff;border-radius:50%;width:24px;height:24px;line-height:20px;text-align:center;font-weight:600">${s.order}</div>`,
            iconSize: [24, 24],
            iconAnchor: [12, 12],
          }),
        }).bindTooltip(s.visit.accountName, { direction: 'top', offset: [0, -12] }),
      ),
    ]).addTo(map);
    if (placed.length > 0) map.fitBounds(L.latLngBounds(placed.map((s) => [s.lat, s.lng] as [number, number])).pad(0.3), { maxZoom: 12 });
    return () => void group.remove();
  }, [map, stops]);
  return <div ref={ref} className="qudao-map" data-testid="today-map" style={{ height: 280 }} />;
}
