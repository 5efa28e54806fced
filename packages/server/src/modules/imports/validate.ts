import type { ImportEntity } from '@qudao/contract';
import type { CellProblem } from './columns';

/** A row of the file by column key, with its spreadsheet row number (header = row 1). */
export interface InputRow {
  row: number;
  cells: Record<string, string>;
}

/** A problem found in one cell. */
export interface RowProblem {
  row: number;
  column: string;
  problem: CellProblem;
}

/** What validation needs from the database: known codes and ids. */
export interface Lookups {
  unitIds: Set<string>;
  /** Account external code → id and kind. */
  accounts: Map<string, { id: string; kind: string }>;
  /** Product model → id. */
  products: Map<string, string>;
  /** Serials of the file found on sales lines (installations only). */
  serials?: Set<string>;
}

/** Parsed rows, ready to store. */
export type ParsedAccount = {
  row: number; externalCode: string; name: string; kind: 'distributor' | 'sub_dealer' | 'end_user'; unitId: string; distributorCode: string | null;
  address: string | null; phone: string | null; lng: number | null; lat: number | null; status: 'active' | 'dormant' | 'closed';
};
export type ParsedContact = { row: number; accountId: string; name: string; title: string | null; phone: string | null; email: string | null; isPrimary: boolean; notes: string | null };
export type ParsedSale = {
  row: number; externalRef: string; date: string; accountId: string; productId: string; quantity: number; amountFen: number; grossProfitFen: number; serialNumbers: string[];
};
export type ParsedTarget = { row: number; accountId: string; month: string; amountFen: number };
export type ParsedInstallation = { row: number; ref: string; kind: 'installation' | 'warranty'; date: string; serial: string; accountId: string; place: string | null };

const registrationKinds: Record<string, ParsedInstallation['kind']> = { installation: 'installation', 安装: 'installation', warranty: 'warranty', 保修: 'warranty' };

const kinds: Record<string, ParsedAccount['kind']> = {
  distributor: 'distributor', 经销商: 'distributor', sub_dealer: 'sub_dealer', 二级经销商: 'sub_dealer', end_user: 'end_user', 最终用户: 'end_user',
};
const statuses: Record<string, ParsedAccount['status']> = { active: 'active', 正常: 'active', dormant: 'dormant', 休眠: 'dormant', closed: 'closed', 关闭: 'closed' };
const bools: Record<string, boolean> = { yes: true, y: true, true: true, '1': true, 是: true, no: false, n: false, false: false, '0': false, 否: false };

function isDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Yuan with at most two decimals → integer fen; null when malformed. */
export function yuanToFen(s: string, allowNegative: boolean): number | null {
  const m = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(s.replace(/[,，\s]/g, ''));
  if (!m || (m[1] === '-' && !allowNegative)) return null;
  const fen = Number(m[2]) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] === '-' ? -fen : fen;
}

/**
 * Checks every row of an entity and reports every bad cell (not only the first per row); returns the
 * parsed good rows. Duplicate keys within the file are errors (the later row), so a commit never
 * depends on row order.
 */
export function validateRows(entity: ImportEntity, rows: InputRow[], lookups: Lookups): { problems: RowProblem[]; parsed: unknown[] } {
  const problems: RowProblem[] = [];
  const parsed: unknown[] = [];
  const seen = new Set<string>();
  // Distributors named in this file count as known for the accounts that buy through them.
  const fileDistributors = new Set(entity === 'accounts' ? rows.filter((r) => kinds[r.cells.kind ?? ''] === 'distributor').map((r) => r.cells.external_code ?? '') : []);
  for (const { row, cells } of rows) {
    const bad: RowProblem[] = [];
    const flag = (column: string, problem: CellProblem) => bad.push({ row, column, problem });
    const get = (k: string) => cells[k] ?? '';
    const need = (k: string, max = 200) => {
      const v = get(k);
      if (v === '') flag(k, 'required');
      else if (v.length > max) flag(k, 'too_long');
      return v;
    };
    const opt = (k: string, max = 500) => {
      const v = get(k);
      if (v.length > max) flag(k, 'too_long');
      return v === '' ? null : v;
    };
    const account = (k: string) => {
      const code = need(k);
      const a = code ? lookups.accounts.get(code) : undefined;
      if (code && !a) flag(k, 'account_unknown');
      return a?.id ?? '';
    };
    const once = (key: string, column: string) => {
      if (seen.has(key)) flag(column, 'duplicate_in_file');
      seen.add(key);
    };
    if (entity === 'accounts') {
      const externalCode = need('external_code', 64);
      const name = need('name');
      const kind = kinds[get('kind')];
      if (get('kind') === '') flag('kind', 'required');
      else if (!kind) flag('kind', 'kind_invalid');
      const unitId = need('unit_id', 64);
      if (unitId && !lookups.unitIds.has(unitId)) flag('unit_id', 'unit_unknown');
      const distributorCode = opt('distributor_code', 64);
      if (distributorCode !== null) {
        if (kind === 'distributor') flag('distributor_code', 'distributor_not_allowed');
        else if (!fileDistributors.has(distributorCode) && lookups.accounts.get(distributorCode)?.kind !== 'distributor') flag('distributor_code', 'distributor_unknown');
      }
      const status = get('status') === '' ? 'active' : statuses[get('status')];
      if (!status) flag('status', 'status_invalid');
      const lngS = get('lng');
      const latS = get('lat');
      const lng = lngS === '' ? null : Number(lngS);
      const lat = latS === '' ? null : Number(latS);
      if ((lng === null) !== (lat === null) || (lng !== null && !(Math.abs(lng) <= 180)) || (lat !== null && !(Math.abs(lat) <= 90))) flag('lng', 'coordinates_pair');
      if (externalCode) once(externalCode, 'external_code');
      if (bad.length === 0) {
        parsed.push({ row, externalCode, name, kind: kind!, unitId, distributorCode, address: opt('address'), phone: opt('phone', 64), lng, lat, status: status! } satisfies ParsedAccount);
      }
    } else if (entity === 'contacts') {
      const accountId = account('account_code');
      const name = need('name', 100);
      const email = opt('email', 200);
      if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) flag('email', 'email_invalid');
      const primaryRaw = get('is_primary').toLowerCase();
      const isPrimary = primaryRaw === '' ? false : bools[primaryRaw];
      if (isPrimary === undefined) flag('is_primary', 'bool_invalid');
      if (accountId && name) once(`${accountId}|${name}`, 'name');
      if (bad.length === 0) parsed.push({ row, accountId, name, title: opt('title', 100), phone: opt('phone', 64), email, isPrimary: isPrimary!, notes: opt('notes', 2000) } satisfies ParsedContact);
    } else if (entity === 'sales') {
      const externalRef = need('external_ref', 100);
      const date = need('date');
      if (date && !isDate(date)) flag('date', 'date_invalid');
      const accountId = account('account_code');
      const model = need('product_model', 100);
      const productId = model ? lookups.products.get(model) : undefined;
      if (model && !productId) flag('product_model', 'product_unknown');
      const q = need('quantity');
      const quantity = Number(q);
      if (q && !(Number.isInteger(quantity) && quantity > 0 && quantity < 1e6)) flag('quantity', 'number_invalid');
      const a = need('amount_yuan');
      const amountFen = a ? yuanToFen(a, false) : null;
      if (a && amountFen === null) flag('amount_yuan', 'money_invalid');
      const g = need('gross_profit_yuan');
      const grossProfitFen = g ? yuanToFen(g, true) : null;
      if (g && grossProfitFen === null) flag('gross_profit_yuan', 'money_invalid');
      if (externalRef) once(externalRef, 'external_ref');
      const serialNumbers = get('serial_numbers').split(/[;；]/).map((s) => s.trim()).filter((s) => s !== '');
      if (bad.length === 0) parsed.push({ row, externalRef, date, accountId, productId: productId!, quantity, amountFen: amountFen!, grossProfitFen: grossProfitFen!, serialNumbers } satisfies ParsedSale);
    } else if (entity === 'installations') {
      const ref = need('registration_ref', 100);
      const kind = registrationKinds[get('kind').toLowerCase()];
      if (get('kind') === '') flag('kind', 'required');
      else if (!kind) flag('kind', 'registration_kind_invalid');
      const date = need('date');
      if (date && !isDate(date)) flag('date', 'date_invalid');
      const serial = need('serial', 100);
      // A serial on no sales line cannot be traced to the distributor it was sold to.
      if (serial && !lookups.serials?.has(serial)) flag('serial', 'serial_unknown');
      const accountId = account('account_code');
      if (ref) once(ref, 'registration_ref');
      if (bad.length === 0) parsed.push({ row, ref, kind: kind!, date, serial, accountId, place: opt('place', 200) } satisfies ParsedInstallation);
    } else {
      const accountId = account('account_code');
      const month = need('month');
      if (month && !/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) flag('month', 'month_invalid');
      const a = need('amount_yuan');
      const amountFen = a ? yuanToFen(a, false) : null;
      if (a && amountFen === null) flag('amount_yuan', 'money_invalid');
      if (accountId && month) once(`${accountId}|${month}`, 'month');
      if (bad.length === 0) parsed.push({ row, accountId, month, amountFen: amountFen! } satisfies ParsedTarget);
    }
    problems.push(...bad);
  }
  return { problems, parsed };
}
