import { useEffect, useState, type RefObject } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/** Where a map of China starts before it knows what to show. */
export const chinaView = { center: L.latLng(36, 104), zoom: 4 } as const;

/** Pane of the offline base layer, under markers (overlayPane is 400). */
export const basePane = 'qudao-base';
/** Pane of the place-name labels, above the base layer and below markers. */
export const labelPane = 'qudao-labels';

/**
 * Creates a Leaflet map in the element and removes it on unmount. No tile layer: the base layer is
 * GeoJSON from our own server, so nothing is fetched from the internet.
 */
export function useLeafletMap(ref: RefObject<HTMLDivElement | null>, options: L.MapOptions = {}): L.Map | null {
  const [map, setMap] = useState<L.Map | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const m = L.map(el, { center: chinaView.center, zoom: chinaView.zoom, zoomSnap: 0.5, attributionControl: false, minZoom: 3, maxZoom: 16, ...options });
    const base = m.createPane(basePane);
    base.style.zIndex = '250';
    const labels = m.createPane(labelPane);
    labels.style.zIndex = '350';
    labels.style.pointerEvents = 'none';
    // The container changes size with the layout (sider, drawer, phone rotation); Leaflet must know.
    const resize = new ResizeObserver(() => m.invalidateSize());
    resize.observe(el);
    setMap(m);
    return () => {
      resize.disconnect();
      m.remove();
      setMap(null);
    };
    // Options are read once at creation, like Leaflet itself does.
  }, [ref]);
  return map;
}
