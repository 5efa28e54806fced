/**
 * Every error code the API can answer, namespaced by area. The server maps each to an HTTP status
 * (a `Record<ErrorCode, number>` so the compiler checks completeness) and the message catalogue below
 * gives its text in each supported language.
 */
export const errorCodes = [
  'REQUEST.INVALID',
  'REQUEST.TOO_LARGE',
  'AUTH.UNAUTHENTICATED',
  'AUTH.INVALID_CREDENTIALS',
  'AUTH.RATE_LIMITED',
  'AUTH.FORBIDDEN',
  'AUTH.SESSION_EXPIRED',
  'AUTH.USER_INACTIVE',
  'NOT_FOUND',
  'CONFLICT.DUPLICATE',
  'CONFLICT.STALE_VERSION',
  'USER.MANAGER_INVALID',
  'ACCOUNT.DISTRIBUTOR_INVALID',
  'ACCOUNT.UNIT_INVALID',
  'ACCOUNT.OUT_OF_SCOPE',
  'PRODUCT.LINE_INVALID',
  'LEAD.ALREADY_CONVERTED',
  'ARCHIVE.CONFIG_INVALID',
  'VISIT.OBJECTIVE_REQUIRED',
  'VISIT.OBJECTIVE_VAGUE',
  'VISIT.OBJECTIVE_DETAILS_MISSING',
  'VISIT.STATUS_INVALID',
  'VISIT.SERIAL_UNKNOWN',
  'VISIT.STATEMENT_PHOTO_REQUIRED',
  'VISIT.OUTCOMES_MISMATCH',
  'VISIT.ACCOUNT_HAS_POSITION',
  'VISIT.PROMISES_UNMARKED',
  'VISIT.RULE_EMPTY',
  'VISIT.NOT_JOINT',
  'PROMISE.INCOMPLETE',
  'PROMISE.DUE_DATE_INVALID',
  'PROMISE.ALREADY_CLOSED',
  'PROMISE.EVIDENCE_REQUIRED',
  'PROMISE.REASON_REQUIRED',
  'PROMISE.CLOSE_DATE_INVALID',
  'PHOTO.TYPE_INVALID',
  'PHOTO.TOO_LARGE',
  'VALUE_CLASS.CONFIG_INVALID',
  'PLAN.NOT_DRAFT',
  'PLAN.REP_INVALID',
  'VALUE_CLASS.OVERRIDE_REASON_REQUIRED',
  'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID',
  'TIER.CONFIG_INVALID',
  'IMPORT.NOT_SPREADSHEET',
  'IMPORT.EMPTY',
  'IMPORT.TOO_LARGE',
  'IMPORT.HEADER_INVALID',
  'IMPORT.ROWS_INVALID',
  'UNITS.GEOJSON_INVALID',
  'UNITS.ADJACENCY_INVALID',
  'TERRITORY.DESIGN_INVALID',
  'TERRITORY.ASSIGNMENT_INVALID',
  'POLICY.NOT_DISCUSSED',
  'POLICY.STATUS_INVALID',
  'POLICY.NOT_RELEASED',
  'POLICY.NOT_DISTRIBUTOR',
  'MEETING.REGION_INVALID',
  'MEETING.NOT_INVITED',
  'MEETING.ITEM_INVALID',
  'MEETING.OWNER_INVALID',
  'PRICE.MODEL_UNKNOWN',
  'PRICE.OVERLAP',
  'DUMPING.STEP_INVALID',
  'DASHBOARD.PERIOD_INVALID',
  'INTERNAL',
] as const;

/** A namespaced error code, e.g. `ACCOUNT.DISTRIBUTOR_INVALID`. */
export type ErrorCode = (typeof errorCodes)[number];

/** Languages the product speaks; `zh-CN` is the default. */
export const locales = ['zh-CN', 'en'] as const;
/** A supported language tag. */
export type Locale = (typeof locales)[number];

/** The one wire shape of an error (DESIGN.md). `message` is in the caller's language. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}

/** Human text for every error code in every language; `{name}` placeholders are filled from params. */
export const errorMessages: Record<Locale, Record<ErrorCode, string>> = {
  'zh-CN': {
    'REQUEST.INVALID': '请求内容有误：{summary}',
    'REQUEST.TOO_LARGE': '请求内容过大',
    'AUTH.UNAUTHENTICATED': '请先登录',
    'AUTH.INVALID_CREDENTIALS': '用户名或密码错误',
    'AUTH.RATE_LIMITED': '登录尝试过于频繁，请 {seconds} 秒后再试',
    'AUTH.FORBIDDEN': '您没有执行此操作的权限',
    'AUTH.SESSION_EXPIRED': '登录已过期，请重新登录',
    'AUTH.USER_INACTIVE': '该用户已停用',
    NOT_FOUND: '未找到该记录',
    'CONFLICT.DUPLICATE': '已存在相同的{field}',
    'CONFLICT.STALE_VERSION': '该记录已被他人修改，请刷新后重试',
    'USER.MANAGER_INVALID': '所选经理无效：业务员的上级必须是区域经理',
    'ACCOUNT.DISTRIBUTOR_INVALID': '所选上级经销商无效：必须是可见的经销商，且经销商本身不能有上级',
    'ACCOUNT.UNIT_INVALID': '所选区域单元不存在',
    'ACCOUNT.OUT_OF_SCOPE': '该客户不在您的负责区域内',
    'PRODUCT.LINE_INVALID': '所选产品线不存在',
    'LEAD.ALREADY_CONVERTED': '该线索已转为客户或已放弃',
    'ARCHIVE.CONFIG_INVALID': '档案时效规则无效：{reason}',
    'VISIT.OBJECTIVE_REQUIRED': '请填写本次拜访的目标',
    'VISIT.OBJECTIVE_VAGUE': '拜访目标不够具体：“搜集信息”“联络感情”之类的泛泛目标不能单独作为目标，请写明具体事项（如新订单、某项投诉的解决、告知新政策、调查低价窜货）',
    'VISIT.OBJECTIVE_DETAILS_MISSING': '拜访目标缺少必要的具体内容：{fields}',
    'VISIT.STATUS_INVALID': '拜访当前状态（{status}）下不能执行此操作',
    'VISIT.SERIAL_UNKNOWN': '序列号 {serial} 不在该客户的已装机床中',
    'VISIT.STATEMENT_PHOTO_REQUIRED': '对账必须附上本次拜访拍摄的、经客户签字盖章的对账单照片',
    'VISIT.OUTCOMES_MISMATCH': '请为每个拜访目标填写结果（共 {count} 个）',
    'VISIT.ACCOUNT_HAS_POSITION': '该客户已有坐标，不能用签到位置覆盖',
    'VISIT.PROMISES_UNMARKED': '签到前请逐条标记对该客户的承诺（已兑现、未到期或未兑现），还有 {count} 条未标记',
    'VISIT.RULE_EMPTY': '有效拜访规则至少要有一项要求（核实签到、记录目标结果、必做步骤或销售工具），否则每次拜访都算有效',
    'VISIT.NOT_JOINT': '只有协同拜访（经理同行）才能由经理按步骤打分',
    'PROMISE.INCOMPLETE': '承诺不完整，缺少：{fields}',
    'PROMISE.DUE_DATE_INVALID': '承诺的兑现日期无效：不能早于承诺日期',
    'PROMISE.ALREADY_CLOSED': '该承诺已结束（{status}），不能再更改',
    'PROMISE.EVIDENCE_REQUIRED': '标记为已兑现时需要提供依据',
    'PROMISE.REASON_REQUIRED': '撤回或未兑现时需要说明原因',
    'PROMISE.CLOSE_DATE_INVALID': '结束日期无效：不能早于承诺日期，也不能晚于今天',
    'PHOTO.TYPE_INVALID': '文件不是照片：只接受 JPEG、PNG 或 WebP 图片',
    'PHOTO.TOO_LARGE': '照片过大：最大 {maxMb} MB',
    'VALUE_CLASS.CONFIG_INVALID': '分类参数无效：{reason}',
    'PLAN.NOT_DRAFT': '只有草稿计划可以批准',
    'PLAN.REP_INVALID': '该用户不是可见的销售代表',
    'VALUE_CLASS.OVERRIDE_REASON_REQUIRED': '手工调整分类必须填写原因',
    'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID': '手工调整的到期日无效：须晚于今天且不超过 {maxDays} 天',
    'TIER.CONFIG_INVALID': '分级参数无效：{reason}',
    'IMPORT.NOT_SPREADSHEET': '文件不是可识别的电子表格（请上传 .xlsx 或 .csv）',
    'IMPORT.EMPTY': '文件中没有数据行',
    'IMPORT.TOO_LARGE': '文件过大：最多 {maxRows} 行、{maxMb} MB',
    'IMPORT.HEADER_INVALID': '表头不符合模板：缺少列 {missing}',
    'IMPORT.ROWS_INVALID': '有 {count} 行数据有误，未导入任何数据；请先修正',
    'UNITS.GEOJSON_INVALID': 'GeoJSON 文件有误，未导入任何单元：{reason}',
    'UNITS.ADJACENCY_INVALID': '相邻关系无效：{reason}',
    'TERRITORY.DESIGN_INVALID': '无法划分区域：{reason}',
    'TERRITORY.ASSIGNMENT_INVALID': '区域分配无效：{reason}',
    'POLICY.NOT_DISCUSSED': '该政策尚未列入任何经销商会议议程，不能发布；总部如需例外发布，请填写理由',
    'POLICY.STATUS_INVALID': '该政策已发布，不能再次发布或列入讨论',
    'POLICY.NOT_RELEASED': '该政策尚未发布，不能传达',
    'POLICY.NOT_DISTRIBUTOR': '政策只能传达给经销商',
    'MEETING.REGION_INVALID': '会议区域无效：{region}',
    'MEETING.NOT_INVITED': '该经销商未受邀参加本次会议',
    'MEETING.ITEM_INVALID': '议程项无效：{reason}',
    'MEETING.OWNER_INVALID': '跟进事项的负责人必须是在职的系统用户',
    'PRICE.MODEL_UNKNOWN': '型号 {model} 不是本公司产品',
    'PRICE.OVERLAP': '同一型号、级别和区域已有最低价在 {from} 至 {to} 有效，有效期不能重叠；请先结束原价格的有效期',
    'DASHBOARD.PERIOD_INVALID': '统计期间无效：起始月份 {from} 不能晚于结束月份 {to}，且最长 {maxMonths} 个月',
    'DUMPING.STEP_INVALID': '窜货案件当前状态为 {status}，不能执行这一步（调查中才能确认或排除，确认后才能记录处理措施）',
    INTERNAL: '服务器内部错误，请稍后重试',
  },
  en: {
    'REQUEST.INVALID': 'The request is invalid: {summary}',
    'REQUEST.TOO_LARGE': 'The request is too large',
    'AUTH.UNAUTHENTICATED': 'Please sign in',
    'AUTH.INVALID_CREDENTIALS': 'Wrong user name or password',
    'AUTH.RATE_LIMITED': 'Too many sign-in attempts; try again in {seconds} s',
    'AUTH.FORBIDDEN': 'You are not allowed to do this',
    'AUTH.SESSION_EXPIRED': 'Your session has expired; please sign in again',
    'AUTH.USER_INACTIVE': 'This user is deactivated',
    NOT_FOUND: 'Not found',
    'CONFLICT.DUPLICATE': 'A record with the same {field} already exists',
    'CONFLICT.STALE_VERSION': 'Someone else changed this record; reload and try again',
    'USER.MANAGER_INVALID': "Invalid manager: a rep's manager must be a user with the manager role",
    'ACCOUNT.DISTRIBUTOR_INVALID': 'Invalid distributor: it must be a visible distributor, and a distributor has none above it',
    'ACCOUNT.UNIT_INVALID': 'The chosen unit does not exist',
    'ACCOUNT.OUT_OF_SCOPE': 'This account is outside your territory',
    'PRODUCT.LINE_INVALID': 'The chosen product line does not exist',
    'LEAD.ALREADY_CONVERTED': 'This lead was already converted or dropped',
    'ARCHIVE.CONFIG_INVALID': 'Invalid archive freshness rules: {reason}',
    'VISIT.OBJECTIVE_REQUIRED': 'Enter the objective of this visit',
    'VISIT.OBJECTIVE_VAGUE': 'The objective is not specific: "collect information" or "build relations" cannot stand alone; name a concrete aim (a new order, a named complaint resolved, a new policy announced, low prices or dumping investigated)',
    'VISIT.OBJECTIVE_DETAILS_MISSING': 'The objective lacks required details: {fields}',
    'VISIT.STATUS_INVALID': 'This cannot be done while the visit is {status}',
    'VISIT.SERIAL_UNKNOWN': 'Serial {serial} is not in this account\'s installed base',
    'VISIT.STATEMENT_PHOTO_REQUIRED': 'A reconciliation needs the photo of the signed and stamped statement taken at this visit',
    'VISIT.OUTCOMES_MISMATCH': 'Give the outcome of every objective ({count})',
    'VISIT.ACCOUNT_HAS_POSITION': 'The account already has a position; a check-in cannot overwrite it',
    'VISIT.PROMISES_UNMARKED': 'Before checking in, mark each promise to this account kept, not yet or broken; {count} unmarked',
    'VISIT.RULE_EMPTY': 'An effective-visit rule needs at least one requirement (verified check-in, recorded outcomes, a required step or the sales tools), or every visit would count',
    'VISIT.NOT_JOINT': 'Only a joint visit (the manager came along) can be scored step by step',
    'PROMISE.INCOMPLETE': 'The promise is incomplete; missing: {fields}',
    'PROMISE.DUE_DATE_INVALID': 'The promise due date is invalid: it cannot be before the date it was made',
    'PROMISE.ALREADY_CLOSED': 'This promise is already closed ({status}) and cannot change',
    'PROMISE.EVIDENCE_REQUIRED': 'Give the evidence when marking a promise kept',
    'PROMISE.REASON_REQUIRED': 'Give a reason when a promise is withdrawn or broken',
    'PROMISE.CLOSE_DATE_INVALID': 'The closing date is invalid: not before the promise was made, not after today',
    'PHOTO.TYPE_INVALID': 'The file is not a photo: only JPEG, PNG or WebP images are accepted',
    'PHOTO.TOO_LARGE': 'The photo is too large: at most {maxMb} MB',
    'VALUE_CLASS.CONFIG_INVALID': 'Invalid classification parameters: {reason}',
    'PLAN.NOT_DRAFT': 'Only a draft plan can be approved',
    'PLAN.REP_INVALID': 'This user is not a sales rep you can see',
    'VALUE_CLASS.OVERRIDE_REASON_REQUIRED': 'A manual class override needs a reason',
    'VALUE_CLASS.OVERRIDE_EXPIRY_INVALID': 'Invalid expiry: it must be after today and at most {maxDays} days ahead',
    'TIER.CONFIG_INVALID': 'Invalid tier parameters: {reason}',
    'IMPORT.NOT_SPREADSHEET': 'The file is not a spreadsheet we can read (upload .xlsx or .csv)',
    'IMPORT.EMPTY': 'The file has no data rows',
    'IMPORT.TOO_LARGE': 'The file is too large: at most {maxRows} rows and {maxMb} MB',
    'IMPORT.HEADER_INVALID': 'The header does not match the template: missing column(s) {missing}',
    'IMPORT.ROWS_INVALID': '{count} row(s) are invalid; nothing was imported — fix them first',
    'UNITS.GEOJSON_INVALID': 'The GeoJSON is invalid; no unit was imported: {reason}',
    'UNITS.ADJACENCY_INVALID': 'Invalid neighbour pair: {reason}',
    'TERRITORY.DESIGN_INVALID': 'The territories cannot be designed: {reason}',
    'TERRITORY.ASSIGNMENT_INVALID': 'Invalid territory assignment: {reason}',
    'POLICY.NOT_DISCUSSED': 'This policy has not been on any distributor meeting agenda and cannot be released; HQ may override by giving a reason',
    'POLICY.STATUS_INVALID': 'This policy is already released',
    'POLICY.NOT_RELEASED': 'This policy is not released yet and cannot be delivered',
    'POLICY.NOT_DISTRIBUTOR': 'Policies are delivered to distributors only',
    'MEETING.REGION_INVALID': 'Invalid meeting region: {region}',
    'MEETING.NOT_INVITED': 'This distributor is not invited to the meeting',
    'MEETING.ITEM_INVALID': 'Invalid agenda item: {reason}',
    'MEETING.OWNER_INVALID': 'The owner of a follow-up action must be an active user',
    'PRICE.MODEL_UNKNOWN': 'Model {model} is not one of our products',
    'PRICE.OVERLAP': 'A minimum price for the same model, tier and region is already valid from {from} to {to}; validity periods may not overlap — end the existing price first',
    'DASHBOARD.PERIOD_INVALID': 'Invalid period: the first month {from} must not be after the last month {to}, and the period may span at most {maxMonths} months',
    'DUMPING.STEP_INVALID': 'The dumping case is {status}; only a case under investigation can be confirmed or dismissed, and only a confirmed one actioned',
    INTERNAL: 'Internal server error; please try again later',
  },
};

/** Fills `{name}` placeholders of the message for `code` in `locale`; unknown placeholders stay visible. */
export function formatErrorMessage(locale: Locale, code: ErrorCode, params: Record<string, string | number> = {}): string {
  return errorMessages[locale][code].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** Picks the best supported locale from an Accept-Language header; `zh-CN` when nothing matches. */
export function pickLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return 'zh-CN';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
