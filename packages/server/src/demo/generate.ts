import type { Role } from '@qudao/contract';
import { isPointInArea } from '../units/point-in-area';
import { listChinaUnits, type ChinaUnit } from '../units/china-units';
import { demoLines, demoModels } from './catalogue';
import { makeAddress, makeCompanyName, makeContactNote, makeEmail, makePersonName, makePhone, makeTitle } from './names';
import { areaCodeOf, citySeats, marketWeight, municipalityCodes, provinceFullNames, shortPlaceName, territoryPlans } from './places';
import { createRandom, type Random } from './random';
import { generateSales, type DemoSalesLine } from './sales';

/** A demo user; ids are assigned when loaded, so links go by user name. */
export interface DemoUser {
  username: string;
  displayName: string;
  role: Role;
  managerUsername: string | null;
}
export interface DemoTerritory {
  id: string;
  name: string;
  ownerUsername: string;
  unitIds: string[];
}
export interface DemoAccount {
  id: string;
  externalCode: string;
  name: string;
  kind: 'distributor' | 'sub_dealer' | 'end_user';
  distributorId: string | null;
  unitId: string;
  lng: number;
  lat: number;
  address: string;
  phone: string;
  status: 'active' | 'dormant' | 'closed';
}
export interface DemoContact {
  id: string;
  accountId: string;
  name: string;
  title: string;
  phone: string;
  email: string | null;
  isPrimary: boolean;
  notes: string | null;
}
export interface DemoProduct {
  id: string;
  model: string;
  name: string;
  lineId: string;
  listPriceFen: number;
}

/** The whole demo company, ready to insert. */
export interface DemoData {
  seed: number;
  referenceDate: string;
  users: DemoUser[];
  territories: DemoTerritory[];
  productLines: { id: string; name: string; nameEn: string }[];
  products: DemoProduct[];
  accounts: DemoAccount[];
  contacts: DemoContact[];
  salesLines: DemoSalesLine[];
}

/** Options of the generator: `scale` multiplies accounts (and so sales lines); the benchmark uses 10. */
export interface DemoOptions {
  seed: number;
  /** Local date `YYYY-MM-DD`; sales cover the 24 whole months before its month. */
  referenceDate: string;
  scale?: number;
}

const staff: readonly DemoUser[] = [
  { username: 'hq', displayName: '沈国栋', role: 'hq', managerUsername: null },
  { username: 'mgr01', displayName: '刘建华', role: 'manager', managerUsername: null },
  { username: 'mgr02', displayName: '王志强', role: 'manager', managerUsername: null },
  { username: 'mgr03', displayName: '陈海波', role: 'manager', managerUsername: null },
  ...['张伟', '李娜', '王磊', '赵敏', '孙浩', '周杰', '吴静', '郑凯', '马超', '胡婷', '郭鹏', '何宇'].map((displayName, i) => ({
    username: `rep${String(i + 1).padStart(2, '0')}`,
    displayName,
    role: 'rep' as const,
    managerUsername: `mgr0${Math.floor(i / 4) + 1}`,
  })),
];

interface Place {
  unit: ChinaUnit;
  provinceCode: string;
  weight: number;
  seat: readonly [number, number];
  short: string;
  full: string;
  areaCode: string;
  territoryId: string;
}

function buildTerritories(r: Random, all: readonly ChinaUnit[]) {
  const provinceName = new Map(all.filter((u) => u.level === 'province').map((u) => [u.id, u.name]));
  const named = new Set<string>();
  const key = (code: string, name: string) => `${code}:${name}`;
  for (const p of territoryPlans) {
    if (p.prefectures !== '*') p.prefectures.forEach((n) => named.add(key(p.provinceCode, n)));
    p.extra?.prefectures.forEach((n) => named.add(key(p.extra!.provinceCode, n)));
  }
  const territories: DemoTerritory[] = [];
  const places: Place[] = [];
  for (const plan of territoryPlans) {
    const t: DemoTerritory = { id: r.uuid(), name: plan.name, ownerUsername: plan.rep, unitIds: [] };
    const take = (code: string, wanted: readonly string[] | '*') => {
      const inProvince = all.filter((u) => u.parentId === `CN-${code}`);
      const chosen = wanted === '*' ? inProvince.filter((u) => !named.has(key(code, u.name))) : wanted.map((n) => inProvince.find((u) => u.name === n));
      for (const unit of chosen) {
        if (!unit) throw new Error(`demo: unknown prefecture in ${plan.name}`);
        const pName = provinceName.get(`CN-${code}`) ?? '';
        const short = shortPlaceName(unit.name, code, pName);
        t.unitIds.push(unit.id);
        places.push({
          unit, provinceCode: code, weight: marketWeight(unit.name, code), seat: citySeats[unit.name] ?? [unit.centroidLng, unit.centroidLat], short,
          full: `${provinceFullNames[code] ?? ''}${unit.name}`,
          areaCode: areaCodeOf(unit.name, code, pName), territoryId: t.id,
        });
      }
    };
    take(plan.provinceCode, plan.prefectures);
    if (plan.extra) take(plan.extra.provinceCode, plan.extra.prefectures);
    territories.push(t);
  }
  return { territories, places };
}

// Denser near the city seat: the distance is exponential (mean 8 km; 2.5 km in a municipal district).
// Points that fall outside the unit's boundary (in the sea off Dalian, or in the next city) are drawn
// again, so no customer sits in the water; after a few misses the seat itself is used.
function scatter(r: Random, place: Place): [number, number] {
  const district = municipalityCodes.has(place.provinceCode);
  for (let attempt = 0; attempt < 12; attempt++) {
    const km = Math.min(district ? 8 : 45, -Math.log(1 - r.next()) * (district ? 2.5 : 8));
    const bearing = r.next() * 2 * Math.PI;
    const lat = place.seat[1] + (km * Math.cos(bearing)) / 111.2;
    const lng = place.seat[0] + (km * Math.sin(bearing)) / (111.2 * Math.cos((place.seat[1] * Math.PI) / 180));
    if (isPointInArea(lng, lat, place.unit.geometry)) return [Math.round(lng * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];
  }
  return [place.seat[0], place.seat[1]];
}

const distanceSq = (a: readonly [number, number], b: readonly [number, number]) => (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2;

/** Generates the demo company for a seed; the same options always give the same data. */
export function generateDemo(opts: DemoOptions): DemoData {
  const scale = opts.scale ?? 1;
  const r = createRandom(opts.seed);
  const { territories, places } = buildTerritories(r, listChinaUnits());
  const products = demoModels.map((m) => ({ id: r.uuid(), ...m }));
  const accounts: DemoAccount[] = [];
  const distributorsByPlace = new Map<Place, DemoAccount[]>();
  const usedNames = new Set<string>();
  const counters = { distributor: 0, sub_dealer: 0, end_user: 0 };
  const codePrefix = { distributor: 'D', sub_dealer: 'S', end_user: 'E' } as const;

  const makeAccount = (kind: DemoAccount['kind'], place: Place, distributorId: string | null): DemoAccount => {
    let name = makeCompanyName(r, kind, place.short);
    for (let i = 0; i < 8 && usedNames.has(name); i++) name = makeCompanyName(r, kind, place.short);
    if (usedNames.has(name)) name = `${name.replace(/(有限公司|厂|经营部|商行|服务部|销售中心)$/, '')}${place.unit.name}分公司`;
    usedNames.add(name);
    const [lng, lat] = scatter(r, place);
    const roll = r.next();
    const a: DemoAccount = {
      id: r.uuid(), externalCode: `${codePrefix[kind]}${String(++counters[kind]).padStart(6, '0')}`, name, kind, distributorId, unitId: place.unit.id, lng, lat,
      address: makeAddress(r, place.full, kind === 'end_user'), phone: makePhone(r, place.areaCode, kind !== 'distributor' && r.chance(0.4)),
      status: roll < 0.9 ? 'active' : roll < 0.97 ? 'dormant' : 'closed',
    };
    accounts.push(a);
    return a;
  };

  // Distributors: every territory gets its share by market weight, at least one per major city.
  const distributorCount = 120 * scale;
  const totalWeight = places.reduce((s, p) => s + p.weight, 0);
  for (const place of places) {
    const n = Math.floor((place.weight / totalWeight) * distributorCount + (place.weight >= 3 ? 0.5 : r.next()));
    distributorsByPlace.set(place, Array.from({ length: n }, () => makeAccount('distributor', place, null)));
  }
  const nearestDistributor = (place: Place): DemoAccount => {
    const own = distributorsByPlace.get(place) ?? [];
    if (own.length > 0 && r.chance(0.85)) return r.pick(own);
    const candidates = places.filter((p) => p.territoryId === place.territoryId && p !== place && (distributorsByPlace.get(p)?.length ?? 0) > 0);
    if (candidates.length === 0) return r.pick(own);
    candidates.sort((a, b) => distanceSq(a.seat, place.seat) - distanceSq(b.seat, place.seat));
    const near = candidates[0] as Place;
    return r.pick(own.length > 0 && r.chance(0.5) ? own : (distributorsByPlace.get(near) as DemoAccount[]));
  };
  for (const [kind, count] of [['sub_dealer', 180 * scale], ['end_user', 1500 * scale]] as const) {
    for (let i = 0; i < count; i++) {
      const place = r.weighted(places, (p) => p.weight);
      makeAccount(kind, place, nearestDistributor(place).id);
    }
  }

  const contacts: DemoContact[] = [];
  for (const a of accounts) {
    const n = a.kind === 'distributor' ? r.int(2, 3) : r.int(1, 2);
    for (let i = 0; i < n; i++) {
      contacts.push({
        id: r.uuid(), accountId: a.id, name: makePersonName(r), title: makeTitle(r), phone: makePhone(r, '', true),
        email: r.chance(0.5) ? makeEmail(r) : null, isPrimary: i === 0,
        // Archives are gathered over visits (R5.1): the primary contacts of bigger accounts are known best.
        notes: r.chance(i === 0 ? 0.6 : 0.25) ? makeContactNote(r) : null,
      });
    }
  }

  const salesLines = generateSales(r, { accounts, products, referenceDate: opts.referenceDate });
  return {
    seed: opts.seed, referenceDate: opts.referenceDate, users: staff.map((u) => ({ ...u })), territories,
    productLines: demoLines.map(({ id, name, nameEn }) => ({ id, name, nameEn })), products, accounts, contacts, salesLines,
  };
}
