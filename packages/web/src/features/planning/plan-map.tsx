import { useEffect, useMemo, useRef, useState } from 'react';
import { Card, Checkbox, Flex, Typography } from 'antd';
import L from 'leaflet';
import { useTranslation } from 'react-i18next';
import type { PlanDetailWithSettings } from '@qudao/contract';
import { useBaseLayer } from '../map/use-base-layer';
import { useLeafletMap } from '../map/use-leaflet-map';
import { hhmm, weekdayColours } from './plan-view';

/**
 * The plan's day routes on the offline base map, each weekday in its own colour (a weekday's route repeats
 * every week, so its days draw over each other), accounts as dots in their weekday's colour; the legend
 * counts the stops per weekday and hides or shows a weekday.
 */
export function PlanMap({ plan }: { plan: PlanDetailWithSettings }) {
  const { t } = useTranslation('planning');
  const namesText = t('weekdays');
  const names = namesText.split(',');
  const ref = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(ref, { scrollWheelZoom: false });
  useBaseLayer(map);
  const [hidden, setHidden] = useState<ReadonlySet<number>>(new Set());
  const accounts = useMemo(() => new Map(plan.accounts.map((a) => [a.id, a])), [plan]);
  const stopsPerWeekday = useMemo(() => {
    const n = Array.from({ length: 7 }, () => 0);
    for (const d of plan.days) n[d.day % 7]! += d.stops.length;
    return n;
  }, [plan]);

  useEffect(() => {
    if (!map) return undefined;
    const dayNames = namesText.split(',');
    const renderer = L.svg();
    const layers: L.Layer[] = [];
    for (const d of plan.days) {
      const wd = d.day % 7;
      if (hidden.has(wd)) continue;
      const pts = d.stops.map((s) => accounts.get(s.accountId)).filter((a) => a?.lat != null && a.lng != null).map((a) => [a!.lat!, a!.lng!] as [number, number]);
      if (pts.length > 1) layers.push(L.polyline(pts, { renderer, color: weekdayColours[wd], weight: 3, opacity: 0.75, className: `plan-route plan-route-wd-${wd}` }));
    }
    for (const a of plan.accounts) {
      if (a.lat === null || a.lng === null || a.weekday === null || hidden.has(a.weekday)) continue;
      layers.push(
        L.circleMarker([a.lat, a.lng], { renderer, radius: 5, color: '#fff', weight: 1, fillColor: weekdayColours[a.weekday], fillOpacity: 0.95 })
          .bindTooltip(`${a.name} · ${dayNames[a.weekday]} ${a.slotMin !== null ? hhmm(a.slotMin) : ''}`),
      );
    }
    const group = L.featureGroup(layers).addTo(map);
    return () => void group.remove();
  }, [map, plan, accounts, hidden, namesText]);

  useEffect(() => {
    const located = plan.accounts.filter((a) => a.lat !== null && a.lng !== null && a.weekday !== null);
    if (map && located.length > 0) map.fitBounds(L.latLngBounds(located.map((a) => [a.lat!, a.lng!] as [number, number])), { padding: [16, 16], maxZoom: 11 });
  }, [map, plan]);

  const toggle = (wd: number, on: boolean) => setHidden((prev) => {
    const next = new Set(prev);
    if (on) next.delete(wd);
    else next.add(wd);
    return next;
  });
  return (
    <div style={{ position: 'relative' }}>
      <div ref={ref} className="qudao-map" data-testid="plan-map" style={{ height: 420 }} />
      <Card size="small" data-testid="plan-legend" style={{ position: 'absolute', top: 8, right: 8, zIndex: 1000, opacity: 0.95 }}>
        <Flex vertical gap={2}>
          {plan.settings.workDays.map((wd) => (
            <Checkbox key={wd} checked={!hidden.has(wd)} onChange={(e) => toggle(wd, e.target.checked)} data-testid={`plan-legend-${wd}`}>
              <span style={{ display: 'inline-block', width: 14, height: 4, background: weekdayColours[wd], marginInlineEnd: 6, verticalAlign: 'middle' }} />
              {names[wd]} <Typography.Text type="secondary">{t('legendStops', { n: stopsPerWeekday[wd] })}</Typography.Text>
            </Checkbox>
          ))}
        </Flex>
      </Card>
    </div>
  );
}
