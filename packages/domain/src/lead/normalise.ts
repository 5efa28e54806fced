/** Provinces and province-level places of China, short forms; full forms add a suffix below. */
const provinces = [
  '北京', '天津', '上海', '重庆', '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北',
  '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆', '香港', '澳门',
];
const placeSuffixes = ['壮族自治区', '回族自治区', '维吾尔自治区', '特别行政区', '自治区', '自治州', '地区', '省', '市', '盟', '州'];

// Longest first, so "有限责任公司" goes before "公司" leaves "有限责任" behind.
const legalWords = ['股份有限公司', '有限责任公司', '有限公司', '责任公司', '总公司', '公司', '集团', '股份', '有限'];
const latinLegal = /\b(co|company|corp|corporation|inc|ltd|limited|group|llc|plc)\b\.?/g;

interface PlaceMatcher {
  names: Set<string>;
  lengths: number[];
}

// Building the matcher is the costly part (thousands of county names), so it is built once per
// list: the server passes the same array for every account it compares.
const matcherCache = new WeakMap<readonly string[], PlaceMatcher>();
const builtInMatcher = buildMatcher([]);

function buildMatcher(placeNames: readonly string[]): PlaceMatcher {
  const names = new Set([...provinces, ...placeNames].filter((n) => n.length >= 2));
  const lengths = [...new Set([...names].map((n) => n.length))].sort((a, b) => b - a);
  return { names, lengths };
}

function matcherFor(placeNames: readonly string[]): PlaceMatcher {
  if (placeNames.length === 0) return builtInMatcher;
  let m = matcherCache.get(placeNames);
  if (!m) {
    m = buildMatcher(placeNames);
    matcherCache.set(placeNames, m);
  }
  return m;
}

function stripLeadingPlaces(s: string, placeNames: readonly string[]): string {
  const { names, lengths } = matcherFor(placeNames);
  let out = s;
  for (let changed = true; changed; ) {
    changed = false;
    // Longest name first, so "内蒙古" wins over a shorter name it starts with.
    for (const len of lengths) {
      const name = out.slice(0, len);
      if (name.length < len || !names.has(name)) continue;
      const suffix = placeSuffixes.find((x) => out.startsWith(x, len)) ?? '';
      const rest = out.slice(len + suffix.length);
      // Never strip a name down to nothing or one character: "上海" alone stays "上海".
      if (rest.length >= 2) {
        out = rest;
        changed = true;
        break;
      }
    }
    // A city written out with 市 is a place even when the caller did not list it.
    const city = /^[\u4e00-\u9fff]{2,3}市/.exec(out);
    if (!changed && city && out.length - city[0].length >= 2) {
      out = out.slice(city[0].length);
      changed = true;
    }
  }
  return out;
}

function basicClean(s: string): string {
  // NFKC turns full-width letters, digits and brackets into half-width ones.
  return s.normalize('NFKC').toLowerCase();
}

const onlyLettersAndDigits = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * A company name reduced to what tells companies apart: full-width → half-width, lower case,
 * brackets and punctuation and spaces removed, legal-form words (有限公司, 有限责任公司, 股份, 集团,
 * Co., Ltd. …) removed, and leading province and city names removed (provinces built in; prefecture
 * names from `placeNames`, e.g. the units table; any "XX市" prefix). Never returns less than two
 * characters when the cleaned name had two or more.
 * Example: "辽宁省沈阳市华东机床（集团）有限公司" → "华东机床".
 */
export function normaliseCompanyName(name: string, placeNames: readonly string[] = []): string {
  let s = basicClean(name).replace(latinLegal, ' ');
  s = onlyLettersAndDigits(s);
  for (const word of legalWords) {
    const without = s.split(word).join('');
    if (without.length >= 2) s = without;
  }
  return stripLeadingPlaces(s, placeNames);
}

/**
 * An address reduced for comparison: half-width, lower case, without punctuation and spaces, and
 * without leading province and city names (which every address in a region shares).
 */
export function normaliseAddress(address: string, placeNames: readonly string[] = []): string {
  return stripLeadingPlaces(onlyLettersAndDigits(basicClean(address)), placeNames);
}

/**
 * A phone number as its digits, without the China country code (+86 / 0086), so that
 * "+86 138-0000-0000" and "13800000000" agree. Returns '' when there are fewer than 7 digits.
 */
export function normalisePhone(phone: string): string {
  let digits = basicClean(phone).replace(/\D/g, '');
  if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.startsWith('86') && digits.length >= 12) digits = digits.slice(2);
  return digits.length >= 7 ? digits : '';
}

/**
 * True when two normalised phones are the same line: equal, or one is the other without its
 * area code (a 7–8 digit local number that the other, starting with 0, ends with).
 */
export function isSamePhone(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length <= 8 && long.startsWith('0') && long.endsWith(short);
}
