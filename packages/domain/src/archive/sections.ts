import type { AccountKind } from '../shared/account-kind';
import type { Bilingual } from '../shared/messages';

/** Sections of the customer archive (R5): basic data, contact people, region, competitors, trading status, deeper attributes. */
export const archiveSectionIds = ['basic', 'contacts', 'region', 'competitors', 'trading', 'deeper'] as const;

/** One archive section. */
export type ArchiveSectionId = (typeof archiveSectionIds)[number];

/** A field the completeness score looks for. */
export interface ArchiveFieldDef {
  id: string;
  label: Bilingual;
  /** Relative weight within its section (≥ 1). */
  weight: number;
  /** Only these kinds are asked for it; absent = every kind. */
  kinds?: readonly AccountKind[];
  /** Asked only of export-oriented customers (R5.2: the policy of their markets). */
  exportOnly?: boolean;
}

/** A section with its weight in the overall score and its fields. */
export interface ArchiveSectionDef {
  id: ArchiveSectionId;
  label: Bilingual;
  /** Relative weight in the overall score; the defaults sum to 100. */
  weight: number;
  /** For `contacts`: the fields asked of each contact person. */
  fields: readonly ArchiveFieldDef[];
}

const f = (id: string, zh: string, en: string, weight = 1, extra: Partial<ArchiveFieldDef> = {}): ArchiveFieldDef => ({
  id,
  label: { 'zh-CN': zh, en },
  weight,
  ...extra,
});

/**
 * The archive's sections and fields with default weights. Basic data and trading status weigh most
 * (20 each) because every visit and credit decision reads them; contacts 20 because the relationship
 * lives in people; competitors and deeper attributes 15; regional characteristics 10, as they are
 * shared by every account of a unit. Name, address and phone weigh double within basic data, and a
 * contact's name and phone double within a contact, since without them nobody can be reached.
 */
export const archiveSections: readonly ArchiveSectionDef[] = [
  {
    id: 'basic',
    label: { 'zh-CN': '基本资料', en: 'Basic data' },
    weight: 20,
    fields: [f('name', '名称', 'Name', 2), f('address', '地址', 'Address', 2), f('phone', '电话', 'Phone', 2), f('location', '地图位置', 'Map position'), f('businessScope', '经营范围', 'Business scope')],
  },
  {
    id: 'contacts',
    label: { 'zh-CN': '联系人档案', en: 'Contact people' },
    weight: 20,
    fields: [
      f('name', '姓名', 'Name', 2),
      f('role', '职务', 'Role'),
      f('phone', '电话', 'Phone', 2),
      f('personality', '性格', 'Personality'),
      f('interests', '兴趣', 'Interests'),
      f('hobbies', '爱好', 'Hobbies'),
      f('family', '家庭', 'Family'),
      f('education', '学历', 'Education'),
      f('age', '年龄', 'Age'),
      f('abilities', '能力', 'Abilities'),
      f('background', '经历背景', 'Background'),
    ],
  },
  {
    id: 'region',
    label: { 'zh-CN': '区域特征', en: 'Regional characteristics' },
    weight: 10,
    fields: [f('culture', '文化', 'Culture'), f('customs', '习俗', 'Customs'), f('developmentPotential', '发展潜力', 'Development potential'), f('exportMarketPolicy', '出口市场政府政策', 'Policy of export markets', 1, { exportOnly: true })],
  },
  {
    id: 'competitors',
    label: { 'zh-CN': '竞争对手', en: 'Competitors' },
    weight: 15,
    fields: [
      f('competitors', '合作的竞争品牌', 'Competitors it deals with', 2),
      f('competitorRelations', '与竞争对手的关系', 'Relations with competitors'),
      f('competitorPrices', '竞品型号与价格', 'Competitor models and prices'),
      f('orderFlow', '产品市场流向（到订单）', 'Where its orders go'),
    ],
  },
  {
    id: 'trading',
    label: { 'zh-CN': '交易现状', en: 'Trading status' },
    weight: 20,
    fields: [
      f('salesActivity', '销售活动现状', 'Sales activity'),
      f('problems', '存在的问题', 'Problems'),
      f('potential', '发展潜力', 'Potential'),
      f('financialStatus', '财务状况', 'Financial status'),
      f('creditRating', '信用等级', 'Credit rating', 2),
      f('creditLimitFen', '信用额度', 'Credit limit'),
    ],
  },
  {
    id: 'deeper',
    label: { 'zh-CN': '深层资料', en: 'Deeper attributes' },
    weight: 15,
    fields: [
      f('businessSpecialty', '经营特色', 'Business specialty'),
      f('industryPosition', '行业地位和影响力', 'Industry position and influence'),
      f('distributionCapacity', '分销能力', 'Distribution capacity', 1, { kinds: ['distributor', 'sub_dealer'] }),
      f('capitalStrength', '资金实力', 'Capital strength'),
      f('commercialCredit', '商业信誉', 'Commercial credit'),
      f('willingnessToCooperate', '与我司合作意向', 'Willingness to cooperate with us'),
    ],
  },
];

/** The definition of section `id`. */
export function getArchiveSection(id: ArchiveSectionId): ArchiveSectionDef {
  const section = archiveSections.find((s) => s.id === id);
  if (!section) throw new Error(`unknown archive section ${id}`);
  return section;
}
