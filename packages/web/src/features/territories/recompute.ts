import { sumTerritoryWorkload, type WorkloadConfig } from '@qudao/domain';
import type { UnitWorkloadRow, WorkloadReport } from '@qudao/contract';

/** Unit → territory. */
export type Assignment = ReadonlyMap<string, string>;

/** The assignment stored on the server. */
export function currentAssignment(report: WorkloadReport): Map<string, string> {
  return new Map(report.units.filter((u) => u.territoryId).map((u) => [u.unitId, u.territoryId!]));
}

/** Workload per territory for an assignment, computed in the browser from the per-unit workload (what-if). */
export function recomputeTerritories(report: WorkloadReport, assignment: Assignment) {
  const groups = new Map<string, UnitWorkloadRow[]>(report.territories.map((t) => [t.territoryId, []]));
  for (const u of report.units) groups.get(assignment.get(u.unitId) ?? '')?.push(u);
  return report.territories.map((t) => ({ ...t, ...sumTerritoryWorkload(groups.get(t.territoryId)!, report.config as WorkloadConfig) }));
}

/** Units whose territory differs from the server's. */
export function pendingMoves(report: WorkloadReport, assignment: Assignment): { unitId: string; territoryId: string }[] {
  return report.units.filter((u) => assignment.get(u.unitId) !== u.territoryId).map((u) => ({ unitId: u.unitId, territoryId: assignment.get(u.unitId)! }));
}

const palette = ['#5470c6', '#91cc75', '#fac858', '#ee6666', '#73c0de', '#3ba272', '#fc8452', '#9a60b4', '#ea7ccc', '#8d6e63', '#26a69a', '#c0ca33', '#7e57c2', '#ef5350', '#42a5f5', '#ffa726'];

/** A stable colour per territory (by its position in the report). */
export function territoryColour(index: number): string {
  return palette[index % palette.length]!;
}
