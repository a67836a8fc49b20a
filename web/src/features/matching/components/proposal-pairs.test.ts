import { describe, expect, it } from 'vitest';
import type { Proposal, ProposalExpert, ProposalItem } from '../../../../../contracts/matching';
import { checkProposalPair, expertLoads, loadWithPair } from './proposal-pairs';

const expert = (userId: string, over: Partial<ProposalExpert> = {}): ProposalExpert => ({
  userId,
  displayName: userId,
  categories: ['03'],
  homeRegionCode: '320321',
  homeRegionName: null,
  capacity: 2,
  load: 0,
  unavailable: [],
  barredParticipationIds: [],
  ...over,
});

const item = (
  participationId: string,
  expertUserId: string | null,
  over: Partial<ProposalItem['enterprise']> = {},
): ProposalItem => ({
  participationId,
  enterprise: {
    id: `e-${participationId}`,
    name: participationId,
    regionCode: '320321',
    regionName: null,
    industryCode: '03',
    ...over,
  },
  stage: 'selected',
  expertUserId,
  expertName: expertUserId,
  source: 'solver',
  cost: 0,
  hard: [],
  soft: [],
  reason: null,
  currentExpertUserId: null,
  currentExpertName: null,
  unassignedReason: null,
  unassignedMessage: null,
});

const proposal = (
  items: ProposalItem[],
  experts: ProposalExpert[],
  status: Proposal['status'] = 'draft',
): Pick<Proposal, 'items' | 'experts' | 'onDate' | 'status'> => ({
  items,
  experts,
  onDate: '2026-05-01',
  status,
});
const existing = (i: ProposalItem): ProposalItem => ({ ...i, source: 'existing', currentExpertUserId: i.expertUserId });

describe('loadWithPair', () => {
  it('counts the outside load, the other rows on the expert and this row once', () => {
    const p = proposal([item('p1', 'a'), item('p2', 'a'), item('p3', null)], [expert('a', { load: 1 })]);
    expect(loadWithPair(p, 'p3', 'a')).toBe(4); // 1 outside + p1 + p2 + p3
    expect(loadWithPair(p, 'p1', 'a')).toBe(3); // p1 already on them: not twice
  });

  it("does not count a kept (existing) row twice: the expert's load already holds it", () => {
    const p = proposal([existing(item('p1', 'a')), item('p2', 'a'), item('p3', null)], [expert('a', { load: 1 })]);
    expect(loadWithPair(p, 'p3', 'a')).toBe(3); // 1 now (p1) + p2 + p3
  });

  it('is 1 for an unknown expert with nothing pending', () => {
    expect(loadWithPair(proposal([item('p1', null)], []), 'p1', 'x')).toBe(1);
  });
});

describe('checkProposalPair', () => {
  it('finds no rule broken for a same-county pair of the right category within capacity', () => {
    const p = proposal([item('p1', null)], [expert('a')]);
    expect(checkProposalPair(p, p.items[0]!, 'a')).toEqual({ hard: [], soft: [] });
  });

  it('reports capacity, specialty, conflict, availability and distance', () => {
    const p = proposal(
      [item('p1', 'a'), item('p2', 'a'), item('p3', null, { industryCode: '18', regionCode: '110101' })],
      [expert('a', { barredParticipationIds: ['p3'], unavailable: [{ from: '2026-04-20', to: '2026-05-10' }] })],
    );
    const check = checkProposalPair(p, p.items[2]!, 'a');
    expect(check.hard).toEqual(['SPECIALTY_MISMATCH', 'DECLARED_CONFLICT', 'EXPERT_UNAVAILABLE', 'CAPACITY_EXCEEDED']);
    // another province is the strongest preference, not a hard rule (seed 000 §一 尽量不跨地区)
    expect(check.soft).toEqual(['OUTSIDE_PROVINCE']);
  });

  it('warns (soft) on another county or city of the same province', () => {
    const p = proposal(
      [item('p1', null, { regionCode: '320322' }), item('p2', null, { regionCode: '320102' })],
      [expert('a')],
    );
    expect(checkProposalPair(p, p.items[0]!, 'a')).toEqual({ hard: [], soft: ['OTHER_COUNTY'] });
    expect(checkProposalPair(p, p.items[1]!, 'a')).toEqual({ hard: [], soft: ['OTHER_CITY'] });
  });
});

describe('expertLoads', () => {
  it('adds the planned rows on each expert of a draft to their load', () => {
    const p = proposal(
      [item('p1', 'a'), item('p2', 'b'), item('p3', 'a'), existing(item('p4', 'b'))],
      [expert('a', { load: 1 }), expert('b', { load: 1 })],
    );
    expect(expertLoads(p).map((l) => [l.expert.userId, l.planned.length, l.rows.length, l.total])).toEqual([
      ['a', 2, 2, 3],
      ['b', 1, 2, 2],
    ]);
  });

  it("takes a confirmed proposal's loads as reported (its rows are assignments now)", () => {
    const p = proposal([item('p1', 'a')], [expert('a', { load: 2 })], 'confirmed');
    expect(expertLoads(p)[0]!.total).toBe(2);
  });
});
