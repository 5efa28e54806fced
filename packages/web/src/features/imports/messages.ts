// Texts of the import wizard and exports, Chinese first; English has the same keys.

const zh = {
  title: '导入与导出',
  entity: { accounts: '客户', contacts: '联系人', sales: '销售明细', targets: '月度目标', installations: '安装/保修登记' },
  step1: '选择数据类型',
  step2: '上传并检查',
  step3: '确认导入',
  template: '下载模板',
  export: '导出',
  chooseFile: '选择文件（.xlsx 或 .csv）',
  limits: '最大 20 MB、100,000 行；表头须与模板一致（可用英文列名或中文列名）。',
  checking: '正在检查…',
  report: '检查结果：共 {{rows}} 行，有效 {{valid}} 行；将新增 {{created}}、更新 {{updated}}、不变 {{unchanged}}',
  committed: '已导入：新增 {{created}}、更新 {{updated}}、不变 {{unchanged}}',
  alerts: '；{{count}} 台机器在售出经销商区域之外，已生成窜货报警',
  errors: '有误的行（{{count}}）',
  noErrors: '没有错误',
  row: '行',
  column: '列',
  reason: '原因',
  commit: '导入',
  commitBlocked: '请先修正所有错误行后再导入：导入是整体进行的，有任何错误行时不会导入任何数据。',
  atomic: '导入为整体操作：要么全部成功，要么不导入任何数据；重复导入同一文件不会产生重复记录。',
  again: '导入另一个文件',
};

const en: typeof zh = {
  title: 'Import and export',
  entity: { accounts: 'Accounts', contacts: 'Contacts', sales: 'Sales lines', targets: 'Monthly targets', installations: 'Installations / warranty' },
  step1: 'Choose data',
  step2: 'Upload and check',
  step3: 'Import',
  template: 'Download template',
  export: 'Export',
  chooseFile: 'Choose a file (.xlsx or .csv)',
  limits: 'At most 20 MB and 100,000 rows; the header must match the template (English or Chinese column names).',
  checking: 'Checking…',
  report: 'Checked {{rows}} rows, {{valid}} valid; would create {{created}}, update {{updated}}, leave {{unchanged}} unchanged',
  committed: 'Imported: created {{created}}, updated {{updated}}, unchanged {{unchanged}}',
  alerts: '; {{count}} machines stand outside their distributor’s territory — dumping alerts raised',
  errors: 'Rows with errors ({{count}})',
  noErrors: 'No errors',
  row: 'Row',
  column: 'Column',
  reason: 'Reason',
  commit: 'Import',
  commitBlocked: 'Fix every bad row first: the import is all-or-nothing and stores nothing while any row is bad.',
  atomic: 'The import is all-or-nothing; importing the same file again creates no duplicates.',
  again: 'Import another file',
};

/** The imports namespace. */
export const importsMessages = { 'zh-CN': zh, en };
