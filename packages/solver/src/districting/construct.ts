import { labelComponents } from './graph';
import { randomInt } from './rng';
import type { DistrictingData } from './state';

/** Load of unit i as one number: sum over measures of value / mean (so every measure counts alike). */
function unitLoad(data: DistrictingData, i: number): number {
  let s = 0;
  for (let m = 0; m < data.mCount; m++) if (data.mean[m]! > 0) s += data.values[i * data.mCount + m]! / data.mean[m]!;
  return s;
}

/**
 * Picks one centre per district (planar metres): locked/seed units for districts that have them, else
 * load-weighted k-means++ followed by a few Lloyd steps. Every connected part of the graph gets a centre.
 * Returns the seed unit of each district.
 */
function chooseSeedUnits(data: DistrictingData, rng: () => number): Int32Array {
  const { n, k, x, y, lockTo, graph } = data;
  const seeds = new Int32Array(k).fill(-1);
  for (let i = 0; i < n; i++) if (lockTo[i]! >= 0 && seeds[lockTo[i]!] === -1) seeds[lockTo[i]!] = i;
  const taken = new Uint8Array(n);
  for (let i = 0; i < n; i++) if (lockTo[i]! >= 0) taken[i] = 1;
  const comps = labelComponents(graph, () => true);
  const compHasSeed = new Uint8Array(comps.count);
  for (const s of seeds) if (s >= 0) compHasSeed[comps.label[s]!] = 1;
  const free: number[] = [];
  for (let d = 0; d < k; d++) if (seeds[d] === -1) free.push(d);
  const load = Float64Array.from({ length: n }, (_, i) => unitLoad(data, i) + 1e-9);
  // Each graph part must host a district, else its units could never join one contiguously.
  for (let c = 0; c < comps.count && free.length > 0; c++) {
    if (compHasSeed[c]) continue;
    let best = -1;
    for (let i = 0; i < n; i++) if (comps.label[i] === c && !taken[i] && (best < 0 || load[i]! > load[best]!)) best = i;
    if (best < 0) continue;
    seeds[free.shift()!] = best;
    taken[best] = 1;
  }
  if (free.length === 0) return seeds;
  const cx: number[] = [];
  const cy: number[] = [];
  for (const s of seeds) {
    if (s < 0) continue;
    cx.push(x[s]!);
    cy.push(y[s]!);
  }
  const dist2 = new Float64Array(n).fill(Infinity);
  const updateDist = (px: number, py: number) => {
    for (let i = 0; i < n; i++) dist2[i] = Math.min(dist2[i]!, (x[i]! - px) ** 2 + (y[i]! - py) ** 2);
  };
  for (let c = 0; c < cx.length; c++) updateDist(cx[c]!, cy[c]!);
  const fixedCount = cx.length;
  while (cx.length < k) {
    let total = 0;
    for (let i = 0; i < n; i++) total += Number.isFinite(dist2[i]!) ? load[i]! * dist2[i]! : load[i]!;
    let r = rng() * total;
    let pick = randomInt(rng, n);
    for (let i = 0; i < n; i++) {
      r -= Number.isFinite(dist2[i]!) ? load[i]! * dist2[i]! : load[i]!;
      if (r <= 0) {
        pick = i;
        break;
      }
    }
    cx.push(x[pick]!);
    cy.push(y[pick]!);
    updateDist(x[pick]!, y[pick]!);
  }
  // Lloyd steps move only the free centres; fixed ones are anchored by locks.
  for (let iter = 0; iter < 6; iter++) {
    const sw = new Float64Array(k);
    const sx = new Float64Array(k);
    const sy = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const dd = (x[i]! - cx[c]!) ** 2 + (y[i]! - cy[c]!) ** 2;
        if (dd < bestD) {
          bestD = dd;
          best = c;
        }
      }
      sw[best]! += load[i]!;
      sx[best]! += load[i]! * x[i]!;
      sy[best]! += load[i]! * y[i]!;
    }
    for (let c = fixedCount; c < k; c++) if (sw[c]! > 0) {
      (cx[c] = sx[c]! / sw[c]!);
      cy[c] = sy[c]! / sw[c]!;
    }
  }
  for (let c = fixedCount; c < k; c++) {
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      const dd = (x[i]! - cx[c]!) ** 2 + (y[i]! - cy[c]!) ** 2;
      if (dd < bestD) {
        bestD = dd;
        best = i;
      }
    }
    seeds[free[c - fixedCount]!] = best;
    taken[best] = 1;
  }
  return seeds;
}

/**
 * Region growing from the seeds: the district with the smallest load takes the free neighbouring unit
 * closest to its seed, so districts grow at the same pace and stay round. Locked units start in place.
 * Returns a complete assignment (contiguous unless locks split a district).
 */
export function growDistricts(data: DistrictingData, rng: () => number): Int32Array {
  const { n, k, mCount, graph, x, y, lockTo, values, mean } = data;
  const seeds = chooseSeedUnits(data, rng);
  const assign = new Int32Array(n).fill(-1);
  const load = new Float64Array(k * mCount);
  const frontier: number[][] = Array.from({ length: k }, () => []);
  const place = (i: number, d: number) => {
    assign[i] = d;
    for (let m = 0; m < mCount; m++) load[d * mCount + m]! += values[i * mCount + m]!;
    for (let p = graph.start[i]!; p < graph.start[i + 1]!; p++)
      if (assign[graph.neighbours[p]!] === -1) frontier[d]!.push(graph.neighbours[p]!);
  };
  for (let i = 0; i < n; i++) if (lockTo[i]! >= 0) place(i, lockTo[i]!);
  seeds.forEach((s, d) => {
    if (s >= 0 && assign[s] === -1) place(s, d);
  });
  const level = (d: number) => {
    let worst = 0;
    for (let m = 0; m < mCount; m++) if (mean[m]! > 0) worst = Math.max(worst, load[d * mCount + m]! / mean[m]!);
    return worst;
  };
  let left = 0;
  for (let i = 0; i < n; i++) if (assign[i] === -1) left++;
  while (left > 0) {
    let pickD = -1;
    let pickLevel = Infinity;
    for (let d = 0; d < k; d++) {
      const f = frontier[d]!;
      let write = 0;
      for (const u of f) if (assign[u] === -1) f[write++] = u;
      f.length = write;
      if (write > 0 && level(d) < pickLevel) {
        pickLevel = level(d);
        pickD = d;
      }
    }
    if (pickD < 0) break;
    const s = seeds[pickD]!;
    let best = -1;
    let bestD = Infinity;
    for (const u of frontier[pickD]!) {
      const dd = (x[u]! - x[s]!) ** 2 + (y[u]! - y[s]!) ** 2;
      if (dd < bestD) {
        bestD = dd;
        best = u;
      }
    }
    place(best, pickD);
    left--;
  }
  // Only reachable when a graph part holds no district: attach by distance (reported as non-contiguous).
  for (let i = 0; i < n; i++) {
    if (assign[i] !== -1) continue;
    let best = 0;
    let bestD = Infinity;
    seeds.forEach((s, d) => {
      const dd = (x[i]! - x[s]!) ** 2 + (y[i]! - y[s]!) ** 2;
      if (dd < bestD) {
        bestD = dd;
        best = d;
      }
    });
    assign[i] = best;
  }
  return assign;
}
