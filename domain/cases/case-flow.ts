/**
 * The way of an excellent case from its writers to the library (seed 002 step 10(2): 各地方局…编纂实践案例和推荐上报,
 * 总局经各地方局推荐、专家组评选; seed 003 §6.10.1, §6.11.1: 推荐上报优良案例; seed 001 §五(一): 每区至少推荐1家).
 *
 * draft → submitted (to the lowest bureau over the enterprise's region) → returned with a reason (back to the
 * writers) or accepted at that level → recommended upward to the next bureau of the region hierarchy
 * (county → city → province → national), which selects (accepts) from what the level below recommended, or returns
 * it. A bureau where the case is accepted may publish it to the library; a published case may still go upward.
 * The bureau that published a case may withdraw it from the library (撤回发布) with a reason, wherever the case is now.
 */
import { regionLineage } from '../regions/region-code.js';

export const CASE_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'recommended'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_COMMANDS = ['save', 'submit', 'return', 'accept', 'recommend', 'publish', 'withdraw'] as const;
export type CaseCommand = (typeof CASE_COMMANDS)[number];

export interface CaseState {
  status: CaseStatus;
  /** The bureau region the case is with: pending there (submitted, recommended) or accepted there; null otherwise. */
  atRegionCode: string | null;
  /** The highest bureau region that accepted the case (its level in the library); null until one accepts. */
  acceptedRegionCode: string | null;
  published: boolean;
  /** The bureau region that published the case (the only one that may withdraw it); null while unpublished. */
  publishedRegionCode: string | null;
}

export const NEW_CASE: CaseState = {
  status: 'draft',
  atRegionCode: null,
  acceptedRegionCode: null,
  published: false,
  publishedRegionCode: null,
};

/**
 * The bureaus a case passes, bottom-up: the region lineage of the enterprise's region (county → city → province →
 * national, domain/regions) kept where a bureau exists (a municipality's districts go straight to its bureau).
 */
export function reviewChain(regionCode: string, bureauRegions: ReadonlyArray<string>): string[] {
  const bureaus = new Set(bureauRegions);
  return regionLineage(regionCode)
    .filter((c) => bureaus.has(c))
    .reverse();
}

export type Acting = { kind: 'writer' } | { kind: 'bureau'; regionCode: string };

export type CaseRefusal =
  | 'CASE_STATE' // the command does not apply in this status
  | 'CASE_NOT_AT_YOUR_LEVEL' // the case is with another bureau
  | 'CASE_NO_REVIEWER' // no bureau over the enterprise's region
  | 'CASE_TOP_LEVEL' // accepted at the top of the chain: nothing to recommend to
  | 'CASE_ALREADY_PUBLISHED'
  | 'CASE_NOT_PUBLISHED' // withdraw: the case is not in the library
  | 'CASE_NOT_YOUR_PUBLICATION' // withdraw: another bureau published it
  | 'FORBIDDEN';

export type CaseStep = { ok: true; state: CaseState } | { ok: false; code: CaseRefusal };

const refuse = (code: CaseRefusal): CaseStep => ({ ok: false, code });

/** The next state of a case under a command by a writer or a bureau; the text rule (case-text.ts) is checked apart. */
export function caseStep(
  state: CaseState,
  command: CaseCommand,
  acting: Acting,
  chain: ReadonlyArray<string>,
): CaseStep {
  const editable = state.status === 'draft' || state.status === 'returned';
  if (command === 'save' || command === 'submit') {
    if (acting.kind !== 'writer') return refuse('FORBIDDEN');
    if (!editable) return refuse('CASE_STATE');
    if (command === 'save') return { ok: true, state };
    const entry = chain[0];
    if (!entry) return refuse('CASE_NO_REVIEWER');
    return { ok: true, state: { ...state, status: 'submitted', atRegionCode: entry } };
  }
  if (acting.kind !== 'bureau') return refuse('FORBIDDEN');
  // 撤回发布: only the publishing bureau, wherever the case has gone since; it leaves the library, nothing else changes
  if (command === 'withdraw') {
    if (!state.published) return refuse('CASE_NOT_PUBLISHED');
    if (state.publishedRegionCode !== acting.regionCode) return refuse('CASE_NOT_YOUR_PUBLICATION');
    return { ok: true, state: { ...state, published: false, publishedRegionCode: null } };
  }
  if (editable) return refuse('CASE_STATE');
  // each level acts on what is with it: the level below recommended it, or the writers submitted it there
  if (state.atRegionCode !== acting.regionCode) return refuse('CASE_NOT_AT_YOUR_LEVEL');
  const pending = state.status === 'submitted' || state.status === 'recommended';
  switch (command) {
    case 'return':
      if (!pending) return refuse('CASE_STATE');
      return { ok: true, state: { ...state, status: 'returned', atRegionCode: null } };
    case 'accept':
      if (!pending) return refuse('CASE_STATE');
      return { ok: true, state: { ...state, status: 'accepted', acceptedRegionCode: acting.regionCode } };
    case 'recommend': {
      if (state.status !== 'accepted') return refuse('CASE_STATE');
      const at = chain.indexOf(acting.regionCode);
      const next = at >= 0 ? chain[at + 1] : undefined;
      if (!next) return refuse('CASE_TOP_LEVEL');
      return { ok: true, state: { ...state, status: 'recommended', atRegionCode: next } };
    }
    case 'publish':
      if (state.status !== 'accepted') return refuse('CASE_STATE');
      if (state.published) return refuse('CASE_ALREADY_PUBLISHED');
      return { ok: true, state: { ...state, published: true, publishedRegionCode: acting.regionCode } };
  }
}

/** What a caller may do now (for the screens), from the same rule. */
export function allowedCommands(state: CaseState, acting: Acting, chain: ReadonlyArray<string>): CaseCommand[] {
  return CASE_COMMANDS.filter((c) => caseStep(state, c, acting, chain).ok);
}
