import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Reads the china-geojson package (MIT): china.json holds the provinces, one file per province holds
// its prefecture cities (districts for the municipalities). The package's data is uneven — centroids
// are `cp` in some features and `longitude`/`latitude` in others, Hong Kong and Macau have no id — so
// everything is normalised here and nothing else touches the raw files.

type Position = [number, number];
type Ring = Position[];

/** A polygonal geometry as GeoJSON has it (WGS84 degrees). */
export type PolygonGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

interface RawFeature {
  properties: { id?: string; name: string; cp?: Position; longitude?: number; latitude?: number };
  geometry: PolygonGeometry;
}

/** A province or prefecture as read from the package, with its boundary. */
export interface GeoArea {
  name: string;
  centroid: Position;
  file: string;
  geometry: PolygonGeometry;
}

/** A province with its prefecture-level areas. */
export interface GeoProvince extends GeoArea {
  /** Two-digit province code (the first two digits of its administrative division code). */
  code: string;
  prefectures: GeoArea[];
}

// Province code → per-province file. Hong Kong (81) and Macau (82) carry no id in china.json; the
// codes are those of GB/T 2260. 南海诸岛 is a map inset, not a province, and is left out.
const provinceFiles: Record<string, string> = {
  '11': 'bei_jing_geo.json', '12': 'tian_jin_geo.json', '13': 'he_bei_geo.json', '14': 'shan_xi_2_geo.json',
  '15': 'nei_meng_gu_geo.json', '21': 'liao_ning_geo.json', '22': 'ji_lin_geo.json', '23': 'hei_long_jiang_geo.json',
  '31': 'shang_hai_geo.json', '32': 'jiang_su_geo.json', '33': 'zhe_jiang_geo.json', '34': 'an_hui_geo.json',
  '35': 'fu_jian_geo.json', '36': 'jiang_xi_geo.json', '37': 'shan_dong_geo.json', '41': 'he_nan_geo.json',
  '42': 'hu_bei_geo.json', '43': 'hu_nan_geo.json', '44': 'guang_dong_geo.json', '45': 'guang_xi_geo.json',
  '46': 'hai_nan_geo.json', '50': 'chong_qing_geo.json', '51': 'si_chuan_geo.json', '52': 'gui_zhou_geo.json',
  '53': 'yun_nan_geo.json', '54': 'xi_zang_geo.json', '61': 'shan_xi_1_geo.json', '62': 'gan_su_geo.json',
  '63': 'qing_hai_geo.json', '64': 'ning_xia_geo.json', '65': 'xin_jiang_geo.json', '71': 'tai_wan_geo.json',
  '81': 'xiang_gang_geo.json', '82': 'ao_men_geo.json',
};
const codeByName: Record<string, string> = { 香港: '81', 澳门: '82' };

const geojsonDir = join(dirname(createRequire(import.meta.url).resolve('china-geojson/package.json')), 'src/geojson');

function readFeatures(file: string): RawFeature[] {
  const parsed = JSON.parse(readFileSync(join(geojsonDir, file), 'utf8')) as { features: RawFeature[] };
  return parsed.features;
}

function centroidOf(p: RawFeature['properties']): Position {
  if (p.cp) return [p.cp[0], p.cp[1]];
  if (p.longitude !== undefined && p.latitude !== undefined) return [p.longitude, p.latitude];
  throw new Error(`china-geojson: no centroid for ${p.name}`);
}

let cache: GeoProvince[] | undefined;

/** All provinces of China with their prefecture-level areas, in province-code order; read once. */
export function readChinaGeo(): GeoProvince[] {
  if (cache) return cache;
  const provinces: GeoProvince[] = [];
  for (const f of readFeatures('china.json')) {
    const code = f.properties.id || codeByName[f.properties.name];
    if (!code) continue;
    const file = provinceFiles[code];
    if (!file) throw new Error(`china-geojson: no file for province ${code} ${f.properties.name}`);
    const prefectures = readFeatures(file).map((p) => ({ name: p.properties.name, centroid: centroidOf(p.properties), file, geometry: p.geometry }));
    provinces.push({ code, name: f.properties.name, centroid: centroidOf(f.properties), file: 'china.json', geometry: f.geometry, prefectures });
  }
  provinces.sort((a, b) => a.code.localeCompare(b.code));
  cache = provinces;
  return provinces;
}
