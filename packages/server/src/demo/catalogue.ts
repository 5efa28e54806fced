// The demo company's product catalogue: machine tools by product line, accessories, spare parts and
// services, with list prices in fen (1 yuan = 100 fen).

/** A product line of the demo catalogue. */
export interface DemoLine {
  id: string;
  name: string;
  nameEn: string;
  /** Machines carry serial numbers; parts and services do not. */
  machine: boolean;
  /** Share of sales lines that fall in this line. */
  share: number;
  /** Gross margin range on the selling price. */
  margin: readonly [number, number];
}

/** A model with its list price. */
export interface DemoModel {
  model: string;
  name: string;
  lineId: string;
  listPriceFen: number;
}

export const demoLines: readonly DemoLine[] = [
  { id: 'lathe', name: '数控车床', nameEn: 'CNC lathes', machine: true, share: 0.09, margin: [0.16, 0.28] },
  { id: 'vmc', name: '立式加工中心', nameEn: 'Vertical machining centres', machine: true, share: 0.08, margin: [0.18, 0.3] },
  { id: 'hmc', name: '卧式加工中心', nameEn: 'Horizontal machining centres', machine: true, share: 0.015, margin: [0.2, 0.32] },
  { id: 'boring', name: '镗床', nameEn: 'Boring mills', machine: true, share: 0.01, margin: [0.2, 0.32] },
  { id: 'gantry', name: '龙门加工中心', nameEn: 'Gantry machining centres', machine: true, share: 0.01, margin: [0.2, 0.33] },
  { id: 'grinder', name: '磨床', nameEn: 'Grinding machines', machine: true, share: 0.025, margin: [0.18, 0.3] },
  { id: 'drill', name: '钻床', nameEn: 'Drilling machines', machine: true, share: 0.02, margin: [0.12, 0.22] },
  { id: 'parts', name: '附件与备件', nameEn: 'Accessories and spare parts', machine: false, share: 0.6, margin: [0.35, 0.55] },
  { id: 'service', name: '服务', nameEn: 'Services', machine: false, share: 0.15, margin: [0.5, 0.7] },
];

const yuan = (y: number) => y * 100;

export const demoModels: readonly DemoModel[] = [
  { model: 'CK6140', name: 'CK6140 数控车床', lineId: 'lathe', listPriceFen: yuan(128_000) },
  { model: 'CK6150', name: 'CK6150 数控车床', lineId: 'lathe', listPriceFen: yuan(168_000) },
  { model: 'CK6163', name: 'CK6163 数控车床', lineId: 'lathe', listPriceFen: yuan(238_000) },
  { model: 'CAK6180', name: 'CAK6180 重型数控车床', lineId: 'lathe', listPriceFen: yuan(325_000) },
  { model: 'TCK46', name: 'TCK46 斜床身数控车床', lineId: 'lathe', listPriceFen: yuan(285_000) },
  { model: 'TCK63', name: 'TCK63 斜床身车削中心', lineId: 'lathe', listPriceFen: yuan(368_000) },
  { model: 'VMC650', name: 'VMC650 立式加工中心', lineId: 'vmc', listPriceFen: yuan(268_000) },
  { model: 'VMC850', name: 'VMC850 立式加工中心', lineId: 'vmc', listPriceFen: yuan(335_000) },
  { model: 'VMC1060', name: 'VMC1060 立式加工中心', lineId: 'vmc', listPriceFen: yuan(438_000) },
  { model: 'VMC1270', name: 'VMC1270 立式加工中心', lineId: 'vmc', listPriceFen: yuan(568_000) },
  { model: 'VMC1580', name: 'VMC1580 立式加工中心', lineId: 'vmc', listPriceFen: yuan(786_000) },
  { model: 'HMC500', name: 'HMC500 卧式加工中心', lineId: 'hmc', listPriceFen: yuan(1_280_000) },
  { model: 'HMC630', name: 'HMC630 卧式加工中心', lineId: 'hmc', listPriceFen: yuan(1_680_000) },
  { model: 'HMC800', name: 'HMC800 卧式加工中心', lineId: 'hmc', listPriceFen: yuan(2_380_000) },
  { model: 'TPX6111', name: 'TPX6111 卧式铣镗床', lineId: 'boring', listPriceFen: yuan(960_000) },
  { model: 'TPX6113', name: 'TPX6113 数控卧式铣镗床', lineId: 'boring', listPriceFen: yuan(1_350_000) },
  { model: 'TK6916', name: 'TK6916 数控落地铣镗床', lineId: 'boring', listPriceFen: yuan(3_680_000) },
  { model: 'GMC2012', name: 'GMC2012 龙门加工中心', lineId: 'gantry', listPriceFen: yuan(1_180_000) },
  { model: 'GMC3016', name: 'GMC3016 龙门加工中心', lineId: 'gantry', listPriceFen: yuan(1_860_000) },
  { model: 'GMC4025', name: 'GMC4025 重型龙门加工中心', lineId: 'gantry', listPriceFen: yuan(2_950_000) },
  { model: 'M7132', name: 'M7132 卧轴矩台平面磨床', lineId: 'grinder', listPriceFen: yuan(185_000) },
  { model: 'MK1332', name: 'MK1332 数控外圆磨床', lineId: 'grinder', listPriceFen: yuan(420_000) },
  { model: 'MK2110', name: 'MK2110 数控内圆磨床', lineId: 'grinder', listPriceFen: yuan(360_000) },
  { model: 'Z3050', name: 'Z3050 摇臂钻床', lineId: 'drill', listPriceFen: yuan(68_000) },
  { model: 'ZK5140', name: 'ZK5140 数控立式钻床', lineId: 'drill', listPriceFen: yuan(96_000) },
  { model: 'K11-250', name: 'K11-250 三爪自定心卡盘', lineId: 'parts', listPriceFen: yuan(3_800) },
  { model: 'AK31-8', name: 'AK31 八工位电动刀塔', lineId: 'parts', listPriceFen: yuan(26_000) },
  { model: 'SP-40', name: 'BT40 主轴组件', lineId: 'parts', listPriceFen: yuan(48_000) },
  { model: 'BT40-SET', name: 'BT40 刀柄套装', lineId: 'parts', listPriceFen: yuan(4_800) },
  { model: 'BS-4010', name: '4010 滚珠丝杠', lineId: 'parts', listPriceFen: yuan(6_500) },
  { model: 'CP-90', name: '90W 冷却泵', lineId: 'parts', listPriceFen: yuan(1_200) },
  { model: 'CNC-UP', name: '数控系统升级包', lineId: 'parts', listPriceFen: yuan(35_000) },
  { model: 'SVC-INST', name: '安装调试服务', lineId: 'service', listPriceFen: yuan(8_000) },
  { model: 'SVC-MAINT', name: '年度维保服务', lineId: 'service', listPriceFen: yuan(15_000) },
  { model: 'SVC-TRAIN', name: '操作与编程培训', lineId: 'service', listPriceFen: yuan(6_000) },
];
