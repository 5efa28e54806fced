// Texts of the dashboards page and the monthly report (issue 8 item 5). Dashboard, series and category
// names come from @qudao/contract (dashboardTitles …) so the XLSX export says the same.

const zh = {
  title: '经营看板',
  region: '全部区域',
  team: '全部团队',
  rep: '全部业务员',
  period: '统计期间',
  export: '导出 Excel',
  report: '月度报告',
  drillTitle: '{{figure}} · {{category}}',
  drillHint: '点击图中的柱或点，查看对应客户',
  account: '客户',
  unit: '区域',
  kind: '类型',
  value: '数值',
  empty: '所选范围内没有数据',
  asOf: '统计日 {{date}}',
  table: '数据表',
  reportTitle: '{{month}} 月度经营报告',
  reportMonth: '报告月份',
  print: '打印 / 保存为 PDF',
  reportScope: '范围：{{scope}}',
  allScope: '全部可见客户',
  generated: '生成于 {{date}}',
  back: '返回看板',
  kinds: { distributor: '经销商', sub_dealer: '二级经销商', end_user: '最终用户' },
};

const en: typeof zh = {
  title: 'Dashboards',
  region: 'All regions',
  team: 'All teams',
  rep: 'All reps',
  period: 'Period',
  export: 'Export to Excel',
  report: 'Monthly report',
  drillTitle: '{{figure}} · {{category}}',
  drillHint: 'Click a bar or point to see the accounts behind it',
  account: 'Account',
  unit: 'Area',
  kind: 'Kind',
  value: 'Value',
  empty: 'No data in the selected range',
  asOf: 'As of {{date}}',
  table: 'Data table',
  reportTitle: 'Monthly report {{month}}',
  reportMonth: 'Month',
  print: 'Print / save as PDF',
  reportScope: 'Scope: {{scope}}',
  allScope: 'All visible accounts',
  generated: 'Generated {{date}}',
  back: 'Back to dashboards',
  kinds: { distributor: 'Distributor', sub_dealer: 'Sub-dealer', end_user: 'End user' },
};

/** Dashboard texts by language. */
export const dashboardsMessages = { 'zh-CN': zh, en };
