import { computeSizing, computeUnitWorkload, repCapacityHours, sumTerritoryWorkload, type UnitWorkload, type ValueClassConfig, type WorkloadConfig } from '@qudao/domain';
import type { SizingReport, TerritoryWorkloadRow, UnitWorkloadRow, WorkloadReport } from '@qudao/contract';
import type { DesignAccount, ScopeData } from './scope-data';
import { effectivePeriodDays } from './scope-data';
import type { UnitShape } from './unit-shapes';

/** Per-unit workload of the scope (R1.2–R1.5), in the scope's unit order. */
export function unitWorkloads(data: ScopeData, shapes: ReadonlyMap<string, UnitShape>, config: WorkloadConfig, classes: ValueClassConfig): UnitWorkloadRow[] {
  const byUnit = new Map<string, DesignAccount[]>();
  for (const a of data.accounts) {
    const list = byUnit.get(a.unitId);
    if (list) list.push(a);
    else byUnit.set(a.unitId, [a]);
  }
  return data.units.map((u) => ({
    unitId: u.id,
    name: u.name,
    territoryId: u.territoryId,
    ...computeUnitWorkload(byUnit.get(u.id) ?? [], shapes.get(u.id)?.areaKm2 ?? 0, config, classes),
  }));
}

/** Territory totals for an assignment unit → territory (the current one by default). */
export function territoryWorkloads(data: ScopeData, rows: readonly UnitWorkloadRow[], config: WorkloadConfig, assignment?: ReadonlyMap<string, string>): TerritoryWorkloadRow[] {
  const grouped = new Map<string, UnitWorkload[]>(data.territories.map((t) => [t.id, []]));
  for (const r of rows) grouped.get(assignment?.get(r.unitId) ?? r.territoryId ?? '')?.push(r);
  return data.territories.map((t) => ({ territoryId: t.id, name: t.name, ownerId: t.ownerId, ownerName: t.ownerName, ...sumTerritoryWorkload(grouped.get(t.id)!, config) }));
}

/** The workload page's data. */
export function buildWorkloadReport(data: ScopeData, rows: UnitWorkloadRow[], config: WorkloadConfig, adjacency: [string, string][]): WorkloadReport {
  return { units: rows, territories: territoryWorkloads(data, rows, config), capacityHours: repCapacityHours(config), config, effectivePeriodDays, adjacency };
}

/** Sales-force sizing of the scope (R1). */
export function buildSizing(data: ScopeData, rows: readonly UnitWorkloadRow[], config: WorkloadConfig, tolerancePct: number): SizingReport {
  const s = computeSizing(rows, tolerancePct / 100, config);
  return { ...s, currentReps: new Set(data.territories.map((t) => t.ownerId).filter(Boolean)).size };
}
