import { useEffect, useMemo, useRef } from 'react';
import L from 'leaflet';
import { useQuery } from '@tanstack/react-query';
import type { WorkloadReport } from '@qudao/contract';
import { useTranslation } from 'react-i18next';
import { fetchGeo } from '../../api/endpoints';
import { basePane, useLeafletMap } from '../map/use-leaflet-map';
import { territoryColour, type Assignment } from './recompute';

/** Choropleth of the scope's units coloured by territory, with a tooltip per unit; a click picks the unit. */
export function TerritoryMap({ report, assignment, selected, onSelect }: { report: WorkloadReport; assignment: Assignment; selected: string | null; onSelect: (unitId: string) => void }) {
  const { t } = useTranslation('territories');
  const ref = useRef<HTMLDivElement>(null);
  const map = useLeafletMap(ref);
  const geo = useQuery({ queryKey: ['geo', 'prefecture'], queryFn: () => fetchGeo('prefecture'), staleTime: Infinity, gcTime: Infinity });
  const units = useMemo(() => new Map(report.units.map((u) => [u.unitId, u])), [report]);
  const colourOf = useMemo(() => new Map(report.territories.map((tr, i) => [tr.territoryId, territoryColour(i)])), [report]);
  const names = useMemo(() => new Map(report.territories.map((tr) => [tr.territoryId, `${tr.name}${tr.ownerName ? ` · ${tr.ownerName}` : ''}`])), [report]);
  const fitted = useRef(false);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!map || !geo.data) return undefined;
    const features = geo.data.features.filter((f) => units.has(f.properties.id));
    const layer = L.geoJSON({ type: 'FeatureCollection', features } as GeoJSON.FeatureCollection, {
      renderer: L.svg({ pane: basePane }),
      style: (f) => {
        const id = String(f?.properties?.id);
        return { color: id === selected ? '#111' : '#fff', weight: id === selected ? 2.5 : 0.8, fillColor: colourOf.get(assignment.get(id) ?? '') ?? '#ccc', fillOpacity: 0.75 };
      },
      onEachFeature: (f, l) => {
        const u = units.get(String(f.properties.id))!;
        l.bindTooltip(`<b>${u.name}</b><br>${names.get(assignment.get(u.unitId) ?? '') ?? ''}<br>${t('accounts')}: ${u.accounts} · ${t('hours')}: ${u.hours.toFixed(1)}`, { sticky: true });
        l.on('click', () => select.current(u.unitId));
        (l as L.Path).getElement?.()?.setAttribute('data-unit', u.unitId);
      },
    } as L.GeoJSONOptions).addTo(map);
    if (!fitted.current && features.length > 0) {
      map.fitBounds(layer.getBounds(), { padding: [8, 8] });
      fitted.current = true;
    }
    return () => void layer.remove();
  }, [map, geo.data, units, assignment, colourOf, names, selected, t]);

  return <div ref={ref} className="qudao-map" data-testid="territory-map" style={{ height: 420, width: '100%' }} />;
}
