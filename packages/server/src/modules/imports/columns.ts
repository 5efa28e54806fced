import type { ImportEntity, Locale } from '@qudao/contract';

/** One column of an import template: its key (the header in the template), its Chinese and English names. */
export interface ColumnSpec {
  key: string;
  zh: string;
  en: string;
  required: boolean;
  /** Example value for the template's second row. */
  example: string;
}

const col = (key: string, zh: string, en: string, required: boolean, example: string): ColumnSpec => ({ key, zh, en, required, example });

/** The columns of each entity, in template order. Headers may be given by key, Chinese or English name. */
export const columnsOf: Record<ImportEntity, ColumnSpec[]> = {
  accounts: [
    col('external_code', '客户编码', 'Customer code', true, 'C-000123'),
    col('name', '客户名称', 'Name', true, '沈阳华东机床销售有限公司'),
    col('kind', '类型', 'Kind', true, 'distributor'),
    col('unit_id', '区域编码', 'Unit code', true, '210100'),
    col('distributor_code', '上级经销商编码', 'Distributor code', false, ''),
    col('address', '地址', 'Address', false, '沈阳市铁西区北二路 1 号'),
    col('phone', '电话', 'Phone', false, '024-12345678'),
    col('lng', '经度', 'Longitude', false, '123.4'),
    col('lat', '纬度', 'Latitude', false, '41.8'),
    col('status', '状态', 'Status', false, 'active'),
  ],
  contacts: [
    col('account_code', '客户编码', 'Customer code', true, 'C-000123'),
    col('name', '姓名', 'Name', true, '张伟'),
    col('title', '职务', 'Title', false, '采购经理'),
    col('phone', '电话', 'Phone', false, '13800000000'),
    col('email', '邮箱', 'E-mail', false, 'zhang@example.com'),
    col('is_primary', '主要联系人', 'Primary', false, 'yes'),
    col('notes', '备注', 'Notes', false, ''),
  ],
  sales: [
    col('external_ref', '单据行号', 'Line reference', true, 'INV-2026-0001-1'),
    col('date', '日期', 'Date', true, '2026-10-15'),
    col('account_code', '客户编码', 'Customer code', true, 'C-000123'),
    col('product_model', '机型', 'Model', true, 'CK6150'),
    col('quantity', '数量', 'Quantity', true, '1'),
    col('amount_yuan', '金额（元）', 'Amount (yuan)', true, '268000.00'),
    col('gross_profit_yuan', '毛利（元）', 'Gross profit (yuan)', true, '53600.00'),
    col('serial_numbers', '出厂编号', 'Serial numbers', false, 'SN1001;SN1002'),
  ],
  targets: [
    col('account_code', '客户编码', 'Customer code', true, 'C-000123'),
    col('month', '月份', 'Month', true, '2026-12'),
    col('amount_yuan', '目标金额（元）', 'Target (yuan)', true, '500000'),
  ],
  // Installation and warranty registrations from the service department (issue 8 item 3, R4).
  installations: [
    col('registration_ref', '登记单号', 'Registration reference', true, 'INST-2026-0001'),
    col('kind', '登记类型', 'Kind', true, 'installation'),
    col('date', '日期', 'Date', true, '2026-11-02'),
    col('serial', '出厂编号', 'Serial number', true, 'SN1001'),
    col('account_code', '安装客户编码', 'Customer code', true, 'C-000123'),
    col('place', '安装地点', 'Place', false, '车间二号线'),
  ],
};

/** Why a cell is bad. */
export type CellProblem =
  | 'required' | 'too_long' | 'kind_invalid' | 'status_invalid' | 'unit_unknown' | 'distributor_unknown' | 'distributor_not_allowed' | 'number_invalid'
  | 'date_invalid' | 'month_invalid' | 'money_invalid' | 'account_unknown' | 'product_unknown' | 'duplicate_in_file' | 'email_invalid' | 'bool_invalid' | 'coordinates_pair'
  | 'registration_kind_invalid' | 'serial_unknown';

const problems: Record<Locale, Record<CellProblem, string>> = {
  'zh-CN': {
    required: '必填项为空',
    too_long: '内容过长',
    kind_invalid: '类型应为 distributor/经销商、sub_dealer/二级经销商 或 end_user/最终用户',
    status_invalid: '状态应为 active/正常、dormant/休眠 或 closed/关闭',
    unit_unknown: '区域编码不存在',
    distributor_unknown: '上级经销商编码不存在，或不是经销商',
    distributor_not_allowed: '经销商不能有上级经销商',
    number_invalid: '应为正整数',
    date_invalid: '日期格式应为 YYYY-MM-DD',
    month_invalid: '月份格式应为 YYYY-MM',
    money_invalid: '金额应为最多两位小数的数字',
    account_unknown: '客户编码不存在',
    product_unknown: '机型不存在',
    duplicate_in_file: '与文件中前面的行重复',
    email_invalid: '邮箱格式不正确',
    bool_invalid: '应为 是/否 或 yes/no',
    coordinates_pair: '经度和纬度须同时填写且在有效范围内',
    registration_kind_invalid: '登记类型应为 installation/安装 或 warranty/保修',
    serial_unknown: '出厂编号不在任何销售明细中，无法追溯售出的经销商',
  },
  en: {
    required: 'required value is empty',
    too_long: 'value is too long',
    kind_invalid: 'kind must be distributor, sub_dealer or end_user',
    status_invalid: 'status must be active, dormant or closed',
    unit_unknown: 'unknown unit code',
    distributor_unknown: 'unknown distributor code, or not a distributor',
    distributor_not_allowed: 'a distributor cannot have a distributor above it',
    number_invalid: 'must be a positive whole number',
    date_invalid: 'date must be YYYY-MM-DD',
    month_invalid: 'month must be YYYY-MM',
    money_invalid: 'amount must be a number with at most two decimals',
    account_unknown: 'unknown customer code',
    product_unknown: 'unknown model',
    duplicate_in_file: 'repeats an earlier row of the file',
    email_invalid: 'invalid e-mail address',
    bool_invalid: 'must be yes/no',
    coordinates_pair: 'longitude and latitude must be given together and in range',
    registration_kind_invalid: 'kind must be installation or warranty',
    serial_unknown: 'serial number is on no sales line, so the distributor it was sold to cannot be traced',
  },
};

/** The reason text of a problem in the caller's language. */
export function problemText(locale: Locale, p: CellProblem): string {
  return problems[locale][p];
}

/** Header name of a column in the caller's language (used in error lists). */
export function columnLabel(locale: Locale, c: ColumnSpec): string {
  return locale === 'en' ? c.en : c.zh;
}

/** Maps header cells to column keys; unknown headers are ignored. Returns the index of each known key. */
export function mapHeader(entity: ImportEntity, header: string[]): { index: Map<string, number>; missing: ColumnSpec[] } {
  const index = new Map<string, number>();
  const norm = (s: string) => s.trim().toLowerCase();
  header.forEach((h, i) => {
    const c = columnsOf[entity].find((x) => [x.key, x.zh, x.en].some((n) => norm(n) === norm(h)));
    if (c && !index.has(c.key)) index.set(c.key, i);
  });
  return { index, missing: columnsOf[entity].filter((c) => c.required && !index.has(c.key)) };
}
