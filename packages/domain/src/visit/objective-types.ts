import type { Bilingual } from '../shared/messages';

/** Kinds of concrete visit objectives (R3.1 (1), issue 5). `other` needs a specific description. */
export const objectiveTypes = [
  'new_order', 'complaint', 'policy', 'price_investigation', 'dumping_investigation', 'reconciliation',
  'training', 'downline_visit', 'collection', 'installation_followup', 'other',
] as const;

/** One kind of visit objective. */
export type ObjectiveType = (typeof objectiveTypes)[number];

/** How a detail is checked: free text (measured for specificity), positive fen or count, a date, or an id. */
export type ObjectiveDetailKind = 'text' | 'amount_fen' | 'quantity' | 'date' | 'id';

/** One detail an objective type asks for. */
export interface ObjectiveDetailSpec {
  key: string;
  kind: ObjectiveDetailKind;
  label: Bilingual;
  /** For text: least content units (see measureSpecificity). */
  minUnits?: number;
}

/** What an objective type requires: every detail in `required`, and at least one of each `anyOf` group. */
export interface ObjectiveTypeSpec {
  type: ObjectiveType;
  label: Bilingual;
  required: readonly ObjectiveDetailSpec[];
  anyOf: readonly (readonly ObjectiveDetailSpec[])[];
}

const d = (key: string, kind: ObjectiveDetailKind, zh: string, en: string, minUnits?: number): ObjectiveDetailSpec => ({
  key, kind, label: { 'zh-CN': zh, en }, ...(minUnits === undefined ? {} : { minUnits }),
});

const products = d('products', 'text', '产品或型号', 'Products or models', 2);
const quantity = d('quantity', 'quantity', '数量（台）', 'Quantity (units)');
const amountFen = d('amountFen', 'amount_fen', '金额', 'Amount');

/**
 * The concrete details each objective type needs, so that the form can be built from it and the
 * check cannot drift from the form. E.g. a new order names the products and a quantity or amount;
 * a complaint names which complaint; a reconciliation gives its period.
 */
export const objectiveTypeSpecs: Record<ObjectiveType, ObjectiveTypeSpec> = {
  new_order: { type: 'new_order', label: { 'zh-CN': '新订单', en: 'New order' }, required: [products], anyOf: [[quantity, amountFen]] },
  complaint: {
    type: 'complaint', label: { 'zh-CN': '解决具体投诉', en: 'Resolve a named complaint' }, required: [],
    anyOf: [[d('complaintId', 'id', '投诉单', 'Complaint record'), d('complaint', 'text', '投诉内容', 'The complaint', 4)]],
  },
  policy: {
    type: 'policy', label: { 'zh-CN': '告知新政策', en: 'Announce a policy' }, required: [],
    anyOf: [[d('policyId', 'id', '政策', 'Policy'), d('policy', 'text', '政策名称', 'Policy name', 2)]],
  },
  price_investigation: { type: 'price_investigation', label: { 'zh-CN': '调查低价', en: 'Investigate low prices' }, required: [d('subject', 'text', '调查的型号或品牌', 'Model or brand investigated', 2)], anyOf: [] },
  dumping_investigation: {
    type: 'dumping_investigation', label: { 'zh-CN': '调查窜货', en: 'Investigate cross-territory dumping' },
    required: [d('subject', 'text', '涉及的型号、序列号或来源', 'Models, serials or suspected source', 2), d('area', 'text', '发生地区', 'Where', 2)], anyOf: [],
  },
  reconciliation: {
    type: 'reconciliation', label: { 'zh-CN': '财务对账', en: 'Reconcile accounts' },
    required: [d('periodFrom', 'date', '对账起始日', 'Period from'), d('periodTo', 'date', '对账截止日', 'Period to')], anyOf: [],
  },
  training: { type: 'training', label: { 'zh-CN': '培训客户', en: 'Train the customer' }, required: [d('topic', 'text', '培训主题', 'Topic', 2)], anyOf: [] },
  downline_visit: {
    type: 'downline_visit', label: { 'zh-CN': '下线拜访', en: 'Downline visit' }, required: [],
    anyOf: [[d('downlineAccountId', 'id', '下线客户', 'Downline account'), d('downlineName', 'text', '下线客户名称', 'Downline customer name', 2)]],
  },
  collection: { type: 'collection', label: { 'zh-CN': '回款', en: 'Collect payment' }, required: [d('amountFen', 'amount_fen', '回款金额', 'Amount to collect')], anyOf: [] },
  installation_followup: {
    type: 'installation_followup', label: { 'zh-CN': '已装机床回访', en: 'Follow up an installed machine' },
    required: [d('serial', 'text', '机床序列号', 'Machine serial', 2)], anyOf: [],
  },
  other: { type: 'other', label: { 'zh-CN': '其他具体目标', en: 'Other specific aim' }, required: [d('description', 'text', '具体目标', 'The specific aim', 6)], anyOf: [] },
};
