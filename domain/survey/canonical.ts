/**
 * Canonical JSON (ADR 0014: the diagnosis report's digest, and value equality in the offline draft
 * merge): object keys sorted by UTF-16 code unit, `undefined` object members dropped, arrays in
 * their order, no whitespace. Non-finite numbers become null, as in JSON.stringify.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number') return Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: unsupported ${typeof value}`);
}

/**
 * The value with "nothing" removed: null, undefined, blank strings, empty arrays and empty objects
 * are all absent. Two drafts that differ only in such emptiness mean the same (a cleared field
 * and a never-touched one), so the merge compares normalised values.
 */
export function withoutEmpty(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((v) => withoutEmpty(v) ?? null);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const n = withoutEmpty(v);
      if (n !== undefined) out[k] = n;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

/** Equal once emptiness is ignored and keys are ordered. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonicalJson(withoutEmpty(a)) === canonicalJson(withoutEmpty(b));
}
