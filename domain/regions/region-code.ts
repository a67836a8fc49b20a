/**
 * GB/T 2260 six-digit administrative division codes as a tree (shared/reference/regions.md §1).
 * Digits 1–2 province, 3–4 prefecture, 5–6 county; `0000` / `00` suffixes mark the upper levels.
 * Jurisdiction is "is this code inside that subtree", which for these codes is a prefix test.
 */
type RegionLevel = 'national' | 'province' | 'city' | 'county';

/** The whole country: the national bureau's jurisdiction. */
export const NATIONAL_REGION_CODE = '000000';

export function isRegionCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

export function regionLevel(code: string): RegionLevel {
  if (code === NATIONAL_REGION_CODE) return 'national';
  if (code.endsWith('0000')) return 'province';
  if (code.endsWith('00')) return 'city';
  return 'county';
}

/** The prefix every code in this region's subtree starts with ('' for the whole country). */
export function regionPrefix(code: string): string {
  switch (regionLevel(code)) {
    case 'national':
      return '';
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    case 'county':
      return code;
  }
}

/** True when `code` is `ancestor` itself or lies in its subtree. */
export function isWithinRegion(code: string, ancestor: string): boolean {
  return code.startsWith(regionPrefix(ancestor));
}

/** The parent code by the code structure (province for a city, city for a county). */
export function parentRegionCode(code: string): string | null {
  switch (regionLevel(code)) {
    case 'national':
      return null;
    case 'province':
      return NATIONAL_REGION_CODE;
    case 'city':
      return `${code.slice(0, 2)}0000`;
    case 'county':
      return `${code.slice(0, 4)}00`;
  }
}

/** Ancestors from the country down to (and including) the code itself. */
export function regionLineage(code: string): string[] {
  const chain: string[] = [];
  for (let c: string | null = code; c !== null; c = parentRegionCode(c)) chain.unshift(c);
  return chain;
}
