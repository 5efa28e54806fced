/**
 * Time-window segment algebra (Vidal et al. 2013, hard windows): a segment is summarised by its minimum
 * duration D (travel + service + unavoidable waiting), time warp TW (> 0 = infeasible), and the
 * earliest/latest start E/L. `concat` joins two segments with travel time t between them in O(1).
 * Results go to the exported scratch `out` to avoid allocation in inner loops.
 */
export const out = { D: 0, TW: 0, E: 0, L: 0 };

/** Concatenates (D1,TW1,E1,L1) ⊕ (D2,TW2,E2,L2) with travel t; result in `out`. */
export function concat(D1: number, TW1: number, E1: number, L1: number, t: number, D2: number, TW2: number, E2: number, L2: number): void {
  const delta = D1 - TW1 + t;
  const dWait = E2 - delta - L1 > 0 ? E2 - delta - L1 : 0;
  const dWarp = E1 + delta - L2 > 0 ? E1 + delta - L2 : 0;
  out.D = D1 + D2 + t + dWait;
  out.TW = TW1 + TW2 + dWarp;
  out.E = (E2 - delta > E1 ? E2 - delta : E1) - dWait;
  out.L = (L2 - delta < L1 ? L2 - delta : L1) + dWarp;
}

/** Feasibility tolerance on time warp and working time (time units). */
export const EPS = 1e-7;
