import { demoLines } from './catalogue';
import { daysIn, formatDate, monthsBefore } from './dates';
import type { Random } from './random';

/** One demo sales line (machines carry one serial number per unit). */
export interface DemoSalesLine {
  id: string;
  externalRef: string;
  date: string;
  accountId: string;
  productId: string;
  quantity: number;
  amountFen: number;
  grossProfitFen: number;
  serialNumbers: string[];
}

interface SalesAccount {
  id: string;
  kind: 'distributor' | 'sub_dealer' | 'end_user';
  status: 'active' | 'dormant' | 'closed';
}
interface SalesProduct {
  id: string;
  model: string;
  lineId: string;
  listPriceFen: number;
}

// Machine-tool demand in China: the Spring Festival empties February, year-end budgets fill December.
const season = [0.8, 0.45, 1.15, 1.1, 1.05, 1, 0.9, 0.85, 1.1, 0.95, 1.1, 1.3];
const seasonMean = season.reduce((s, x) => s + x, 0) / 12;
/** Average sales lines per account over the 24 months (×10 accounts gives ≥ 500,000 lines for the benchmark). */
const linesPerAccount = 34;
const months = 24;

function poisson(r: Random, mean: number): number {
  if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * r.normal()));
  const limit = Math.exp(-mean);
  let k = 0;
  for (let p = r.next(); p > limit; p *= r.next()) k++;
  return k;
}

// Pareto-like sizes: a few big distributors and some large end users carry most of the revenue.
function sizeOf(r: Random, kind: SalesAccount['kind']): number {
  // Spreads chosen so that about a fifth of each kind carries about four fifths of its sales (R2.2.4).
  if (kind === 'distributor') return 10 * Math.exp(1.75 * r.normal());
  if (kind === 'sub_dealer') return 2 * Math.exp(1.3 * r.normal());
  return Math.exp(1.35 * r.normal());
}

const discount: Record<SalesAccount['kind'], readonly [number, number]> = { distributor: [0.12, 0.22], sub_dealer: [0.08, 0.15], end_user: [0, 0.1] };

/** 24 months of sales lines ending with the month before `referenceDate`, in date order per month. */
export function generateSales(r: Random, input: { accounts: readonly SalesAccount[]; products: readonly SalesProduct[]; referenceDate: string }): DemoSalesLine[] {
  const sizes = input.accounts.map((a) => sizeOf(r, a.kind));
  const totalSize = sizes.reduce((s, x) => s + x, 0);
  const perSize = (linesPerAccount * input.accounts.length) / totalSize;
  const byLine = new Map(demoLines.map((l) => [l.id, input.products.filter((p) => p.lineId === l.id)]));
  const serialSeq = new Map<string, number>();
  const lines: DemoSalesLine[] = [];
  let ref = 0;
  const calendar = monthsBefore(input.referenceDate, months);
  calendar.forEach((ym, i) => {
    const factor = ((season[ym.month - 1] ?? 1) / seasonMean) * (1 + (0.08 * (i - months / 2)) / 12);
    const monthLines: DemoSalesLine[] = [];
    input.accounts.forEach((account, ai) => {
      // Dormant accounts stopped buying half a year ago, closed ones a year ago.
      if ((account.status === 'dormant' && i >= months - 6) || (account.status === 'closed' && i >= months - 12)) return;
      const n = poisson(r, ((sizes[ai] ?? 1) * perSize * factor) / months);
      for (let k = 0; k < n; k++) {
        const line = r.weighted(demoLines, (l) => l.share);
        const models = byLine.get(line.id) ?? [];
        const product = r.weighted(models, (p) => 1 / Math.sqrt(p.listPriceFen));
        const quantity = !line.machine ? (line.id === 'service' ? 1 : r.int(1, 12)) : account.kind === 'distributor' ? r.weighted([1, 2, 3, 4], (q) => 1 / q) : r.chance(0.85) ? 1 : 2;
        const [dLow, dHigh] = discount[account.kind];
        const price = product.listPriceFen * quantity * (1 - (dLow + r.next() * (dHigh - dLow)));
        const amountFen = Math.round(price / 100) * 100;
        const grossProfitFen = Math.round(amountFen * (line.margin[0] + r.next() * (line.margin[1] - line.margin[0])));
        let day = r.int(1, daysIn(ym));
        // Nobody invoices on Sunday.
        if (new Date(Date.UTC(ym.year, ym.month - 1, day)).getUTCDay() === 0) day = day > 1 ? day - 1 : day + 1;
        const date = formatDate(ym, day);
        const serialNumbers: string[] = [];
        if (line.machine) {
          for (let q = 0; q < quantity; q++) {
            const seq = (serialSeq.get(product.model) ?? 0) + 1;
            serialSeq.set(product.model, seq);
            serialNumbers.push(`${product.model}-${date.slice(2, 4)}${date.slice(5, 7)}-${String(seq).padStart(5, '0')}`);
          }
        }
        monthLines.push({
          id: r.uuid(), externalRef: `SO${String(++ref).padStart(8, '0')}`, date, accountId: account.id, productId: product.id,
          quantity, amountFen, grossProfitFen, serialNumbers,
        });
      }
    });
    monthLines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    lines.push(...monthLines);
  });
  return lines;
}
