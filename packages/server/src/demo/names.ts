import type { Random } from './random';

// Word pools for realistic, clearly fictional Chinese names. Surnames are weighted roughly by frequency.
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶贺顾毛郝龚邵万钱严武戴孔汤'.split('');
const givenOne = '伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆旭宁龙林阳丽娜敏静燕艳芳霞婷雪慧颖琳玲红梅丹萍倩洁晶莉峰亮成东'.split('');
const givenTwo = ['建华', '建国', '志强', '海波', '晓东', '文博', '子涵', '秀英', '桂兰', '玉兰', '国庆', '立新', '红梅', '春生', '永刚', '振宇', '德明', '学军', '宏伟', '晓燕', '丽华', '明辉', '金龙', '世杰', '俊峰', '雪梅', '志刚', '卫东', '长江', '瑞雪'];
const brands = ['华锐', '恒通', '鼎盛', '宏达', '金泰', '瑞丰', '汇川', '中联', '鑫源', '众诚', '东方', '德润', '盛世', '博远', '佳和', '永信', '新兴', '天成', '海川', '长盈', '兴业', '利达', '聚源', '北辰', '精诚', '创新', '远航', '华信', '万通', '昌盛', '鸿运', '泰山', '凯达', '嘉禾', '正大', '同力', '润通', '三友', '隆基', '铭泰', '晟达', '顺发', '宝丰', '骏马', '恒昌', '弘毅', '亚泰', '志远', '九州', '星河'];
const distributorSuffixes = ['机床销售有限公司', '机电设备有限公司', '数控机床有限公司', '机械设备贸易有限公司', '工业装备有限公司', '机床工具有限公司'];
const subDealerSuffixes = ['机电经营部', '机床商行', '五金机电有限公司', '机械设备经销部', '数控设备服务部', '机电设备销售中心'];
const industries = ['汽车零部件', '精密模具', '重型机械', '阀门', '轴承', '液压件', '农机', '矿山机械', '风电设备', '轨道交通装备', '泵业', '锻压', '齿轮', '船舶配件', '工程机械', '精密机械', '电机', '航空零部件', '石油机械', '纺织机械', '机车配件', '压缩机', '减速机', '铸造'];
const orgForms = ['有限公司', '股份有限公司', '制造有限公司', '科技有限公司', '厂'];
const roads = ['人民路', '解放路', '中山路', '建设大街', '黄河路', '长江路', '和平路', '工业路', '胜利街', '友谊路', '振兴路', '兴华街', '光明路', '创业路', '科技路', '学府路', '北京路', '南京街', '滨海路', '钢铁路'];
const zones = ['经济技术开发区', '高新技术产业开发区', '工业园区', '装备制造产业园', '', '', ''];
const traits = ['性格直爽，说话算数', '做事细致，注重技术参数', '比较谨慎，决策前要多方比价', '为人热情，喜欢交朋友', '看重长期合作和售后服务', '时间观念强，拜访需提前预约'];
const interests = ['喜欢钓鱼', '爱打乒乓球', '喜欢喝茶，不抽烟', '周末常去爬山', '爱好书法', '喜欢下象棋', '关注足球', '喜欢自驾游'];
const backgrounds = ['机械制造专业毕业', '从车间技术员做起', '毕业于哈尔滨工业大学', '毕业于东北大学', '在本行业工作二十多年', '曾在国企设备处工作'];
const families = ['孩子在读高中', '孩子刚上大学', '家在本地，周末陪家人', '爱人也在本公司工作', ''];
const mailDomains = ['qq.com', '163.com', '126.com', 'sina.com'];
const titles = ['总经理', '副总经理', '采购经理', '设备部经理', '技术总监', '销售经理', '财务经理', '生产厂长', '董事长', '设备主管'];

/** A realistic Chinese personal name (2–3 characters). */
export function makePersonName(r: Random): string {
  return r.pick(surnames) + (r.chance(0.55) ? r.pick(givenTwo) : r.pick(givenOne));
}

/** A job title for a contact at a customer. */
export function makeTitle(r: Random): string {
  return r.pick(titles);
}

/** A company name of the given kind for a place (e.g. 大连华锐机床销售有限公司). */
export function makeCompanyName(r: Random, kind: 'distributor' | 'sub_dealer' | 'end_user', place: string): string {
  const brand = r.pick(brands);
  if (kind === 'distributor') return `${place}${brand}${r.pick(distributorSuffixes)}`;
  if (kind === 'sub_dealer') return `${place}${brand}${r.pick(subDealerSuffixes)}`;
  return `${place}${brand}${r.pick(industries)}${r.pick(orgForms)}`;
}

/** A street address inside `placeFull` (province and city, e.g. 辽宁省大连市). */
export function makeAddress(r: Random, placeFull: string, industrial: boolean): string {
  const zone = industrial ? r.pick(zones) : '';
  return `${placeFull}${zone}${r.pick(roads)}${r.int(1, 399)}号`;
}

/** A landline with the city's area code, or a mobile number. */
export function makePhone(r: Random, areaCode: string, mobile: boolean): string {
  if (mobile) return `1${r.pick(['38', '39', '35', '36', '37', '58', '59', '86', '88', '31', '32', '55', '56', '33', '53', '89'])}${String(r.int(0, 99_999_999)).padStart(8, '0')}`;
  const digits = areaCode.length === 3 ? 8 : 7;
  return `${areaCode}-${r.int(2, 8)}${String(r.int(0, 10 ** (digits - 1) - 1)).padStart(digits - 1, '0')}`;
}

/** An archive note on a contact person (R5.1: personality, interests, background, family). */
export function makeContactNote(r: Random): string {
  return [r.pick(traits), r.pick(interests), r.pick(backgrounds), r.pick(families)].filter((s) => s !== '').join('；') + '。';
}

/** A personal e-mail address of the kind Chinese business people use (QQ number or digits at a webmail). */
export function makeEmail(r: Random): string {
  return `${r.int(10_000_000, 2_999_999_999)}@${r.pick(mailDomains)}`;
}
