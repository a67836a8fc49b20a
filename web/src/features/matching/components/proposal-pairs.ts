/**
 * What a hand-made pair on the proposal breaks, with the same rule the server applies
 * (domain/matching/pair-check). An expert's load on a draft is what they carry now (`load`, which
 * already holds the rows kept as they are — source "existing") plus the proposal's other rows
 * that point at them, plus this one if the row is changed to them.
 */
import { checkPair, loadWithPair as pairLoad, type PairCheck } from '../../../../../domain/matching/pair-check.js';
import type { Proposal, ProposalExpert, ProposalItem } from '../../../../../contracts/matching';

type ProposalLike = Pick<Proposal, 'items' | 'experts' | 'onDate'>;

/** The proposal's planned rows (not the existing assignments it only shows) pointing at the expert. */
export function plannedItems(proposal: Pick<Proposal, 'items'>, expertUserId: string): ProposalItem[] {
  return proposal.items.filter((i) => i.expertUserId === expertUserId && i.source !== 'existing');
}

/** The expert's load if the row went to them (the domain rule the server applies too). */
export function loadWithPair(
  proposal: Pick<Proposal, 'items' | 'experts'>,
  participationId: string,
  expertUserId: string,
): number {
  const expert = proposal.experts.find((e) => e.userId === expertUserId);
  return pairLoad(expert?.load ?? 0, proposal.items, participationId, expertUserId);
}

export function checkProposalPair(proposal: ProposalLike, item: ProposalItem, expertUserId: string): PairCheck {
  const expert: ProposalExpert | undefined = proposal.experts.find((e) => e.userId === expertUserId);
  if (!expert) return { hard: [], soft: [] };
  return checkPair({
    expert: {
      id: expert.userId,
      categories: expert.categories,
      regionCode: expert.homeRegionCode,
      capacity: expert.capacity,
      unavailable: expert.unavailable,
    },
    enterprise: {
      id: item.enterprise.id,
      category: item.enterprise.industryCode,
      regionCode: item.enterprise.regionCode,
    },
    conflicted: expert.barredParticipationIds.includes(item.participationId),
    onDate: proposal.onDate,
    loadWithPair: loadWithPair(proposal, item.participationId, expertUserId),
  });
}

export interface ExpertLoad {
  expert: ProposalExpert;
  /** The planned rows on the expert (counted on a draft). */
  planned: ProposalItem[];
  /** Every row on the expert, kept ones included (for the list). */
  rows: ProposalItem[];
  /** The load on a draft once confirmed; once confirmed, the load the server reports. */
  total: number;
}

/** Each proposal expert's load with the rows on them. A confirmed proposal's rows are already in `load`. */
export function expertLoads(proposal: Pick<Proposal, 'items' | 'experts' | 'status'>): ExpertLoad[] {
  return proposal.experts.map((expert) => {
    const planned = plannedItems(proposal, expert.userId);
    const rows = proposal.items.filter((i) => i.expertUserId === expert.userId);
    return { expert, planned, rows, total: expert.load + (proposal.status === 'draft' ? planned.length : 0) };
  });
}
