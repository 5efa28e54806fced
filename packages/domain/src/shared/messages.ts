/**
 * Every expected-failure code the domain can return, namespaced by area. The server maps each to an
 * HTTP status; {@link domainMessages} gives its text in each language, checked complete by the compiler.
 */
export const domainErrorCodes = [
  'VISIT.OBJECTIVE_REQUIRED',
  'VISIT.OBJECTIVE_VAGUE',
  'VISIT.OBJECTIVE_DETAILS_MISSING',
  'VISIT.RULE_EMPTY',
  'PROMISE.INCOMPLETE',
  'PROMISE.DUE_DATE_INVALID',
  'PROMISE.ALREADY_CLOSED',
  'PROMISE.EVIDENCE_REQUIRED',
  'PROMISE.REASON_REQUIRED',
  'PROMISE.CLOSE_DATE_INVALID',
  'VALUE_CLASS.CONFIG_INVALID',
  'VALUE_CLASS.OVERRIDE_REASON_REQUIRED',
  'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID',
  'TIER.CONFIG_INVALID',
  'ARCHIVE.CONFIG_INVALID',
] as const;

/** A namespaced domain failure code such as `VISIT.OBJECTIVE_VAGUE`. */
export type DomainErrorCode = (typeof domainErrorCodes)[number];

/** Languages the domain writes explanations in; `zh-CN` is the product default. */
export type DomainLocale = 'zh-CN' | 'en';

/** A text in both product languages. */
export type Bilingual = Record<DomainLocale, string>;

/** Message text for every failure code in both languages; `{name}` placeholders come from `params`. */
export const domainMessages: Record<DomainLocale, Record<DomainErrorCode, string>> = {
  'zh-CN': {
    'VISIT.OBJECTIVE_REQUIRED': '请填写本次拜访的目标',
    'VISIT.OBJECTIVE_VAGUE': '拜访目标不够具体：“搜集信息”“联络感情”之类的泛泛目标不能单独作为目标，请写明具体事项（如新订单、某项投诉的解决、告知新政策、调查低价窜货）',
    'VISIT.OBJECTIVE_DETAILS_MISSING': '拜访目标缺少必要的具体内容：{fields}',
    'VISIT.RULE_EMPTY': '有效拜访规则至少要有一项要求（核实签到、记录目标结果、必做步骤或销售工具），否则每次拜访都算有效',
    'PROMISE.INCOMPLETE': '承诺不完整，缺少：{fields}',
    'PROMISE.DUE_DATE_INVALID': '承诺的兑现日期无效：不能早于承诺日期',
    'PROMISE.ALREADY_CLOSED': '该承诺已结束（{status}），不能再更改',
    'PROMISE.EVIDENCE_REQUIRED': '标记为已兑现时需要提供依据',
    'PROMISE.REASON_REQUIRED': '撤回或未兑现时需要说明原因',
    'PROMISE.CLOSE_DATE_INVALID': '结束日期无效：不能早于承诺日期，也不能晚于今天',
    'VALUE_CLASS.CONFIG_INVALID': '分类参数无效：{reason}',
    'VALUE_CLASS.OVERRIDE_REASON_REQUIRED': '手工调整分类必须填写原因',
    'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID': '手工调整的到期日无效：须晚于今天且不超过 {maxDays} 天',
    'TIER.CONFIG_INVALID': '分级参数无效：{reason}',
    'ARCHIVE.CONFIG_INVALID': '档案规则参数无效：{reason}',
  },
  en: {
    'VISIT.OBJECTIVE_REQUIRED': 'Enter the objective of this visit',
    'VISIT.OBJECTIVE_VAGUE':
      'The objective is not specific: "collect information" or "build relations" cannot stand alone; name a concrete aim (a new order, a named complaint resolved, a new policy announced, low prices or dumping investigated)',
    'VISIT.OBJECTIVE_DETAILS_MISSING': 'The objective lacks required details: {fields}',
    'VISIT.RULE_EMPTY': 'An effective-visit rule needs at least one requirement (verified check-in, recorded outcomes, a required step or the sales tools), or every visit would count',
    'PROMISE.INCOMPLETE': 'The promise is incomplete; missing: {fields}',
    'PROMISE.DUE_DATE_INVALID': 'The promise due date is invalid: it cannot be before the date it was made',
    'PROMISE.ALREADY_CLOSED': 'This promise is already closed ({status}) and cannot change',
    'PROMISE.EVIDENCE_REQUIRED': 'Give the evidence when marking a promise kept',
    'PROMISE.REASON_REQUIRED': 'Give a reason when a promise is withdrawn or broken',
    'PROMISE.CLOSE_DATE_INVALID': 'The closing date is invalid: not before the promise was made, not after today',
    'VALUE_CLASS.CONFIG_INVALID': 'Invalid classification parameters: {reason}',
    'VALUE_CLASS.OVERRIDE_REASON_REQUIRED': 'A manual class override needs a reason',
    'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID': 'The override expiry is invalid: it must be after today and within {maxDays} days',
    'TIER.CONFIG_INVALID': 'Invalid tier parameters: {reason}',
    'ARCHIVE.CONFIG_INVALID': 'Invalid archive rule parameters: {reason}',
  },
};

/** Fills `{name}` placeholders of the message for `code` in `locale`; unknown placeholders stay as written. */
export function formatDomainMessage(locale: DomainLocale, code: DomainErrorCode, params: Record<string, string | number> = {}): string {
  return domainMessages[locale][code].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
