import type { BilingualUnit } from '../../model/bilingual.ts';

/**
 * Splits units into the XLIFF 2 units a fresh file writes: consecutive units that were segments of one file unit
 * (same `segmentOf`) form one group, written as that unit's segments; any other unit is a group of its own. A run
 * whose segments use the same code id twice stays split, since ids must be unique within an XLIFF 2 unit.
 * Units in, groups out, in order.
 */
export function segmentGroups(units: readonly BilingualUnit[]): BilingualUnit[][] {
  const groups: BilingualUnit[][] = [];
  let index = 0;
  while (index < units.length) {
    const first = units[index]!;
    let end = index + 1;
    if (first.segmentOf !== undefined) {
      while (end < units.length && units[end]!.segmentOf === first.segmentOf) end++;
    }
    const run = units.slice(index, end);
    if (run.length > 1 && codeIdsAreDistinct(run)) groups.push(run);
    else for (const unit of run) groups.push([unit]);
    index = end;
  }
  return groups;
}

/** Whether no code id is used by two of the units. */
function codeIdsAreDistinct(units: readonly BilingualUnit[]): boolean {
  const owner = new Map<string, BilingualUnit>();
  for (const unit of units) {
    for (const code of unit.codes) {
      const seen = owner.get(code.id);
      if (seen !== undefined && seen !== unit) return false;
      owner.set(code.id, unit);
    }
  }
  return true;
}
