// Calibrates the travel term of the workload model (issue 7, R1.2): a field day visits `visitsPerDay`
// accounts of one unit, and its tour is estimated as k·√(stops·unitArea) (continuous approximation).
// Here k is fitted by least squares against the routing solver's TSP tours (straight-line metres) of
// random days drawn from each demo unit's accounts, and the fit's error is printed.
// Run: npx tsx packages/server/bench/territory-travel.ts [--days 40]
import { accountSpreadKm2, defaultWorkloadConfig } from '@qudao/domain';
import { Rng, solveSymmetricTsp } from '@qudao/solver';
import { buildDemoTerritoryInstance } from './territory-demo';

const days = Number(process.argv.includes('--days') ? process.argv[process.argv.indexOf('--days') + 1] : 40);
const m = defaultWorkloadConfig.visitsPerDay;
const mode = process.argv.includes('--unit-area') ? 'unit' : 'spread';
const rng = new Rng(7);
const inst = buildDemoTerritoryInstance(12, 1);
const haversineM = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) => {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lng - a.lng) * r) / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
};
const samples: { x: number; observedM: number }[] = [];
inst.unitIds.forEach((id, i) => {
  const accounts = inst.accountsByUnit.get(id)!;
  if (accounts.length < m) return;
  const spreadM2 = (accountSpreadKm2(accounts) ?? Infinity) * 1e6;
  const x = Math.sqrt(m * (mode === 'spread' ? Math.min(inst.problem.units[i]!.areaM2!, spreadM2) : inst.problem.units[i]!.areaM2!));
  let total = 0;
  for (let d = 0; d < days; d++) {
    const picked = [...accounts].sort(() => rng.next() - 0.5).slice(0, m);
    const w = new Float64Array(m * m);
    for (let a = 0; a < m; a++) for (let b = 0; b < m; b++) w[a * m + b] = haversineM(picked[a]!, picked[b]!);
    total += solveSymmetricTsp(m, w, 1, performance.now() + 1000, 200).length;
  }
  samples.push({ x, observedM: total / days });
});
const k = samples.reduce((s, p) => s + p.x * p.observedM, 0) / samples.reduce((s, p) => s + p.x * p.x, 0);
const mean = samples.reduce((s, p) => s + p.observedM, 0) / samples.length;
const ssRes = samples.reduce((s, p) => s + (p.observedM - k * p.x) ** 2, 0);
const ssTot = samples.reduce((s, p) => s + (p.observedM - mean) ** 2, 0);
const mape = samples.reduce((s, p) => s + Math.abs(p.observedM - k * p.x) / p.observedM, 0) / samples.length;
const totalErr = samples.reduce((s, p) => s + k * p.x, 0) / samples.reduce((s, p) => s + p.observedM, 0) - 1;
console.log(`units: ${samples.length}, days per unit: ${days}, stops per day: ${m}`);
console.log(`fitted k = ${k.toFixed(4)} (model default ${defaultWorkloadConfig.tourK}); R² = ${(1 - ssRes / ssTot).toFixed(3)}; mean |error| per unit = ${(mape * 100).toFixed(1)} %; error of the total = ${(totalErr * 100).toFixed(1)} %`);
