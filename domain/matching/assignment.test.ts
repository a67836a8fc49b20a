import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assignExperts, candidates, DEFAULT_WEIGHTS, isAvailable, regionCost, type MatchEnterprise, type MatchExpert } from './assignment.js';

const REGIONS = ['320321', '320322', '320303', '321002', '120101'];
const CATEGORIES = ['03', '17', '18'];

const expertArb = fc.record({
  categories: fc.subarray(CATEGORIES, { minLength: 1 }),
  regionCode: fc.constantFrom(...REGIONS),
  capacity: fc.integer({ min: 1, max: 2 }),
  load: fc.integer({ min: 0, max: 1 }),
  // a leave that may or may not cover the start day
  unavailable: fc.constantFrom([], [{ from: '2026-06-01', to: '2026-06-30' }], [{ from: '2026-07-01', to: '2026-07-15' }]),
});
const ON_DATE = '2026-06-15';
const enterpriseArb = fc.record({ category: fc.constantFrom(...CATEGORIES), regionCode: fc.constantFrom(...REGIONS) });
const instanceArb = fc
  .record({ experts: fc.array(expertArb, { maxLength: 4 }), enterprises: fc.array(enterpriseArb, { maxLength: 6 }), conflictSeed: fc.array(fc.nat(), { maxLength: 4 }) })
  .map(({ experts, enterprises, conflictSeed }) => {
    const ex: MatchExpert[] = experts.map((e, i) => ({ ...e, id: `x${i}` }));
    const en: MatchEnterprise[] = enterprises.map((e, i) => ({ ...e, id: `e${i}` }));
    const conflicts = ex.length && en.length ? conflictSeed.map((s) => ({ expertId: ex[s % ex.length]!.id, enterpriseId: en[(s >> 3) % en.length]!.id })) : [];
    return { experts: ex, enterprises: en, conflicts, onDate: ON_DATE };
  });

type Instance = { experts: MatchExpert[]; enterprises: MatchEnterprise[]; conflicts: Array<{ expertId: string; enterpriseId: string }>; onDate: string };

/** Total cost of a complete choice (enterprise index → expert index or -1), or null when it breaks a hard rule. */
function costOf(instance: Instance, choice: number[]): { assigned: number; cost: number } | null {
  const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
  const taken = instance.experts.map((e) => e.load ?? 0);
  let cost = 0;
  let assigned = 0;
  for (let j = 0; j < choice.length; j++) {
    const i = choice[j]!;
    if (i < 0) continue;
    const ok = candidates(instance.experts, instance.enterprises[j]!, conflicts, DEFAULT_WEIGHTS, instance.onDate).find((c) => c.expert === i);
    if (!ok || taken[i]! >= instance.experts[i]!.capacity) return null;
    cost += ok.cost + taken[i]! * DEFAULT_WEIGHTS.loadStep;
    taken[i]!++;
    assigned++;
  }
  return { assigned, cost };
}

/** Every choice, best by (most assigned, least cost). */
function bruteForce(instance: Instance): { assigned: number; cost: number } {
  let best = { assigned: 0, cost: 0 };
  const choice: number[] = [];
  const walk = (j: number) => {
    if (j === instance.enterprises.length) {
      const value = costOf(instance, choice);
      if (value && (value.assigned > best.assigned || (value.assigned === best.assigned && value.cost < best.cost))) best = value;
      return;
    }
    for (let i = -1; i < instance.experts.length; i++) {
      choice[j] = i;
      walk(j + 1);
    }
  };
  walk(0);
  return best;
}

/** Enterprises in order, each to its cheapest expert with room. */
function greedy(instance: Instance): { assigned: number; cost: number } {
  const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
  const taken = instance.experts.map((e) => e.load ?? 0);
  let assigned = 0;
  let cost = 0;
  for (const enterprise of instance.enterprises) {
    const options = candidates(instance.experts, enterprise, conflicts, DEFAULT_WEIGHTS, instance.onDate)
      .filter((c) => taken[c.expert]! < instance.experts[c.expert]!.capacity)
      .sort((a, b) => a.cost + taken[a.expert]! - (b.cost + taken[b.expert]!));
    const pick = options[0];
    if (!pick) continue;
    cost += pick.cost + taken[pick.expert]! * DEFAULT_WEIGHTS.loadStep;
    taken[pick.expert]!++;
    assigned++;
  }
  return { assigned, cost };
}

describe('regionCost (seed 000 §一 "尽量不跨地区")', () => {
  it('prefers county, then city, then province; other provinces are out of reach', () => {
    expect(regionCost('320321', '320321')).toBe(0);
    expect(regionCost('320322', '320321')).toBe(DEFAULT_WEIGHTS.sameCity);
    expect(regionCost('320300', '320321')).toBe(DEFAULT_WEIGHTS.sameCity);
    expect(regionCost('321002', '320321')).toBe(DEFAULT_WEIGHTS.sameProvince);
    expect(regionCost('120101', '320321')).toBeNull();
  });
});

describe('assignExperts', () => {
  it('assigns each enterprise to an expert of its category nearby, at most capacity each, with reasons for the rest', () => {
    const result = assignExperts({
      experts: [{ id: 'wang', categories: ['18'], regionCode: '320321', capacity: 2 }, { id: 'zheng', categories: ['03'], regionCode: '320303', capacity: 2, load: 2 }],
      enterprises: [
        { id: 'a', category: '18', regionCode: '320321' },
        { id: 'b', category: '18', regionCode: '320322' },
        { id: 'c', category: '18', regionCode: '320321' },
        { id: 'd', category: '03', regionCode: '320321' },
        { id: 'e', category: '17', regionCode: '320321' },
        { id: 'f', category: '18', regionCode: '120101' },
      ],
      conflicts: [{ expertId: 'wang', enterpriseId: 'c' }],
    });
    expect(result.assignments.map((a) => [a.enterpriseId, a.expertId]).sort()).toEqual([['a', 'wang'], ['b', 'wang']]);
    expect(Object.fromEntries(result.unassigned.map((u) => [u.enterpriseId, u.reason]))).toEqual({
      c: 'ONLY_CONFLICTED_EXPERTS', d: 'EXPERTS_AT_CAPACITY', e: 'NO_EXPERT_IN_CATEGORY', f: 'NO_EXPERT_IN_CATEGORY',
    });
  });

  it('spreads the work: two experts in the county take one enterprise each', () => {
    const result = assignExperts({
      experts: [{ id: 'x', categories: ['18'], regionCode: '320321', capacity: 2 }, { id: 'y', categories: ['18'], regionCode: '320321', capacity: 2 }],
      enterprises: [{ id: 'a', category: '18', regionCode: '320321' }, { id: 'b', category: '18', regionCode: '320321' }],
    });
    expect(new Set(result.assignments.map((a) => a.expertId)).size).toBe(2);
    expect(result.objective).toEqual({ assigned: 2, totalCost: 0 });
  });

  it('leaves out an expert on leave on the start day, inclusive of both ends, and says so', () => {
    const leave = [{ from: '2026-06-01', to: '2026-06-30' }];
    const input = { experts: [{ id: 'x', categories: ['18'], regionCode: '320321', capacity: 2, unavailable: leave }], enterprises: [{ id: 'a', category: '18', regionCode: '320321' }] };
    for (const onDate of ['2026-06-01', '2026-06-15', '2026-06-30']) {
      expect(assignExperts({ ...input, onDate }).unassigned).toEqual([{ enterpriseId: 'a', reason: 'EXPERTS_UNAVAILABLE' }]);
    }
    for (const onDate of ['2026-05-31', '2026-07-01', undefined]) {
      expect(assignExperts({ ...input, onDate }).assignments).toHaveLength(1);
    }
  });

  it('always keeps capacity, specialty, conflicts and availability, and leaves no enterprise out that could have been placed', () => {
    fc.assert(fc.property(instanceArb, (instance) => {
      const result = assignExperts(instance);
      const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
      const byId = new Map(instance.experts.map((e) => [e.id, e]));
      const count = new Map<string, number>();
      for (const a of result.assignments) {
        const expert = byId.get(a.expertId)!;
        const enterprise = instance.enterprises.find((e) => e.id === a.enterpriseId)!;
        expect(expert.categories).toContain(enterprise.category);
        expect(conflicts.has(`${a.expertId}|${a.enterpriseId}`)).toBe(false);
        expect(isAvailable(expert, instance.onDate)).toBe(true);
        expect(regionCost(expert.regionCode, enterprise.regionCode)).not.toBeNull();
        count.set(a.expertId, (count.get(a.expertId) ?? 0) + 1);
      }
      for (const [id, n] of count) expect(n + (byId.get(id)!.load ?? 0)).toBeLessThanOrEqual(byId.get(id)!.capacity);
      expect(result.assignments.length + result.unassigned.length).toBe(instance.enterprises.length);
      // maximality: the brute-force optimum assigns no more
      expect(result.objective.assigned).toBe(bruteForce(instance).assigned);
    }), { numRuns: 300 });
  });

  it('equals the brute-force optimum and is never worse than greedy', () => {
    fc.assert(fc.property(instanceArb, (instance) => {
      const result = assignExperts(instance);
      const best = bruteForce(instance);
      expect(result.objective).toEqual({ assigned: best.assigned, totalCost: best.cost });
      const g = greedy(instance);
      expect(result.objective.assigned).toBeGreaterThanOrEqual(g.assigned);
      if (g.assigned === result.objective.assigned) expect(result.objective.totalCost).toBeLessThanOrEqual(g.cost);
    }), { numRuns: 300 });
  });
});
