/**
 * What a hand-made expert ↔ enterprise pair breaks (ADR 0013: the platform warns on every
 * broken preference or rule it would otherwise enforce; hard rules can only be broken with a
 * recorded reason). The matcher never proposes a pair with a hard violation; the manager may.
 */
import { isAvailable, type MatchEnterprise, type MatchExpert } from './assignment.js';

/** Rules the matcher enforces: breaking one needs a recorded reason. */
export const HARD_PAIR_RULES = [
  'SPECIALTY_MISMATCH',
  'DECLARED_CONFLICT',
  'EXPERT_UNAVAILABLE',
  'CAPACITY_EXCEEDED',
] as const;
/**
 * Preferences (seed 000 §一 "尽量不跨地区": region is a preference at every level, the province
 * included — the matcher uses another province only when nothing nearer can serve, ADR 0023):
 * a warning, no reason needed. OUTSIDE_PROVINCE is the strongest of them.
 */
const SOFT_PAIR_RULES = ['OTHER_COUNTY', 'OTHER_CITY', 'OUTSIDE_PROVINCE'] as const;
export type HardPairRule = (typeof HARD_PAIR_RULES)[number];
type SoftPairRule = (typeof SOFT_PAIR_RULES)[number];

export interface PairCheck {
  hard: HardPairRule[];
  soft: SoftPairRule[];
}

/**
 * An expert's load if a proposal row went to them: what they carry outside the proposal, the
 * proposal's other planned rows on them (rows only shown as existing are already in that load),
 * and this one.
 */
export function loadWithPair(
  outsideLoad: number,
  rows: ReadonlyArray<{ participationId: string; expertUserId: string | null; source: string }>,
  participationId: string,
  expertUserId: string,
): number {
  const others = rows.filter(
    (r) => r.source !== 'existing' && r.expertUserId === expertUserId && r.participationId !== participationId,
  ).length;
  return outsideLoad + others + 1;
}

/**
 * A direct assignment from the command bar (ADR 0024): the same rules as a proposal's pair. An
 * expert without a profile has no recorded specialty, which counts as a mismatch (seed 000 §一
 * 专业对口 cannot be shown).
 */
export function checkAssignment(
  input: Omit<Parameters<typeof checkPair>[0], 'expert'> & { expert: MatchExpert | null },
): PairCheck {
  if (!input.expert)
    return { hard: input.conflicted ? ['SPECIALTY_MISMATCH', 'DECLARED_CONFLICT'] : ['SPECIALTY_MISMATCH'], soft: [] };
  return checkPair({ ...input, expert: input.expert });
}

export function checkPair(input: {
  expert: MatchExpert;
  enterprise: MatchEnterprise;
  /** The expert declared a conflict with this enterprise that is active on the date. */
  conflicted: boolean;
  onDate?: string;
  /** Enterprises the expert would assist with this pair counted. */
  loadWithPair: number;
}): PairCheck {
  const { expert, enterprise } = input;
  const hard: HardPairRule[] = [];
  const soft: SoftPairRule[] = [];
  if (!expert.categories.includes(enterprise.category)) hard.push('SPECIALTY_MISMATCH');
  if (input.conflicted) hard.push('DECLARED_CONFLICT');
  if (!isAvailable(expert, input.onDate)) hard.push('EXPERT_UNAVAILABLE');
  if (input.loadWithPair > expert.capacity) hard.push('CAPACITY_EXCEEDED');
  const a = expert.regionCode;
  const b = enterprise.regionCode;
  if (a.slice(0, 2) !== b.slice(0, 2)) soft.push('OUTSIDE_PROVINCE');
  else if (a.slice(0, 4) !== b.slice(0, 4)) soft.push('OTHER_CITY');
  else if (a !== b) soft.push('OTHER_COUNTY');
  return { hard, soft };
}
