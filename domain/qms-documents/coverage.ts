/**
 * The coverage view of the register (003 §6.7.2.3: the documents per GB/T 19001; reference iso9001.md §1–§2): every
 * clause and every mandatory documented-information item with the effective documents covering it, or a recorded
 * reason of non-applicability (4.3), or a gap.
 */
import {
  CLAUSES,
  EXCLUDABLE_CLAUSES,
  MANDATORY_ITEMS,
  childClauses,
  clauseWithin,
  type DocumentedInfoKind,
} from './clauses.js';
import type { RegisterProblem } from './register.js';

export interface CoveringDocument {
  id: string;
  number: string;
  title: string;
  clauses: ReadonlyArray<string>;
  items: ReadonlyArray<string>;
}

export interface NonApplicability {
  clause: string;
  reason: string;
}

export type CoverageState = 'covered' | 'not_applicable' | 'gap';

export interface ClauseCoverage {
  clause: string;
  state: CoverageState;
  /** The effective documents naming the clause or a clause above it. */
  documentIds: string[];
  /** The non-applicability that holds for it (recorded on it or on a clause above it). */
  notApplicable: NonApplicability | null;
}

export interface ItemCoverage {
  item: string;
  clause: string;
  kind: DocumentedInfoKind;
  state: CoverageState;
  documentIds: string[];
  notApplicable: NonApplicability | null;
}

export interface Coverage {
  clauses: ClauseCoverage[];
  items: ItemCoverage[];
  gaps: { clauses: number; items: number };
}

const holdingNa = (clause: string, na: ReadonlyArray<NonApplicability>) =>
  na.find((n) => clauseWithin(clause, n.clause)) ?? null;

/**
 * A clause is covered by an effective document that names it or a clause above it (a manual naming 8 covers 8.5.1);
 * a clause with parts is also covered when each part is covered or not applicable and at least one is covered; a
 * recorded non-applicability on it or above it makes it not applicable. A mandatory item is covered only by an
 * effective document that names the item itself (the record or document must exist; a clause alone is not enough),
 * or not applicable when its clause is.
 */
export function computeCoverage(
  effective: ReadonlyArray<CoveringDocument>,
  notApplicable: ReadonlyArray<NonApplicability>,
): Coverage {
  const memo = new Map<string, ClauseCoverage>();
  const clauseCoverage = (clause: string): ClauseCoverage => {
    const known = memo.get(clause);
    if (known) return known;
    const documentIds = effective.filter((d) => d.clauses.some((c) => clauseWithin(clause, c))).map((d) => d.id);
    const na = holdingNa(clause, notApplicable);
    let state: CoverageState;
    if (na) state = 'not_applicable';
    else if (documentIds.length > 0) state = 'covered';
    else {
      const parts = childClauses(clause).map(clauseCoverage);
      state =
        parts.length > 0 && parts.every((p) => p.state !== 'gap') && parts.some((p) => p.state === 'covered')
          ? 'covered'
          : 'gap';
    }
    const result = { clause, state, documentIds, notApplicable: na };
    memo.set(clause, result);
    return result;
  };
  const clauses = CLAUSES.map((c) => clauseCoverage(c.id));
  const items = MANDATORY_ITEMS.map((m): ItemCoverage => {
    const documentIds = effective.filter((d) => d.items.includes(m.id)).map((d) => d.id);
    const na = holdingNa(m.clause, notApplicable);
    const state: CoverageState = na ? 'not_applicable' : documentIds.length > 0 ? 'covered' : 'gap';
    return { item: m.id, clause: m.clause, kind: m.kind, state, documentIds, notApplicable: na };
  });
  return {
    clauses,
    items,
    gaps: {
      clauses: clauses.filter((c) => c.state === 'gap').length,
      items: items.filter((i) => i.state === 'gap').length,
    },
  };
}

/**
 * A non-applicability (4.3): only of a clause whose requirement can be inapplicable (EXCLUDABLE_CLAUSES), with its
 * reason, once (a clause already inside a recorded exclusion needs no second one).
 */
export function nonApplicabilityProblem(
  clause: string,
  reason: string,
  recorded: ReadonlyArray<NonApplicability>,
): RegisterProblem | null {
  if (!EXCLUDABLE_CLAUSES.has(clause)) return { code: 'QMS_CLAUSE_NOT_EXCLUDABLE', field: 'clause', detail: clause };
  if (!reason.trim()) return { code: 'VALIDATION_FAILED', field: 'reason', detail: 'required' };
  const holding = holdingNa(clause, recorded);
  if (holding) return { code: 'QMS_NA_ALREADY_RECORDED', field: 'clause', detail: holding.clause };
  return null;
}
