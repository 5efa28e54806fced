import { sql } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { addDays, getTrailingYearWindow } from '@qudao/domain';
import { insertUnnest } from './bulk';
import { createRandom, type Random } from './random';

// The demo archive (issue 4): filled realistically but not completely, so completeness varies and some
// sections are stale; regional characteristics for most units with accounts; a few leads (one a near
// duplicate of an account); monthly targets around the last and the next months.

const pick = <T>(r: Random, items: readonly T[]) => r.pick(items);
const culture = ['老工业基地，重技术、重口碑', '民营经济活跃，决策快、重价格', '国企配套为主，重关系、流程长', '外向型制造集群，重交期与服务'];
const customs = ['节前走访、重人情往来', '饭桌上谈生意，白酒为主', '讲究先试机后付款', '重视当面拜访，电话不如见面'];
const potential = ['汽车零部件扩产，五年内设备需求旺盛', '模具产业升级，五轴与高速加工需求增加', '传统机加工饱和，更新换代为主', '新能源产业园落地，增量可观'];
const specialty = ['数控车床及配套刀具', '立式加工中心与售后服务', '二手设备翻新与置换', '工程机械配件加工设备'];
const brands = ['大连机床', '宝鸡机床', '济南二机', '马扎克', '哈斯', '台湾友嘉', '北京精雕'];
const ratings = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B'] as const;
// Distributors that have lasted in the channel mostly pay well.
const distributorRatings = ['AAA', 'AA', 'AA', 'A', 'A', 'A', 'A', 'BBB', 'BBB', 'BB'] as const;
const personalities = ['直爽，决策快', '谨慎，重数据', '健谈，重关系', '稳重，话不多'];
const interestsList = ['数控技术交流', '汽车', '茶道', '篮球', '历史'];
const hobbiesList = ['钓鱼', '羽毛球', '围棋', '摄影', '登山'];
const educations = ['大专', '本科', '硕士', '技校'];

interface Row { id: string; kind: 'distributor' | 'sub_dealer' | 'end_user'; unitId: string; name: string; phone: string | null; address: string | null }

const rows = <T>(res: unknown): T[] => (Array.isArray(res) ? res : (res as { rows: unknown[] }).rows) as T[];

// Our trailing-12-month sales through each distributor (its own and its downline's), as the tiers read them.
async function salesThroughDistributors(db: Db, referenceDate: string): Promise<Map<string, number>> {
  const { fromDate, toDate } = getTrailingYearWindow(referenceDate);
  const result = rows<{ id: string; fen: number }>(await db.execute(sql`
    select coalesce(b.distributor_id, b.id) as id, sum(s.amount_fen)::float8 as fen
    from sales_lines s join accounts b on b.id = s.account_id
    where s.date >= ${fromDate}::date and s.date <= ${toDate}::date
    group by 1`));
  return new Map(result.map((x) => [x.id, Number(x.fen)]));
}

function turnoverFor(r: Random, ourSalesFen: number): number {
  const roll = r.next();
  const sharePct = roll < 0.25 ? 62 + r.next() * 23 : roll < 0.87 ? 22 + r.next() * 36 : 8 + r.next() * 11;
  // Whole ten-thousands of yuan, as a distributor would state it; a small shop still turns over ¥2 M.
  return Math.max(2_000_000_00, Math.round(ourSalesFen / (sharePct / 100) / 1_000_000) * 1_000_000);
}

/** Fills the archive tables for the demo accounts of `referenceDate`, deterministically for `seed`. */
export async function fillDemoArchive(db: Db, referenceDate: string, seed: number) {
  const r = createRandom(seed * 7919 + 5);
  const accounts = rows<Row>(await db.execute(sql`select id, kind, unit_id as "unitId", name, phone, address from accounts order by id`));
  const contacts = rows<{ id: string; accountId: string }>(await db.execute(sql`select id, account_id as "accountId" from contacts order by id`));
  const daysAgo = () => addDays(referenceDate, -r.int(5, 480));
  const ourSales = await salesThroughDistributors(db, referenceDate);
  const profiles: Record<string, unknown>[] = [];
  const meta: { accountId: string; section: string; source: string; updatedOn: string; verified: boolean }[] = [];
  const competitors: { accountId: string; brand: string; models: string; priceNote: string }[] = [];
  const outcomes: { accountId: string; date: string; outcome: string; brand: string | null; model: string; priceFen: number; reason: string }[] = [];
  for (const a of accounts) {
    // About one customer in eight has no archive beyond its basic data; distributors are always looked after.
    if (a.kind !== 'distributor' && r.chance(0.12)) continue;
    const trading = r.chance(a.kind === 'distributor' ? 0.95 : 0.75);
    const deeper = r.chance(0.6);
    const comp = r.chance(0.55);
    // A distributor's machine-tool turnover follows from what it sells of ours and a drawn share of its
    // business, so the tiers come out as a real channel would: some key accounts above 60 %, most in the
    // 20–60 % band, a few where we are marginal (which the tier rules send to review).
    const turnoverFen = a.kind === 'distributor' ? turnoverFor(r, ourSales.get(a.id) ?? 0) : null;
    profiles.push({
      accountId: a.id,
      businessScope: r.chance(0.8) ? pick(r, specialty) : null,
      salesActivity: trading ? pick(r, ['稳定采购', '季节性采购', '近期询价增多', '采购放缓']) : null,
      problems: trading && r.chance(0.7) ? pick(r, ['回款偏慢', '对交期有抱怨', '技术人员流动大', '暂无']) : null,
      potential: trading ? pick(r, ['高', '中', '低']) : null,
      financialStatus: trading && r.chance(0.6) ? pick(r, ['良好', '一般', '偏紧']) : null,
      creditRating: trading ? pick(r, a.kind === 'distributor' ? distributorRatings : ratings) : null,
      creditLimitFen: trading && r.chance(0.7) ? r.int(10, 300) * 10_000_00 : null,
      businessSpecialty: deeper ? pick(r, specialty) : null,
      industryPosition: deeper ? pick(r, ['省内前三', '地市龙头', '区域中等', '新进入者']) : null,
      distributionCapacity: deeper && a.kind !== 'end_user' ? `${r.int(2, 25)} 家二级网点` : null,
      capitalStrength: deeper && r.chance(0.8) ? pick(r, ['强', '中', '弱']) : null,
      commercialCredit: deeper && r.chance(0.7) ? pick(r, ['好', '一般']) : null,
      willingnessToCooperate: deeper ? pick(r, ['高', '中', '观望']) : null,
      machineToolTurnoverFen: deeper || trading ? turnoverFen : null,
      competitorRelations: comp && r.chance(0.6) ? '与竞品保持采购往来' : null,
      orderFlow: comp && r.chance(0.5) ? pick(r, ['主要流向汽配厂', '主要流向模具厂', '以本地中小加工厂为主']) : null,
    });
    const source = () => pick(r, ['visit', 'visit', 'manual', 'import']);
    for (const [section, on] of [['basic', true], ['trading', trading], ['deeper', deeper], ['competitors', comp], ['contacts', true]] as const) {
      if (on) meta.push({ accountId: a.id, section, source: source(), updatedOn: daysAgo(), verified: r.chance(0.3) });
    }
    if (comp) {
      for (let i = r.int(1, 2); i > 0; i--) competitors.push({ accountId: a.id, brand: pick(r, brands), models: pick(r, ['CK6150', 'VMC850', 'CAK6140', 'XH714']), priceNote: `${r.int(8, 45)} 万` });
      for (let i = r.int(0, 3); i > 0; i--) {
        const won = r.chance(0.55);
        outcomes.push({ accountId: a.id, date: daysAgo(), outcome: won ? 'won' : 'lost', brand: won ? null : pick(r, brands), model: pick(r, ['CK6150', 'VMC850', 'CAK6140']), priceFen: r.int(8, 45) * 10_000_00, reason: won ? '交期和服务' : pick(r, ['价格低 5%', '关系户', '交期更短']) });
      }
    }
  }
  const s = (c: string, type: 'text' | 'int8' | 'bool' | 'uuid' | 'date') => ({ name: c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`), type, value: (p: Record<string, unknown>) => p[c] ?? null });
  await insertUnnest<Record<string, unknown>>(db, 'account_profiles', [
    s('accountId', 'uuid'), s('businessScope', 'text'), s('salesActivity', 'text'), s('problems', 'text'), s('potential', 'text'), s('financialStatus', 'text'), s('creditRating', 'text'),
    s('creditLimitFen', 'int8'), s('businessSpecialty', 'text'), s('industryPosition', 'text'), s('distributionCapacity', 'text'), s('capitalStrength', 'text'), s('commercialCredit', 'text'),
    s('willingnessToCooperate', 'text'), s('machineToolTurnoverFen', 'int8'), s('competitorRelations', 'text'), s('orderFlow', 'text'),
  ], profiles);
  const hq = rows<{ id: string }>(await db.execute(sql`select id from users where role = 'hq' order by username limit 1`))[0]?.id ?? null;
  await insertUnnest<(typeof meta)[number]>(db, 'archive_section_meta', [
    { name: 'account_id', type: 'uuid', value: (m) => m.accountId },
    { name: 'section', type: 'text', value: (m) => m.section },
    { name: 'source', type: 'text', value: (m) => m.source },
    { name: 'updated_on', type: 'date', value: (m) => m.updatedOn },
    { name: 'verified_by', type: 'uuid', value: (m) => (m.verified ? hq : null) },
    { name: 'verified_at', type: 'text', value: (m) => (m.verified ? `${m.updatedOn}T04:00:00Z` : null), expression: (c) => `${c}::timestamptz` },
    { name: 'evidence_ref', type: 'text', value: (m) => (m.verified ? `拜访记录 ${m.updatedOn}` : null) },
  ], meta);
  await insertUnnest<(typeof competitors)[number]>(db, 'account_competitors', [
    { name: 'account_id', type: 'uuid', value: (c) => c.accountId }, { name: 'brand', type: 'text', value: (c) => c.brand }, { name: 'models', type: 'text', value: (c) => c.models }, { name: 'price_note', type: 'text', value: (c) => c.priceNote },
  ], competitors);
  await insertUnnest<(typeof outcomes)[number]>(db, 'order_outcomes', [
    { name: 'account_id', type: 'uuid', value: (o) => o.accountId }, { name: 'date', type: 'date', value: (o) => o.date }, { name: 'outcome', type: 'text', value: (o) => o.outcome },
    { name: 'competitor_brand', type: 'text', value: (o) => o.brand }, { name: 'model', type: 'text', value: (o) => o.model }, { name: 'price_fen', type: 'int8', value: (o) => o.priceFen }, { name: 'reason', type: 'text', value: (o) => o.reason },
  ], outcomes);
  // Contact profiles: key people mostly profiled, others thinly; one contact in five has none yet.
  const cp = contacts.filter(() => r.chance(0.8)).map((c) => {
    const full = r.chance(0.5);
    return { contactId: c.id, isKey: r.chance(0.6), personality: pick(r, personalities), interests: full || r.chance(0.5) ? pick(r, interestsList) : null, hobbies: full ? pick(r, hobbiesList) : null, family: full ? pick(r, ['已婚，一子', '已婚，一女', '子女在外地读书']) : null, education: r.chance(0.7) ? pick(r, educations) : null, age: r.chance(0.6) ? r.int(30, 62) : null, abilities: full ? pick(r, ['懂技术', '善谈判', '人脉广']) : null, background: full ? pick(r, ['原国企车间主任', '技术员出身', '销售起家']) : null, consent: '拜访中本人口头同意记录' };
  });
  await insertUnnest<(typeof cp)[number]>(db, 'contact_profiles', [
    { name: 'contact_id', type: 'uuid', value: (c) => c.contactId }, { name: 'is_key', type: 'bool', value: (c) => c.isKey }, { name: 'personality', type: 'text', value: (c) => c.personality },
    { name: 'interests', type: 'text', value: (c) => c.interests }, { name: 'hobbies', type: 'text', value: (c) => c.hobbies }, { name: 'family', type: 'text', value: (c) => c.family },
    { name: 'education', type: 'text', value: (c) => c.education }, { name: 'age', type: 'int4', value: (c) => c.age }, { name: 'abilities', type: 'text', value: (c) => c.abilities },
    { name: 'background', type: 'text', value: (c) => c.background }, { name: 'source', type: 'text', value: () => 'visit' }, { name: 'consent_note', type: 'text', value: (c) => c.consent },
  ], cp);
  await fillRegionsLeadsTargets(db, r, accounts, referenceDate);
}

async function fillRegionsLeadsTargets(db: Db, r: Random, accounts: Row[], referenceDate: string) {
  const unitIds = [...new Set(accounts.map((a) => a.unitId))].sort().filter(() => r.chance(0.7));
  const regions = unitIds.map((unitId) => ({ unitId, culture: pick(r, culture), customs: r.chance(0.8) ? pick(r, customs) : null, potential: pick(r, potential), on: addDays(referenceDate, -r.int(20, 700)) }));
  await db.execute(sql`delete from unit_profiles`);
  await insertUnnest<(typeof regions)[number]>(db, 'unit_profiles', [
    { name: 'unit_id', type: 'text', value: (u) => u.unitId }, { name: 'culture', type: 'text', value: (u) => u.culture }, { name: 'customs', type: 'text', value: (u) => u.customs },
    { name: 'development_potential', type: 'text', value: (u) => u.potential }, { name: 'source', type: 'text', value: () => 'visit' }, { name: 'updated_on', type: 'date', value: (u) => u.on },
  ], regions);
  // A few leads of the first rep in their own territory; the first is a near duplicate of one of their accounts.
  const rep = rows<{ id: string; unitId: string }>(await db.execute(sql`select u.id, tu.unit_id as "unitId" from users u join territories t on t.owner_id = u.id join territory_units tu on tu.territory_id = t.id where u.username = 'rep01' order by tu.unit_id limit 1`))[0];
  if (rep) {
    const near = accounts.find((a) => a.unitId === rep.unitId);
    const leads = [
      ...(near ? [{ name: `${near.name.replace(/有限公司$/, '')}（新厂）`, phone: near.phone, address: near.address, contact: '赵工', source: 'visit', needs: '新厂区需要 6 台数控车床' }] : []),
      { name: '鲲鹏齿轮箱研究所', phone: '13904561234', address: null, contact: '孙经理', source: 'exhibition', needs: '五轴加工中心询价' },
      { name: '青鸾航空标准件厂', phone: '13800991122', address: null, contact: '钱厂长', source: 'referral', needs: '老设备更新，预算 80 万' },
      { name: '玄武特种液压', phone: null, address: null, contact: null, source: 'phone', needs: '电话咨询立式加工中心' },
    ];
    for (const l of leads) {
      const at = `${addDays(referenceDate, -r.int(3, 40))}T02:30:00Z`;
      const [lead] = rows<{ id: string }>(await db.execute(sql`insert into leads (name, kind, unit_id, address, phone, contact_name, source, collected, owner_id, created_at, updated_at)
        values (${l.name}, 'end_user', ${rep.unitId}, ${l.address}, ${l.phone}, ${l.contact}, ${l.source}, ${JSON.stringify({ needs: l.needs })}::jsonb, ${rep.id}::uuid, ${at}::timestamptz, ${at}::timestamptz) returning id`));
      // The lead's history, so a conversion carries it onto the account.
      const fields: [string, unknown][] = [['name', l.name], ['source', l.source], ['phone', l.phone], ['contactName', l.contact], ['collected', { needs: l.needs }]];
      for (const [field, value] of fields.filter(([, v]) => v !== null)) {
        await db.execute(sql`insert into audit_log (at, user_id, entity, entity_id, field, old_value, new_value, source) values (${at}::timestamptz, ${rep.id}::uuid, 'lead', ${lead!.id}, ${field}, null, ${JSON.stringify(value)}::jsonb, 'visit')`);
      }
    }
  }
  // Targets: 10 % over the account's average of the last three months, for the three months before
  // the current one through the next one.
  const months = [-3, -2, -1, 0, 1].map((d) => addDays(`${referenceDate.slice(0, 7)}-15`, Math.trunc(d * 30.5)).slice(0, 7));
  const from = addDays(`${referenceDate.slice(0, 7)}-01`, -92);
  await db.execute(sql`
    insert into sales_targets (account_id, month, amount_fen)
    select s.account_id, m.month, (round(sum(s.amount_fen) / 3.0 * 1.1 / 100000) * 100000)::bigint
    from sales_lines s cross join unnest(${`{${months.join(',')}}`}::text[]) as m(month)
    where s.date >= ${from}::date group by s.account_id, m.month having sum(s.amount_fen) > 0
    on conflict (account_id, month) do nothing`);
}
