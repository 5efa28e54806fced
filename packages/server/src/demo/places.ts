// Geography of the demo company: which real prefecture cities form each rep's territory, how dense
// the machine-tool market is in each, where the city seat is, and the telephone area codes.

/** One territory of the demo: a rep and the prefecture-level units (by province code and name). */
export interface TerritoryPlan {
  name: string;
  rep: string;
  provinceCode: string;
  /** Prefecture names in the province; `'*'` takes every prefecture not named by another plan. */
  prefectures: readonly string[] | '*';
  /** Extra prefectures from another province (for contiguous cross-border territories). */
  extra?: { provinceCode: string; prefectures: readonly string[] };
}

/** 12 territories over North and Northeast China; together they cover every prefecture of 9 provinces. */
export const territoryPlans: readonly TerritoryPlan[] = [
  { name: '辽南区', rep: 'rep01', provinceCode: '21', prefectures: ['大连市', '营口市', '鞍山市', '丹东市', '盘锦市'] },
  { name: '辽中辽西区', rep: 'rep02', provinceCode: '21', prefectures: '*' },
  { name: '吉林区', rep: 'rep03', provinceCode: '22', prefectures: '*' },
  { name: '黑龙江区', rep: 'rep04', provinceCode: '23', prefectures: '*' },
  { name: '北京区', rep: 'rep05', provinceCode: '11', prefectures: '*' },
  { name: '天津冀东区', rep: 'rep06', provinceCode: '12', prefectures: '*', extra: { provinceCode: '13', prefectures: ['唐山市', '秦皇岛市'] } },
  { name: '河北区', rep: 'rep07', provinceCode: '13', prefectures: '*' },
  { name: '内蒙古区', rep: 'rep08', provinceCode: '15', prefectures: '*' },
  { name: '鲁中鲁北区', rep: 'rep09', provinceCode: '37', prefectures: ['济南市', '淄博市', '泰安市', '莱芜市', '德州市', '聊城市', '滨州市', '东营市'] },
  { name: '胶东区', rep: 'rep10', provinceCode: '37', prefectures: ['青岛市', '烟台市', '威海市', '潍坊市', '日照市'] },
  { name: '鲁南区', rep: 'rep11', provinceCode: '37', prefectures: '*' },
  { name: '山西区', rep: 'rep12', provinceCode: '14', prefectures: '*' },
];

/** Province codes that are municipalities: their prefecture-level units are districts. */
export const municipalityCodes: ReadonlySet<string> = new Set(['11', '12', '31', '50']);

/** Official province names used in addresses. */
export const provinceFullNames: Record<string, string> = {
  '11': '北京市', '12': '天津市', '13': '河北省', '14': '山西省', '15': '内蒙古自治区', '21': '辽宁省', '22': '吉林省', '23': '黑龙江省', '37': '山东省',
};

// City seats (the built-up centre) where the package's centroid is the geometric middle of the area.
/** [lng, lat] of the city seat of major prefecture cities; others fall back to the unit centroid. */
export const citySeats: Record<string, readonly [number, number]> = {
  沈阳市: [123.43, 41.8], 大连市: [121.61, 38.91], 鞍山市: [122.99, 41.11], 抚顺市: [123.96, 41.88], 本溪市: [123.77, 41.29], 丹东市: [124.38, 40.13],
  锦州市: [121.13, 41.1], 营口市: [122.24, 40.67], 阜新市: [121.67, 42.02], 辽阳市: [123.24, 41.27], 盘锦市: [122.07, 41.12], 铁岭市: [123.84, 42.29],
  葫芦岛市: [120.84, 40.71], 长春市: [125.32, 43.82], 吉林市: [126.55, 43.84], 四平市: [124.35, 43.17], 通化市: [125.94, 41.73], 延边朝鲜族自治州: [129.51, 42.89],
  松原市: [124.83, 45.14], 白城市: [122.84, 45.62], 辽源市: [125.14, 42.89], 白山市: [126.42, 41.94], 哈尔滨市: [126.63, 45.75], 齐齐哈尔市: [123.92, 47.35],
  大庆市: [125.1, 46.59], 牡丹江市: [129.63, 44.55], 佳木斯市: [130.32, 46.8], 鸡西市: [130.97, 45.3], 绥化市: [126.97, 46.65], 石家庄市: [114.51, 38.04],
  唐山市: [118.18, 39.63], 保定市: [115.46, 38.87], 邯郸市: [114.54, 36.63], 邢台市: [114.5, 37.07], 沧州市: [116.84, 38.3], 廊坊市: [116.68, 39.54],
  秦皇岛市: [119.6, 39.94], 衡水市: [115.67, 37.74], 张家口市: [114.89, 40.82], 承德市: [117.96, 40.95], 太原市: [112.55, 37.87], 大同市: [113.3, 40.08],
  长治市: [113.12, 36.2], 晋中市: [112.75, 37.69], 临汾市: [111.52, 36.09], 运城市: [111.01, 35.03], 晋城市: [112.85, 35.49], 阳泉市: [113.58, 37.86],
  忻州市: [112.73, 38.42], 朔州市: [112.43, 39.33], 吕梁市: [111.14, 37.52], 呼和浩特市: [111.75, 40.84], 包头市: [109.84, 40.66], 鄂尔多斯市: [109.78, 39.61],
  赤峰市: [118.89, 42.26], 通辽市: [122.24, 43.65], 乌海市: [106.79, 39.66], 济南市: [117.0, 36.65], 青岛市: [120.38, 36.07], 淄博市: [118.05, 36.81],
  烟台市: [121.45, 37.46], 潍坊市: [119.16, 36.71], 济宁市: [116.59, 35.41], 临沂市: [118.36, 35.1], 泰安市: [117.09, 36.2], 威海市: [122.12, 37.51],
  德州市: [116.36, 37.44], 聊城市: [115.99, 36.46], 滨州市: [117.97, 37.38], 东营市: [118.67, 37.43], 菏泽市: [115.48, 35.23], 枣庄市: [117.32, 34.81],
  日照市: [119.53, 35.42], 莱芜市: [117.68, 36.21],
};

// Relative size of the machine-tool market; unnamed prefectures weigh 1.5, remote ones 0.5.
const weights: Record<string, number> = {
  沈阳市: 10, 大连市: 10, 鞍山市: 5, 营口市: 4, 锦州市: 3, 抚顺市: 3, 长春市: 7, 吉林市: 4, 哈尔滨市: 8, 大庆市: 4, 齐齐哈尔市: 4,
  唐山市: 6, 石家庄市: 6, 保定市: 5, 沧州市: 5, 廊坊市: 4, 邯郸市: 4, 邢台市: 3, 济南市: 7, 青岛市: 9, 烟台市: 6, 潍坊市: 6, 淄博市: 5,
  临沂市: 5, 济宁市: 4, 威海市: 3, 德州市: 3, 聊城市: 3, 滨州市: 3, 东营市: 3, 太原市: 6, 大同市: 3, 长治市: 3, 包头市: 4, 呼和浩特市: 4,
  鄂尔多斯市: 3, 赤峰市: 2,
  大兴区: 1.6, 顺义区: 1.4, 通州区: 1.2, 昌平区: 1.2, 房山区: 1, 海淀区: 1, 朝阳区: 0.8, 丰台区: 0.8,
  西青区: 1.3, 北辰区: 1.2, 东丽区: 1.1, 津南区: 1, 武清区: 1.1, 塘沽区: 1.2, 静海县: 0.8, 宝坻区: 0.6,
};
const remote = new Set(['大兴安岭地区', '阿拉善盟', '锡林郭勒盟', '兴安盟', '呼伦贝尔市', '黑河市', '伊春市', '乌海市', '七台河市', '鹤岗市', '双鸭山市', '巴彦淖尔市', '白山市']);

/** Relative market size of a prefecture-level unit (municipal districts default to 0.4). */
export function marketWeight(name: string, provinceCode: string): number {
  if (weights[name] !== undefined) return weights[name];
  if (municipalityCodes.has(provinceCode)) return 0.4;
  return remote.has(name) ? 0.5 : 1.5;
}

const areaCodes: Record<string, string> = {
  沈阳: '024', 大连: '0411', 鞍山: '0412', 抚顺: '0413', 本溪: '0414', 丹东: '0415', 锦州: '0416', 营口: '0417', 阜新: '0418', 辽阳: '0419', 铁岭: '0410',
  朝阳: '0421', 盘锦: '0427', 葫芦岛: '0429', 长春: '0431', 吉林: '0432', 延边: '0433', 四平: '0434', 通化: '0435', 白城: '0436', 辽源: '0437', 松原: '0438',
  白山: '0439', 哈尔滨: '0451', 齐齐哈尔: '0452', 牡丹江: '0453', 佳木斯: '0454', 绥化: '0455', 黑河: '0456', 大兴安岭: '0457', 伊春: '0458', 大庆: '0459',
  七台河: '0464', 鸡西: '0467', 鹤岗: '0468', 双鸭山: '0469', 石家庄: '0311', 保定: '0312', 张家口: '0313', 承德: '0314', 唐山: '0315', 廊坊: '0316',
  沧州: '0317', 衡水: '0318', 邢台: '0319', 邯郸: '0310', 秦皇岛: '0335', 太原: '0351', 大同: '0352', 阳泉: '0353', 晋中: '0354', 长治: '0355', 晋城: '0356',
  临汾: '0357', 吕梁: '0358', 运城: '0359', 忻州: '0350', 朔州: '0349', 呼和浩特: '0471', 包头: '0472', 乌海: '0473', 乌兰察布: '0474', 通辽: '0475',
  赤峰: '0476', 鄂尔多斯: '0477', 巴彦淖尔: '0478', 锡林郭勒: '0479', 兴安: '0482', 阿拉善: '0483', 呼伦贝尔: '0470', 济南: '0531', 青岛: '0532', 淄博: '0533',
  德州: '0534', 烟台: '0535', 潍坊: '0536', 济宁: '0537', 泰安: '0538', 临沂: '0539', 菏泽: '0530', 滨州: '0543', 东营: '0546', 威海: '0631', 枣庄: '0632',
  日照: '0633', 莱芜: '0634', 聊城: '0635',
};
const municipalityAreaCodes: Record<string, string> = { '11': '010', '12': '022', '31': '021', '50': '023' };

/** The short place name used in company names: 大连市 → 大连, 延边朝鲜族自治州 → 延边; a district → its city. */
export function shortPlaceName(name: string, provinceCode: string, provinceName: string): string {
  if (municipalityCodes.has(provinceCode)) return provinceName;
  return name.replace(/(朝鲜族自治州|蒙古族自治州|自治州|地区|盟|市)$/, '');
}

/** Telephone area code of a prefecture-level unit. */
export function areaCodeOf(name: string, provinceCode: string, provinceName: string): string {
  return municipalityAreaCodes[provinceCode] ?? areaCodes[shortPlaceName(name, provinceCode, provinceName)] ?? '0400';
}
