import { inArray } from 'drizzle-orm';
import type { Db } from '../../db/connect';
import { units } from '../../db/schema';
import { unitGeometries } from '../../db/schema-territories';
import type { Result } from '../../http/errors';
import type { PolygonGeometry } from '../../units/china-geojson';
import { computePairs, storeComputedPairs } from './adjacency';
import { measureGeometry, type UnitShape } from './unit-shapes';

/** One unit read from an uploaded FeatureCollection. */
export interface ImportedUnit {
  id: string;
  name: string;
  parentId: string | null;
  geometry: PolygonGeometry;
}

type Locale = 'zh-CN' | 'en';
// Problem texts in both languages ({x} placeholders): the refusal is read by HQ in their language.
const texts = {
  notCollection: { 'zh-CN': '不是 GeoJSON FeatureCollection', en: 'not a GeoJSON FeatureCollection' },
  noFeatures: { 'zh-CN': 'FeatureCollection 中没有要素', en: 'the FeatureCollection has no features' },
  tooMany: { 'zh-CN': '要素超过 5000 个', en: 'more than 5,000 features' },
  notFeature: { 'zh-CN': '{at}：不是 Feature', en: '{at}: not a Feature' },
  badId: { 'zh-CN': '{at}：缺少 id 或超过 64 个字符', en: '{at}: id missing or longer than 64 characters' },
  duplicate: { 'zh-CN': '{at}：id {id} 重复', en: '{at}: duplicate id {id}' },
  badName: { 'zh-CN': '{at}：缺少名称或超过 100 个字符', en: '{at}: name missing or longer than 100 characters' },
  noGeometry: { 'zh-CN': '{at}：没有几何图形', en: '{at}: no geometry' },
  badType: { 'zh-CN': '{at}：几何类型 {type}（只接受 Polygon 和 MultiPolygon）', en: '{at}: geometry type {type} (only Polygon and MultiPolygon)' },
  noPolygon: { 'zh-CN': '{at}：没有多边形', en: '{at}: no polygon' },
  noRing: { 'zh-CN': '{at}：多边形没有环', en: '{at}: a polygon has no ring' },
  ringNotArray: { 'zh-CN': '{at}：环不是坐标数组', en: '{at}: a ring is not an array of positions' },
  badPosition: { 'zh-CN': '{at}：坐标不是经纬度 [经度, 纬度]', en: '{at}: a position is not [longitude, latitude] in degrees' },
  shortRing: { 'zh-CN': '{at}：环只有 {n} 个点（至少 4 个）', en: '{at}: a ring has {n} positions (at least 4 needed)' },
  openRing: { 'zh-CN': '{at}：环未闭合（首尾坐标不同）', en: '{at}: a ring is not closed (first and last positions differ)' },
  more: { 'zh-CN': '……另有 {n} 处', en: '… {n} more' },
  exists: { 'zh-CN': '编号已存在：{ids}', en: 'ids already exist: {ids}' },
  noParent: { 'zh-CN': '上级单元 {id} 不存在', en: 'parent unit {id} does not exist' },
  noArea: { 'zh-CN': '{id}：边界面积为零', en: '{id}: the boundary encloses no area' },
} as const;
type TextKey = keyof typeof texts;
function say(locale: Locale, key: TextKey, params: Record<string, string | number> = {}): string {
  return texts[key][locale].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
const featureLabel = (locale: Locale, i: number, id: string) => (locale === 'en' ? `feature ${i}` : `第 ${i} 个要素`) + (id ? ` (${id})` : '');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (p: unknown): p is [number, number] =>
  Array.isArray(p) && p.length >= 2 && typeof p[0] === 'number' && typeof p[1] === 'number' && Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 90;

type Problem = [TextKey, Record<string, string | number>?];

function ringProblem(ring: unknown): Problem | null {
  if (!Array.isArray(ring)) return ['ringNotArray'];
  if (!ring.every(isPosition)) return ['badPosition'];
  if (ring.length < 4) return ['shortRing', { n: ring.length }];
  const [f, l] = [ring[0] as number[], ring[ring.length - 1] as number[]];
  if (f[0] !== l[0] || f[1] !== l[1]) return ['openRing'];
  return null;
}

function geometryProblem(g: unknown): Problem | null {
  if (!isObject(g)) return ['noGeometry'];
  const polygons: unknown[] = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' && Array.isArray(g.coordinates) ? g.coordinates : [];
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return ['badType', { type: String(g.type) }];
  if (polygons.length === 0) return ['noPolygon'];
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return ['noRing'];
    for (const ring of polygon) {
      const p = ringProblem(ring);
      if (p) return p;
    }
  }
  return null;
}

/**
 * Validates an uploaded FeatureCollection of units: every feature a Polygon/MultiPolygon with closed
 * rings of valid positions, a string `id` (≤ 64 chars, unique in the file) and a non-empty `name`, and
 * `parentId` (or the default) naming an existing unit. Lists up to 10 problems with the feature number.
 */
export function parseUnitGeoJson(geojson: unknown, defaultParentId: string | null, locale: Locale = 'en'): Result<ImportedUnit[]> {
  const bad = (reason: string): Result<ImportedUnit[]> => ({ ok: false, code: 'UNITS.GEOJSON_INVALID', params: { reason } });
  if (!isObject(geojson) || geojson.type !== 'FeatureCollection' || !Array.isArray(geojson.features)) return bad(say(locale, 'notCollection'));
  if (geojson.features.length === 0) return bad(say(locale, 'noFeatures'));
  if (geojson.features.length > 5000) return bad(say(locale, 'tooMany'));
  const problems: string[] = [];
  const seen = new Set<string>();
  const out: ImportedUnit[] = [];
  geojson.features.forEach((f: unknown, i) => {
    if (!isObject(f) || f.type !== 'Feature') return void problems.push(say(locale, 'notFeature', { at: featureLabel(locale, i + 1, '') }));
    const props = isObject(f.properties) ? f.properties : {};
    const id = typeof props.id === 'string' ? props.id.trim() : typeof f.id === 'string' ? f.id.trim() : '';
    const name = typeof props.name === 'string' ? props.name.trim() : '';
    const parentId = typeof props.parentId === 'string' && props.parentId.trim() ? props.parentId.trim() : defaultParentId;
    const at = featureLabel(locale, i + 1, id.length <= 64 ? id : '');
    if (!id || id.length > 64) problems.push(say(locale, 'badId', { at }));
    else if (seen.has(id)) problems.push(say(locale, 'duplicate', { at, id }));
    seen.add(id);
    if (!name || name.length > 100) problems.push(say(locale, 'badName', { at }));
    const g = geometryProblem(f.geometry);
    if (g) problems.push(say(locale, g[0], { at, ...g[1] }));
    if (!g && id && name) out.push({ id, name, parentId, geometry: f.geometry as PolygonGeometry });
  });
  if (problems.length > 0) return bad(`${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; ${say(locale, 'more', { n: problems.length - 10 })}` : ''}`);
  return { ok: true, value: out };
}

/**
 * Imports validated units (new ids only; an existing id is refused rather than re-pointed), their
 * boundaries, and the adjacency among the imported boundaries and those already stored. Runs in the
 * caller's transaction, so a refusal changes nothing.
 */
export async function importUnits(tx: Db, level: 'county' | 'custom', parsed: readonly ImportedUnit[], locale: Locale = 'en'): Promise<Result<{ imported: number; adjacencyPairs: number }>> {
  const bad = (reason: string) => ({ ok: false as const, code: 'UNITS.GEOJSON_INVALID' as const, params: { reason } });
  const ids = parsed.map((u) => u.id);
  const existing = await tx.select({ id: units.id }).from(units).where(inArray(units.id, ids));
  if (existing.length > 0) return bad(say(locale, 'exists', { ids: existing.slice(0, 5).map((e) => e.id).join(', ') }));
  const parents = [...new Set(parsed.map((u) => u.parentId).filter((p): p is string => p !== null))];
  const foundParents = new Set((parents.length ? await tx.select({ id: units.id }).from(units).where(inArray(units.id, parents)) : []).map((p) => p.id));
  const missingParent = parents.find((p) => !foundParents.has(p));
  if (missingParent) return bad(say(locale, 'noParent', { id: missingParent }));
  const shapes = new Map<string, UnitShape>(parsed.map((u) => [u.id, measureGeometry(u.geometry)]));
  const empty = parsed.find((u) => shapes.get(u.id)!.areaKm2 <= 0);
  if (empty) return bad(say(locale, 'noArea', { id: empty.id }));
  const centroid = (ring: [number, number][]) => {
    const pts = ring.slice(0, -1);
    return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length] as const;
  };
  await tx.insert(units).values(parsed.map((u) => {
    const [lng, lat] = centroid(shapes.get(u.id)!.mainRing);
    return { id: u.id, name: u.name, level, parentId: u.parentId, centroidLng: lng, centroidLat: lat, boundaryRef: `import:${u.id}` };
  }));
  await tx.insert(unitGeometries).values(parsed.map((u) => ({ unitId: u.id, geometry: u.geometry, areaM2: shapes.get(u.id)!.areaKm2 * 1e6, perimeterM: shapes.get(u.id)!.perimeterM })));
  // Neighbours among all imported boundaries (new and earlier imports of any level).
  const stored = await tx.select().from(unitGeometries);
  const all = new Map(stored.map((r) => [r.unitId, shapes.get(r.unitId) ?? measureGeometry(r.geometry as PolygonGeometry)]));
  const newIds = new Set(ids);
  const pairs = computePairs(all).filter((p) => newIds.has(p.a) || newIds.has(p.b));
  return { ok: true, value: { imported: parsed.length, adjacencyPairs: await storeComputedPairs(tx, pairs) } };
}
