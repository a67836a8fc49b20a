/**
 * The dashboard's figures (issue item 8) and the list filters they drill into: the stages a funnel's "reached"
 * covers, the sub-region a participation counts under, the month of a training figure, the top N of a long series.
 */
import { MAIN_PATH, type Stage } from '../lifecycle/stages.js';
import { regionLevel } from '../regions/region-code.js';

/**
 * The main-path stages from `stage` on (the side exits never count as having reached a stage).
 * 004 / 001: a quota's place is held from selection on, so `stagesFrom('selected')` are the places taken.
 */
export function stagesFrom(stage: Stage): Stage[] {
  const at = (MAIN_PATH as ReadonlyArray<string>).indexOf(stage);
  return at < 0 ? [stage] : MAIN_PATH.slice(at);
}

/**
 * GB/T 2260: how many leading digits name the sub-region one level below `base` (a province for the country, a
 * city for a province, a county for a city); null for a county, which has none.
 */
export function childPrefixLength(base: string): 2 | 4 | 6 | null {
  switch (regionLevel(base)) {
    case 'national':
      return 2;
    case 'province':
      return 4;
    case 'city':
      return 6;
    case 'county':
      return null;
  }
}

/**
 * The sub-region of `base` that `code` lies in (its code padded with zeros), or null when `code` is outside `base`,
 * is `base` itself (a row filed at the base's own level belongs to no sub-region), or `base` has no sub-regions.
 */
export function childRegionOf(base: string, code: string): string | null {
  const length = childPrefixLength(base);
  if (length === null) return null;
  const baseLength = { 2: 0, 4: 2, 6: 4 }[length];
  if (code.slice(0, baseLength) !== base.slice(0, baseLength)) return null;
  const child = code.slice(0, length).padEnd(6, '0');
  return child === base ? null : child;
}

/** A calendar month `YYYY-MM` as the half-open date range [from, before). */
export function monthRange(month: string): { from: string; before: string } {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, before: `${next}-01` };
}

/** The `n` largest items (ties by their order) and the sum of the rest; `rest` is 0 when nothing is left over. */
export function topWithRest<T extends { count: number }>(
  items: ReadonlyArray<T>,
  n: number,
): { top: T[]; rest: number } {
  const sorted = [...items].sort((a, b) => b.count - a.count);
  const top = sorted.slice(0, Math.max(0, n));
  const rest = sorted.slice(top.length).reduce((sum, item) => sum + item.count, 0);
  return { top, rest };
}
