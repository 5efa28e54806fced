import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import L from 'leaflet';
import { fetchGeo, fetchProvinces, type GeoLayer } from '../../api/endpoints';
import { basePane, labelPane } from './use-leaflet-map';

const provinceStyle: L.PathOptions = { color: '#8a9bb0', weight: 1, fillColor: '#f6f3ea', fillOpacity: 1, pane: basePane, interactive: false };
const prefectureStyle: L.PathOptions = { color: '#b8c4d2', weight: 0.6, dashArray: '2 3', fill: false, pane: basePane, interactive: false };

/** The boundaries of one level; they never change while the app runs. */
function useGeo(level: 'province' | 'prefecture') {
  return useQuery({ queryKey: ['geo', level], queryFn: () => fetchGeo(level), staleTime: Infinity, gcTime: Infinity });
}

function addGeo(map: L.Map, data: GeoLayer | undefined, style: L.PathOptions): (() => void) | undefined {
  if (!data) return undefined;
  // One SVG renderer in the base pane, so these paths never sit above the account markers.
  const layer = L.geoJSON(data, { style: () => style, renderer: L.svg({ pane: basePane }) } as L.GeoJSONOptions).addTo(map);
  return () => void layer.remove();
}

/**
 * Draws the offline base layer: provinces filled, prefecture cities as fine dashed lines, and province
 * names at their centroids. Returns whether the province layer has arrived (for a loading hint).
 */
export function useBaseLayer(map: L.Map | null): { ready: boolean; error: unknown } {
  const provinces = useGeo('province');
  const prefectures = useGeo('prefecture');
  const units = useQuery({ queryKey: ['units', 'provinces'], queryFn: fetchProvinces, staleTime: Infinity });

  useEffect(() => (map ? addGeo(map, provinces.data, provinceStyle) : undefined), [map, provinces.data]);
  useEffect(() => (map ? addGeo(map, prefectures.data, prefectureStyle) : undefined), [map, prefectures.data]);
  useEffect(() => {
    if (!map || !units.data) return undefined;
    const group = L.layerGroup(
      units.data.items.map((u) =>
        L.marker([u.centroidLat, u.centroidLng], {
          pane: labelPane,
          interactive: false,
          keyboard: false,
          icon: L.divIcon({ className: 'qudao-map-label', html: u.name, iconSize: [80, 16], iconAnchor: [40, 8] }),
        }),
      ),
    );
    const sync = () => (map.getZoom() >= 5 ? group.addTo(map) : group.remove());
    sync();
    map.on('zoomend', sync);
    return () => {
      map.off('zoomend', sync);
      group.remove();
    };
  }, [map, units.data]);

  return { ready: Boolean(provinces.data), error: provinces.error ?? prefectures.error };
}
