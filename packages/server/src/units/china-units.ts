import { readChinaGeo, type PolygonGeometry } from './china-geojson';

/**
 * Id scheme of the seeded units (docs/decisions/005-unit-ids.md):
 * - province: `CN-<code>` where code is the two-digit GB/T 2260 province code (`CN-21` 辽宁), which
 *   is also the old ISO 3166-2:CN form;
 * - prefecture: `CN-<code>-<nn>` where nn is the 1-based position of the prefecture's name, sorted by
 *   Unicode code point, within its province (`CN-21-03`). The package is pinned, so positions are stable;
 *   the seed refuses to rename an existing id rather than silently re-pointing it.
 * The municipalities (北京, 天津, 上海, 重庆) list districts and counties; those are the prefecture-level units.
 */
export interface ChinaUnit {
  id: string;
  name: string;
  level: 'province' | 'prefecture';
  parentId: string | null;
  centroidLng: number;
  centroidLat: number;
  /** `china-geojson:<file>#<name>`: where the boundary comes from. */
  boundaryRef: string;
  geometry: PolygonGeometry;
}

let cache: ChinaUnit[] | undefined;

/** Every province and prefecture of China, provinces first, in id order; computed once. */
export function listChinaUnits(): ChinaUnit[] {
  if (cache) return cache;
  const out: ChinaUnit[] = [];
  const prefectures: ChinaUnit[] = [];
  for (const p of readChinaGeo()) {
    const provinceId = `CN-${p.code}`;
    out.push({
      id: provinceId, name: p.name, level: 'province', parentId: null,
      centroidLng: p.centroid[0], centroidLat: p.centroid[1], boundaryRef: `china-geojson:china.json#${p.name}`, geometry: p.geometry,
    });
    const sorted = [...p.prefectures].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    sorted.forEach((c, i) => {
      prefectures.push({
        id: `${provinceId}-${String(i + 1).padStart(2, '0')}`, name: c.name, level: 'prefecture', parentId: provinceId,
        centroidLng: c.centroid[0], centroidLat: c.centroid[1], boundaryRef: `china-geojson:${c.file}#${c.name}`, geometry: c.geometry,
      });
    });
  }
  cache = [...out, ...prefectures];
  return cache;
}
