import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assignExperts,
  candidates,
  DEFAULT_WEIGHTS,
  isAvailable,
  regionCost,
  type MatchEnterprise,
  type MatchExpert,
} from './assignment.js';

const REGIONS = ['320321', '320322', '320303', '321002', '120101', '110105'];
const CATEGORIES = ['03', '17', '18'];

const expertArb = fc.record({
  categories: fc.subarray(CATEGORIES, { minLength: 1 }),
  regionCode: fc.constantFrom(...REGIONS),
  capacity: fc.integer({ min: 1, max: 2 }),
  load: fc.integer({ min: 0, max: 1 }),
  // a leave that may or may not cover the start day
  unavailable: fc.constantFrom(
    [],
    [{ from: '2026-06-01', to: '2026-06-30' }],
    [{ from: '2026-07-01', to: '2026-07-15' }],
  ),
});
const ON_DATE = '2026-06-15';
const enterpriseArb = fc.record({ category: fc.constantFrom(...CATEGORIES), regionCode: fc.constantFrom(...REGIONS) });
const instanceArb = fc
  .record({
    experts: fc.array(expertArb, { maxLength: 4 }),
    enterprises: fc.array(enterpriseArb, { maxLength: 6 }),
    conflictSeed: fc.array(fc.nat(), { maxLength: 4 }),
  })
  .map(({ experts, enterprises, conflictSeed }) => {
    const ex: MatchExpert[] = experts.map((e, i) => ({ ...e, id: `x${i}` }));
    const en: MatchEnterprise[] = enterprises.map((e, i) => ({ ...e, id: `e${i}` }));
    const conflicts =
      ex.length && en.length
        ? conflictSeed.map((s) => ({ expertId: ex[s % ex.length]!.id, enterpriseId: en[(s >> 3) % en.length]!.id }))
        : [];
    return { experts: ex, enterprises: en, conflicts, onDate: ON_DATE };
  });

type Instance = {
  experts: MatchExpert[];
  enterprises: MatchEnterprise[];
  conflicts: Array<{ expertId: string; enterpriseId: string }>;
  onDate: string;
};

type Value = { assigned: number; cross: number; cost: number };
/** Lexicographic: more assigned, then fewer cross-province pairs, then less cost. */
const better = (a: Value, b: Value) =>
  a.assigned > b.assigned ||
  (a.assigned === b.assigned && (a.cross < b.cross || (a.cross === b.cross && a.cost < b.cost)));
const crosses = (instance: Instance, j: number, i: number) =>
  instance.experts[i]!.regionCode.slice(0, 2) !== instance.enterprises[j]!.regionCode.slice(0, 2);

/** Total cost of a complete choice (enterprise index → expert index or -1), or null when it breaks a hard rule. */
function costOf(instance: Instance, choice: number[]): Value | null {
  const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
  const taken = instance.experts.map((e) => e.load ?? 0);
  let cost = 0;
  let assigned = 0;
  let cross = 0;
  for (let j = 0; j < choice.length; j++) {
    const i = choice[j]!;
    if (i < 0) continue;
    const ok = candidates(instance.experts, instance.enterprises[j]!, conflicts, DEFAULT_WEIGHTS, instance.onDate).find(
      (c) => c.expert === i,
    );
    if (!ok || taken[i]! >= instance.experts[i]!.capacity) return null;
    cost += ok.cost + taken[i]! * DEFAULT_WEIGHTS.loadStep;
    taken[i]!++;
    assigned++;
    if (crosses(instance, j, i)) cross++;
  }
  return { assigned, cross, cost };
}

/** Every choice, best by (most assigned, fewest cross-province, least cost). */
function bruteForce(instance: Instance): Value {
  let best: Value = { assigned: 0, cross: 0, cost: 0 };
  const choice: number[] = [];
  const walk = (j: number) => {
    if (j === instance.enterprises.length) {
      const value = costOf(instance, choice);
      if (value && better(value, best)) best = value;
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
function greedy(instance: Instance): Value {
  const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
  const taken = instance.experts.map((e) => e.load ?? 0);
  let assigned = 0;
  let cost = 0;
  let cross = 0;
  for (const [j, enterprise] of instance.enterprises.entries()) {
    const options = candidates(instance.experts, enterprise, conflicts, DEFAULT_WEIGHTS, instance.onDate)
      .filter((c) => taken[c.expert]! < instance.experts[c.expert]!.capacity)
      .sort((a, b) => a.cost + taken[a.expert]! - (b.cost + taken[b.expert]!));
    const pick = options[0];
    if (!pick) continue;
    cost += pick.cost + taken[pick.expert]! * DEFAULT_WEIGHTS.loadStep;
    taken[pick.expert]!++;
    assigned++;
    if (crosses(instance, j, pick.expert)) cross++;
  }
  return { assigned, cross, cost };
}

describe('regionCost (seed 000 §一 "尽量不跨地区")', () => {
  it('prefers county, then city, then province, then another province (the dearest pair)', () => {
    expect(regionCost('320321', '320321')).toBe(0);
    expect(regionCost('320322', '320321')).toBe(DEFAULT_WEIGHTS.sameCity);
    expect(regionCost('320300', '320321')).toBe(DEFAULT_WEIGHTS.sameCity);
    expect(regionCost('321002', '320321')).toBe(DEFAULT_WEIGHTS.sameProvince);
    expect(regionCost('120101', '320321')).toBe(DEFAULT_WEIGHTS.otherProvince);
    // dearer than any in-province pair, even an expert's second place
    expect(DEFAULT_WEIGHTS.otherProvince).toBeGreaterThan(DEFAULT_WEIGHTS.sameProvince + DEFAULT_WEIGHTS.loadStep);
  });
});

describe('assignExperts', () => {
  it('assigns each enterprise to an expert of its category nearby, at most capacity each, with reasons for the rest', () => {
    const result = assignExperts({
      experts: [
        { id: 'wang', categories: ['18'], regionCode: '320321', capacity: 2 },
        { id: 'zheng', categories: ['03'], regionCode: '320303', capacity: 2, load: 2 },
      ],
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
    expect(result.assignments.map((a) => [a.enterpriseId, a.expertId]).sort()).toEqual([
      ['a', 'wang'],
      ['b', 'wang'],
    ]);
    expect(Object.fromEntries(result.unassigned.map((u) => [u.enterpriseId, u.reason]))).toEqual({
      // f (天津) could be served by wang across the province line, but wang's places are taken nearer home
      c: 'ONLY_CONFLICTED_EXPERTS',
      d: 'EXPERTS_AT_CAPACITY',
      e: 'NO_EXPERT_IN_CATEGORY',
      f: 'EXPERTS_AT_CAPACITY',
    });
  });

  it('spreads the work: two experts in the county take one enterprise each', () => {
    const result = assignExperts({
      experts: [
        { id: 'x', categories: ['18'], regionCode: '320321', capacity: 2 },
        { id: 'y', categories: ['18'], regionCode: '320321', capacity: 2 },
      ],
      enterprises: [
        { id: 'a', category: '18', regionCode: '320321' },
        { id: 'b', category: '18', regionCode: '320321' },
      ],
    });
    expect(new Set(result.assignments.map((a) => a.expertId)).size).toBe(2);
    expect(result.objective).toEqual({ assigned: 2, crossProvince: 0, totalCost: 0 });
  });

  it('leaves out an expert on leave on the start day, inclusive of both ends, and says so', () => {
    const leave = [{ from: '2026-06-01', to: '2026-06-30' }];
    const input = {
      experts: [{ id: 'x', categories: ['18'], regionCode: '320321', capacity: 2, unavailable: leave }],
      enterprises: [{ id: 'a', category: '18', regionCode: '320321' }],
    };
    for (const onDate of ['2026-06-01', '2026-06-15', '2026-06-30']) {
      expect(assignExperts({ ...input, onDate }).unassigned).toEqual([
        { enterpriseId: 'a', reason: 'EXPERTS_UNAVAILABLE' },
      ]);
    }
    for (const onDate of ['2026-05-31', '2026-07-01', undefined]) {
      expect(assignExperts({ ...input, onDate }).assignments).toHaveLength(1);
    }
  });

  it('serves an enterprise from another province when nobody in its own province can (seed 000 §一: a preference, not a wall)', () => {
    const result = assignExperts({
      experts: [{ id: 'xu', categories: ['33'], regionCode: '320321', capacity: 2 }],
      enterprises: [{ id: 'tj', category: '33', regionCode: '120101' }],
    });
    expect(result.assignments).toEqual([{ enterpriseId: 'tj', expertId: 'xu', cost: DEFAULT_WEIGHTS.otherProvince }]);
    expect(result.objective).toEqual({ assigned: 1, crossProvince: 1, totalCost: DEFAULT_WEIGHTS.otherProvince });
  });

  it('uses another province only when nothing nearer can serve, whatever the weights', () => {
    const experts = [
      { id: 'js', categories: ['18'], regionCode: '320321', capacity: 2 },
      { id: 'tj', categories: ['18'], regionCode: '120101', capacity: 1 },
    ];
    const enterprises = [
      { id: 'a', category: '18', regionCode: '320321' },
      { id: 'b', category: '18', regionCode: '321002' },
    ];
    for (const weights of [{}, { otherProvince: 0 }, { otherProvince: 3, sameProvince: 50 }]) {
      const result = assignExperts({ experts, enterprises, weights });
      expect(result.assignments.map((x) => x.expertId)).toEqual(['js', 'js']);
      expect(result.objective.crossProvince).toBe(0);
    }
  });

  it('moves an in-province pair so that the one enterprise only a far expert can serve still gets help', () => {
    // li (江苏) serves 18 and 19; the only other 19 expert is in 天津: b must go to li, a across the line
    const result = assignExperts({
      experts: [
        { id: 'li', categories: ['18', '19'], regionCode: '320321', capacity: 1 },
        { id: 'zhao', categories: ['18'], regionCode: '120101', capacity: 1 },
      ],
      enterprises: [
        { id: 'a', category: '18', regionCode: '320321' },
        { id: 'b', category: '19', regionCode: '320321' },
      ],
    });
    expect(Object.fromEntries(result.assignments.map((x) => [x.enterpriseId, x.expertId]))).toEqual({
      a: 'zhao',
      b: 'li',
    });
    expect(result.objective).toEqual({ assigned: 2, crossProvince: 1, totalCost: DEFAULT_WEIGHTS.otherProvince });
  });

  it('keeps declared conflicts across provinces, and gives the true reason when nobody can serve', () => {
    const experts = [
      { id: 'bj', categories: ['18'], regionCode: '110105', capacity: 1 },
      { id: 'tj', categories: ['18'], regionCode: '120101', capacity: 1 },
    ];
    const one = assignExperts({
      experts,
      enterprises: [{ id: 'a', category: '18', regionCode: '320321' }],
      conflicts: [{ expertId: 'bj', enterpriseId: 'a' }],
    });
    expect(one.assignments).toEqual([{ enterpriseId: 'a', expertId: 'tj', cost: DEFAULT_WEIGHTS.otherProvince }]);
    const both = assignExperts({
      experts,
      enterprises: [{ id: 'a', category: '18', regionCode: '320321' }],
      conflicts: [
        { expertId: 'bj', enterpriseId: 'a' },
        { expertId: 'tj', enterpriseId: 'a' },
      ],
    });
    expect(both.unassigned).toEqual([{ enterpriseId: 'a', reason: 'ONLY_CONFLICTED_EXPERTS' }]);
    const onLeave = assignExperts({
      experts: experts.map((e) => ({ ...e, unavailable: [{ from: '2026-06-01', to: '2026-06-30' }] })),
      enterprises: [{ id: 'a', category: '18', regionCode: '320321' }],
      onDate: '2026-06-10',
    });
    expect(onLeave.unassigned).toEqual([{ enterpriseId: 'a', reason: 'EXPERTS_UNAVAILABLE' }]);
    const none = assignExperts({ experts, enterprises: [{ id: 'a', category: '33', regionCode: '320321' }] });
    expect(none.unassigned).toEqual([{ enterpriseId: 'a', reason: 'NO_EXPERT_IN_CATEGORY' }]);
  });

  it('always keeps capacity, specialty, conflicts and availability, and leaves no enterprise out that could have been placed', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
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
          count.set(a.expertId, (count.get(a.expertId) ?? 0) + 1);
        }
        for (const [id, n] of count) expect(n + (byId.get(id)!.load ?? 0)).toBeLessThanOrEqual(byId.get(id)!.capacity);
        expect(result.assignments.length + result.unassigned.length).toBe(instance.enterprises.length);
        // maximality: the brute-force optimum assigns no more
        expect(result.objective.assigned).toBe(bruteForce(instance).assigned);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the brute-force optimum and is never worse than greedy', () => {
    fc.assert(
      fc.property(instanceArb, (instance) => {
        const result = assignExperts(instance);
        const best = bruteForce(instance);
        expect(result.objective).toEqual({ assigned: best.assigned, crossProvince: best.cross, totalCost: best.cost });
        // the pairs add up to the objective
        const pairs = costOf(
          instance,
          instance.enterprises.map((e) =>
            instance.experts.findIndex(
              (x) => x.id === result.assignments.find((a) => a.enterpriseId === e.id)?.expertId,
            ),
          ),
        );
        expect(pairs).toEqual(best);
        const g = greedy(instance);
        expect(better(g, best)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('matches a plain reference min-cost flow on larger instances over several provinces', () => {
    const regions = ['320321', '320322', '321002', '120101', '120102', '110105', '440305'];
    const big = fc
      .record({
        experts: fc.array(
          fc.record({
            categories: fc.subarray(CATEGORIES, { minLength: 1 }),
            regionCode: fc.constantFrom(...regions),
            capacity: fc.integer({ min: 1, max: 3 }),
            load: fc.integer({ min: 0, max: 1 }),
          }),
          { maxLength: 12 },
        ),
        enterprises: fc.array(
          fc.record({ category: fc.constantFrom(...CATEGORIES), regionCode: fc.constantFrom(...regions) }),
          { maxLength: 30 },
        ),
        conflictSeed: fc.array(fc.nat(), { maxLength: 10 }),
      })
      .map(({ experts, enterprises, conflictSeed }) => {
        const ex: MatchExpert[] = experts.map((e, i) => ({ ...e, id: `x${i}` }));
        const en: MatchEnterprise[] = enterprises.map((e, i) => ({ ...e, id: `e${i}` }));
        const conflicts =
          ex.length && en.length
            ? conflictSeed.map((s) => ({ expertId: ex[s % ex.length]!.id, enterpriseId: en[(s >> 4) % en.length]!.id }))
            : [];
        return { experts: ex, enterprises: en, conflicts, onDate: ON_DATE };
      });
    fc.assert(
      fc.property(big, (instance) => {
        const result = assignExperts(instance);
        const reference = referenceMinCostFlow(instance);
        expect(result.objective).toEqual(reference);
        const pairs = costOf(
          instance,
          instance.enterprises.map((e) =>
            instance.experts.findIndex(
              (x) => x.id === result.assignments.find((a) => a.enterpriseId === e.id)?.expertId,
            ),
          ),
        );
        expect(pairs).toEqual({
          assigned: reference.assigned,
          cross: reference.crossProvince,
          cost: reference.totalCost,
        });
      }),
      { numRuns: 200 },
    );
  });
});

/**
 * An independent reference: successive shortest paths with Bellman-Ford on the explicit
 * enterprise × expert graph, a cross-province pair weighted by a huge constant (lexicographic).
 */
function referenceMinCostFlow(instance: Instance): { assigned: number; crossProvince: number; totalCost: number } {
  const BIG = 1e6;
  const m = instance.enterprises.length;
  const n = instance.experts.length;
  const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
  type E = { to: number; cap: number; cost: number; rev: number };
  const graph: E[][] = Array.from({ length: m + n + 2 }, () => []);
  const add = (u: number, v: number, cap: number, cost: number) => {
    graph[u]!.push({ to: v, cap, cost, rev: graph[v]!.length });
    graph[v]!.push({ to: u, cap: 0, cost: -cost, rev: graph[u]!.length - 1 });
  };
  const s = m + n;
  const t = m + n + 1;
  instance.enterprises.forEach((enterprise, j) => {
    add(s, j, 1, 0);
    for (const c of candidates(instance.experts, enterprise, conflicts, DEFAULT_WEIGHTS, instance.onDate))
      add(j, m + c.expert, 1, c.cost + (crosses(instance, j, c.expert) ? BIG : 0));
  });
  instance.experts.forEach((e, i) => {
    for (let k = e.load ?? 0; k < e.capacity; k++) add(m + i, t, 1, k * DEFAULT_WEIGHTS.loadStep);
  });
  let flow = 0;
  let cost = 0;
  for (;;) {
    const dist = new Array<number>(m + n + 2).fill(Infinity);
    const via: Array<[number, number] | null> = new Array(m + n + 2).fill(null);
    dist[s] = 0;
    for (let round = 0; round < m + n + 2; round++) {
      let changed = false;
      graph.forEach((edges, u) => {
        edges.forEach((e, k) => {
          if (e.cap > 0 && dist[u]! + e.cost < dist[e.to]!) {
            dist[e.to] = dist[u]! + e.cost;
            via[e.to] = [u, k];
            changed = true;
          }
        });
      });
      if (!changed) break;
    }
    if (dist[t] === Infinity) break;
    for (let v = t; v !== s; v = via[v]![0]) {
      const [u, k] = via[v]!;
      const e = graph[u]![k]!;
      e.cap -= 1;
      graph[e.to]![e.rev]!.cap += 1;
    }
    flow++;
    cost += dist[t]!;
  }
  const crossProvince = Math.floor(cost / BIG);
  return { assigned: flow, crossProvince, totalCost: cost - crossProvince * BIG };
}
