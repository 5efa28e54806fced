import type { ObjectiveType } from '@qudao/domain';
import type { Random } from './random';

// Realistic wording for the demo visit history (written for this project, in the voice of a
// machine-tool sales channel).

const models = ['CK6150', 'CK6140', 'VMC850', 'VMC1060', 'XK7132', 'TH6350', 'CAK6150'];
const competitors = ['大森', '马扎克', '海天精工', '宁波海天', '大连机床', '台湾友嘉'];
const people = ['王经理', '李总', '张厂长', '陈主任', '刘会计', '赵采购', '孙工'];
const policies = ['2026年冬季返利政策', '以旧换新补贴', '数控系统延保政策', '新品 VMC1060 上市价格', '年度返点调整'];

type ItemKind = 'machine_problem' | 'price_observation' | 'share_estimate' | 'policy' | 'order' | 'training' | 'distributor_evaluation' | 'machine_confirmed';

/** Demo wording and item choices. */
export const demoVisitText = {
  objective(rnd: Random, accountKind: string, serial: string | null, day: string): { type: ObjectiveType; details: Record<string, string | number> } {
    const month = day.slice(0, 7);
    const choices: { type: ObjectiveType; details: Record<string, string | number> }[] = [
      { type: 'new_order', details: { products: `${rnd.pick(models)} 数控机床`, quantity: rnd.int(1, 4) } },
      { type: 'policy', details: { policy: rnd.pick(policies) } },
      { type: 'price_investigation', details: { subject: `${rnd.pick(competitors)} ${rnd.pick(models)} 报价` } },
      { type: 'collection', details: { amountFen: rnd.int(5, 60) * 1_000_000 } },
    ];
    if (accountKind === 'distributor') choices.push({ type: 'reconciliation', details: { periodFrom: `${month}-01`, periodTo: day } }, { type: 'training', details: { topic: '新机型功能与卖点培训' } });
    if (serial) choices.push({ type: 'installation_followup', details: { serial } });
    return rnd.pick(choices);
  },
  itemKinds(rnd: Random, accountKind: string): ItemKind[] {
    const pool: ItemKind[] = accountKind === 'distributor'
      ? ['price_observation', 'share_estimate', 'policy', 'order', 'machine_problem', 'training']
      : ['machine_problem', 'distributor_evaluation', 'machine_confirmed', 'price_observation'];
    const n = rnd.int(1, 3);
    return [...new Set(Array.from({ length: n }, () => rnd.pick(pool)))];
  },
  item(rnd: Random, kind: ItemKind, machine: { serial: string; model: string } | null, day: string): Record<string, unknown> & { problem?: string } {
    switch (kind) {
      case 'machine_problem':
        return machine ? { kind, serial: machine.serial, problem: rnd.pick(['主轴异响', '刀塔换刀卡滞', '数控系统报警 2043', '导轨润滑不足', '尾座精度超差']) } : { kind: 'policy', policy: rnd.pick(policies), acknowledgedBy: rnd.pick(people) };
      case 'price_observation': {
        const ours = rnd.chance(0.3);
        return { kind, competitorBrand: ours ? null : rnd.pick(competitors), model: rnd.pick(models), priceFen: rnd.int(80, 450) * 100_000, context: rnd.pick(['客户拿来比价', '同行展会报价', '招标开标价']), source: rnd.pick(['客户报价单', '经销商口述', '招标公告']) };
      }
      case 'share_estimate': {
        const ours = rnd.int(25, 75);
        return { kind, ourSharePct: ours, competitors: [{ brand: rnd.pick(competitors), sharePct: Math.max(0, 100 - ours - rnd.int(0, 20)) }] };
      }
      case 'policy':
        return { kind, policy: rnd.pick(policies), acknowledgedBy: rnd.pick(people) };
      case 'order':
        return { kind, model: rnd.pick(models), quantity: rnd.int(1, 3), amountFen: rnd.int(15, 90) * 1_000_000 };
      case 'training':
        return { kind, topic: rnd.pick(['product', 'warehouse', 'staff', 'credit']), attendees: rnd.int(2, 12), material: '产品手册与操作视频' };
      case 'distributor_evaluation':
        return { kind, scores: { responsiveness: rnd.int(2, 5), technicalSkill: rnd.int(2, 5), spareParts: rnd.int(1, 5), attitude: rnd.int(3, 5) }, comment: rnd.pick(['响应及时', '备件常缺', '技术员经验不足', '服务态度好']) };
      case 'machine_confirmed':
        return { kind, serial: machine?.serial ?? `未登记-${day}`, place: rnd.pick(['一号车间', '二号车间', '装配线旁']) };
    }
  },
  missed: (rnd: Random) => rnd.pick(['客户临时外出', '路上堵车，改约下周', '客户盘点停业']),
  cancelled: (rnd: Random) => rnd.pick(['客户要求改期', '公司临时会议', '天气原因']),
  resolution: (rnd: Random) => rnd.pick(['更换主轴轴承，已恢复', '服务工程师上门调整参数', '更换润滑泵', '远程指导排除报警']),
  summary: (rnd: Random, outcome: string) =>
    outcome === 'met' ? rnd.pick(['目标达成，客户确认订单意向。', '对账无差异，双方签字盖章。', '政策已传达，客户认可。']) : outcome === 'partly_met' ? rnd.pick(['客户有意向，需等年底预算。', '部分达成，价格仍需商谈。']) : rnd.pick(['客户暂无需求，竞品报价更低。', '未见到决策人，改约下次。']),
  nextSteps: (rnd: Random) => rnd.pick(['下周电话跟进', '送检测报告', '安排技术培训', '报价给采购部']),
  comment: (rnd: Random) => rnd.pick(['跟进及时，注意价格底线。', '下次带上检测报告。', '对账照片清楚，好。']),
  promise: (rnd: Random) => ({ what: rnd.pick(['送检测报告', '安排技术员上门', '申请特价', '寄送样本资料', '协调备件到货']), toWhom: rnd.pick(people) }),
  evidence: (rnd: Random) => rnd.pick(['下次拜访当面交付', '快递单号已发客户', '服务单已关闭']),
  brokenReason: (rnd: Random) => rnd.pick(['特价未获批准', '备件缺货', '忘记跟进']),
};
