import { useEffect } from 'react';
import L from 'leaflet';
import type { AccountKind, AccountPoint } from '@qudao/contract';
import { kindColors } from '../../ui/kind-style';

/** Marker radius in pixels: distributors stand out, end users are many and small. */
const radiusPx: Record<AccountKind, number> = { distributor: 7, sub_dealer: 5.5, end_user: 4 };

/** Builds a popup's content as DOM so its link can route inside the app instead of reloading. */
export type PopupFactory = (point: AccountPoint) => HTMLElement;

/**
 * Draws the accounts as circle markers on one canvas (thousands stay fast), coloured by kind,
 * each with a popup. Fits the view to the points once, when they first arrive.
 */
export function usePointsLayer(map: L.Map | null, points: AccountPoint[] | undefined, visible: ReadonlySet<AccountKind>, popup: PopupFactory) {
  useEffect(() => {
    if (!map || !points) return undefined;
    const renderer = L.canvas({ padding: 0.3 });
    // Distributors last so they are drawn on top of the end users around them.
    const order: AccountKind[] = ['end_user', 'sub_dealer', 'distributor'];
    const markers = order.flatMap((kind) =>
      points
        .filter((p) => p.kind === kind && visible.has(kind))
        .map((p) =>
          L.circleMarker([p.lat, p.lng], {
            renderer,
            radius: radiusPx[kind],
            color: '#ffffff',
            weight: 1,
            fillColor: kindColors[kind],
            fillOpacity: 0.85,
          }).bindPopup(() => popup(p)),
        ),
    );
    const group = L.featureGroup(markers).addTo(map);
    return () => void group.remove();
  }, [map, points, visible, popup]);

  useEffect(() => {
    if (!map || !points || points.length === 0) return;
    const bounds = L.latLngBounds(points.map((p) => [p.lat, p.lng] as [number, number]));
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 9 });
  }, [map, points]);
}
