/**
 * Expert ↔ enterprise assignment (issue 4; seed 000 §一, 001 附件 §一): each assistance expert helps
 * 1–2 enterprises of their own specialty, ideally without crossing regions, never one they have a
 * declared conflict with. Solved optimally as a min-cost max-flow: as many enterprises as the hard
 * rules allow are assigned, and among those assignments the one with the least total cost, where
 * cost = region distance (same county < same city < same province; other provinces are out of reach)
 * + a load step for each further enterprise an expert takes (so work is spread).
 */
import { regionLevel } from '../regions/region-code.js';

export interface MatchExpert {
  id: string;
  /** 39-category codes the expert may serve. */
  categories: ReadonlyArray<string>;
  regionCode: string;
  /** Default 2 (seed: 1–2 enterprises per expert). */
  capacity: number;
  /** Enterprises already assisted. */
  load?: number;
  /** Periods the expert cannot start new work (leave, other duties), inclusive YYYY-MM-DD. */
  unavailable?: ReadonlyArray<{ from: string; to: string }>;
}

export interface MatchEnterprise {
  id: string;
  category: string;
  regionCode: string;
}

export interface MatchWeights {
  sameCounty: number;
  sameCity: number;
  sameProvince: number;
  /** Added per enterprise beyond an expert's first (balances load). */
  loadStep: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = { sameCounty: 0, sameCity: 2, sameProvince: 5, loadStep: 1 };

export type UnassignedReason = 'NO_EXPERT_IN_CATEGORY' | 'ONLY_CONFLICTED_EXPERTS' | 'EXPERTS_UNAVAILABLE' | 'EXPERTS_AT_CAPACITY';

export interface MatchResult {
  assignments: Array<{ enterpriseId: string; expertId: string; cost: number }>;
  unassigned: Array<{ enterpriseId: string; reason: UnassignedReason }>;
  objective: { assigned: number; totalCost: number };
}

/** Is the expert free to start new work on this date (issue 4: availability is a hard rule)? */
export function isAvailable(expert: Pick<MatchExpert, 'unavailable'>, onDate: string | undefined): boolean {
  if (!onDate || !expert.unavailable) return true;
  return !expert.unavailable.some((p) => p.from <= onDate && onDate <= p.to);
}

/** Region distance, or null when the expert is out of reach (another province). */
export function regionCost(expertRegion: string, enterpriseRegion: string, weights: MatchWeights = DEFAULT_WEIGHTS): number | null {
  if (expertRegion === enterpriseRegion && regionLevel(expertRegion) === 'county') return weights.sameCounty;
  if (expertRegion.slice(0, 4) === enterpriseRegion.slice(0, 4)) return weights.sameCity;
  if (expertRegion.slice(0, 2) === enterpriseRegion.slice(0, 2)) return weights.sameProvince;
  return null;
}

interface Edge {
  to: number;
  rev: number;
  cap: number;
  cost: number;
}

/**
 * Primal-dual min-cost flow: Dijkstra on reduced costs sets the potentials, then a blocking flow
 * (Dinic) saturates every shortest path at once on the edges of zero reduced cost. Costs here are a
 * handful of small integers, so there are few phases even for tens of thousands of units.
 */
class MinCostFlow {
  readonly graph: Edge[][];
  constructor(n: number) {
    this.graph = Array.from({ length: n }, () => []);
  }
  addEdge(from: number, to: number, cap: number, cost: number): void {
    this.graph[from]!.push({ to, rev: this.graph[to]!.length, cap, cost });
    this.graph[to]!.push({ to: from, rev: this.graph[from]!.length - 1, cap: 0, cost: -cost });
  }
  run(source: number, sink: number): { flow: number; cost: number } {
    const n = this.graph.length;
    const potential = new Float64Array(n);
    let flow = 0;
    let cost = 0;
    for (;;) {
      const dist = new Float64Array(n).fill(Infinity);
      dist[source] = 0;
      const heap = new MinHeap();
      heap.push(0, source);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]!) continue;
        for (const e of this.graph[u]!) {
          if (e.cap <= 0) continue;
          const nd = d + e.cost + potential[u]! - potential[e.to]!;
          if (nd < dist[e.to]! - 1e-9) {
            dist[e.to] = nd;
            heap.push(nd, e.to);
          }
        }
      }
      if (dist[sink] === Infinity) return { flow, cost };
      for (let v = 0; v < n; v++) potential[v]! += dist[v] === Infinity ? dist[sink]! : dist[v]!;
      const pushed = this.blockingFlow(source, sink, potential);
      flow += pushed.flow;
      cost += pushed.cost;
    }
  }
  /** Dinic on the admissible graph (positive capacity, zero reduced cost). */
  private blockingFlow(source: number, sink: number, potential: Float64Array): { flow: number; cost: number } {
    const n = this.graph.length;
    const admissible = (u: number, e: Edge) => e.cap > 0 && Math.abs(e.cost + potential[u]! - potential[e.to]!) < 1e-9;
    let flow = 0;
    let cost = 0;
    for (;;) {
      const level = new Int32Array(n).fill(-1);
      level[source] = 0;
      const queue = [source];
      for (let q = 0; q < queue.length; q++) {
        const u = queue[q]!;
        for (const e of this.graph[u]!) {
          if (level[e.to] === -1 && admissible(u, e)) {
            level[e.to] = level[u]! + 1;
            queue.push(e.to);
          }
        }
      }
      if (level[sink] === -1) return { flow, cost };
      const next = new Int32Array(n);
      // iterative DFS: path of (node, edge index) pairs
      for (;;) {
        const pathNodes = [source];
        const pathEdges: number[] = [];
        let found = false;
        while (pathNodes.length > 0) {
          const u = pathNodes[pathNodes.length - 1]!;
          if (u === sink) {
            found = true;
            break;
          }
          const edges = this.graph[u]!;
          let advanced = false;
          while (next[u]! < edges.length) {
            const e = edges[next[u]!]!;
            if (level[e.to] === level[u]! + 1 && admissible(u, e)) {
              pathNodes.push(e.to);
              pathEdges.push(next[u]!);
              advanced = true;
              break;
            }
            next[u]!++;
          }
          if (!advanced) {
            level[u] = -1; // dead end
            pathNodes.pop();
            if (pathEdges.length) next[pathNodes[pathNodes.length - 1]!]!++, pathEdges.pop();
          }
        }
        if (!found) break;
        let push = Infinity;
        for (let k = 0; k < pathEdges.length; k++) push = Math.min(push, this.graph[pathNodes[k]!]![pathEdges[k]!]!.cap);
        for (let k = 0; k < pathEdges.length; k++) {
          const e = this.graph[pathNodes[k]!]![pathEdges[k]!]!;
          e.cap -= push;
          this.graph[e.to]![e.rev]!.cap += push;
          cost += push * e.cost;
        }
        flow += push;
      }
    }
  }
}

class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    this.keys.push(key);
    this.values.push(value);
    let i = this.keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent]! <= this.keys[i]!) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): [number, number] {
    const top: [number, number] = [this.keys[0]!, this.values[0]!];
    const lastKey = this.keys.pop()!;
    const lastValue = this.values.pop()!;
    if (this.keys.length > 0) {
      this.keys[0] = lastKey;
      this.values[0] = lastValue;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.keys.length && this.keys[l]! < this.keys[m]!) m = l;
        if (r < this.keys.length && this.keys[r]! < this.keys[m]!) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }
  private swap(a: number, b: number): void {
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
    [this.values[a], this.values[b]] = [this.values[b]!, this.values[a]!];
  }
}

/** Which experts may take which enterprise under the hard rules, with the edge's region cost. */
export function candidates(
  experts: ReadonlyArray<MatchExpert>,
  enterprise: MatchEnterprise,
  conflicts: ReadonlySet<string>,
  weights: MatchWeights = DEFAULT_WEIGHTS,
  onDate?: string,
): Array<{ expert: number; cost: number }> {
  const out: Array<{ expert: number; cost: number }> = [];
  experts.forEach((e, i) => {
    if (!e.categories.includes(enterprise.category)) return;
    if (conflicts.has(`${e.id}|${enterprise.id}`)) return;
    if (!isAvailable(e, onDate)) return;
    const cost = regionCost(e.regionCode, enterprise.regionCode, weights);
    if (cost !== null) out.push({ expert: i, cost });
  });
  return out;
}

export function assignExperts(input: {
  experts: ReadonlyArray<MatchExpert>;
  enterprises: ReadonlyArray<MatchEnterprise>;
  conflicts?: ReadonlyArray<{ expertId: string; enterpriseId: string }>;
  weights?: Partial<MatchWeights>;
  /** The day the assistance would start: experts unavailable then are left out. */
  onDate?: string;
}): MatchResult {
  const weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const onDate = input.onDate;
  const conflicts = new Set((input.conflicts ?? []).map((c) => `${c.expertId}|${c.enterpriseId}`));
  // Other provinces are out of reach, so each province is an independent problem.
  const byProvince = new Map<string, { experts: MatchExpert[]; enterprises: MatchEnterprise[] }>();
  const group = (code: string) => {
    const key = code.slice(0, 2);
    let g = byProvince.get(key);
    if (!g) byProvince.set(key, (g = { experts: [], enterprises: [] }));
    return g;
  };
  for (const e of input.experts) group(e.regionCode).experts.push(e);
  for (const e of input.enterprises) group(e.regionCode).enterprises.push(e);

  const result: MatchResult = { assignments: [], unassigned: [], objective: { assigned: 0, totalCost: 0 } };
  for (const { experts, enterprises } of byProvince.values()) {
    if (enterprises.length === 0) continue;
    const part = assignWithinProvince(experts, enterprises, conflicts, weights, onDate);
    result.assignments.push(...part.assignments);
    result.unassigned.push(...part.unassigned);
    result.objective.assigned += part.objective.assigned;
    result.objective.totalCost += part.objective.totalCost;
  }
  const order = new Map(input.enterprises.map((e, i) => [e.id, i]));
  result.assignments.sort((a, b) => order.get(a.enterpriseId)! - order.get(b.enterpriseId)!);
  result.unassigned.sort((a, b) => order.get(a.enterpriseId)! - order.get(b.enterpriseId)!);
  return result;
}

function assignWithinProvince(experts: ReadonlyArray<MatchExpert>, enterprises: ReadonlyArray<MatchEnterprise>, conflicts: ReadonlySet<string>, weights: MatchWeights, onDate: string | undefined): MatchResult {
  // experts by category: the sparse candidate graph (unavailable experts have no edges)
  const byCategory = new Map<string, number[]>();
  experts.forEach((e, i) => {
    if (!isAvailable(e, onDate)) return;
    for (const c of e.categories) {
      let list = byCategory.get(c);
      if (!list) byCategory.set(c, (list = []));
      list.push(i);
    }
  });
  // nodes: source 0, enterprises 1..m, experts m+1..m+n, sink m+n+1
  const m = enterprises.length;
  const n = experts.length;
  const source = 0;
  const sink = m + n + 1;
  const graph = new MinCostFlow(m + n + 2);
  const edgeCost = new Map<string, number>();
  enterprises.forEach((enterprise, j) => {
    graph.addEdge(source, 1 + j, 1, 0);
    for (const i of byCategory.get(enterprise.category) ?? []) {
      const expert = experts[i]!;
      if (conflicts.has(`${expert.id}|${enterprise.id}`)) continue;
      const cost = regionCost(expert.regionCode, enterprise.regionCode, weights);
      if (cost === null) continue;
      graph.addEdge(1 + j, 1 + m + i, 1, cost);
      edgeCost.set(`${j}|${i}`, cost);
    }
  });
  experts.forEach((expert, i) => {
    const load = expert.load ?? 0;
    // one unit edge per free place, each dearer than the last: convex load cost spreads the work
    for (let k = load; k < expert.capacity; k++) graph.addEdge(1 + m + i, sink, 1, k * weights.loadStep);
  });
  const { cost } = graph.run(source, sink);

  const assignments: MatchResult['assignments'] = [];
  const assigned = new Set<number>();
  enterprises.forEach((enterprise, j) => {
    for (const e of graph.graph[1 + j]!) {
      if (e.to > m && e.to <= m + n && e.cap === 0) {
        const i = e.to - 1 - m;
        assigned.add(j);
        assignments.push({ enterpriseId: enterprise.id, expertId: experts[i]!.id, cost: edgeCost.get(`${j}|${i}`)! });
      }
    }
  });
  const unassigned = enterprises
    .filter((_, j) => !assigned.has(j))
    .map((enterprise) => ({ enterpriseId: enterprise.id, reason: unassignedReason(experts, enterprise, conflicts, weights, onDate) }));
  return { assignments, unassigned, objective: { assigned: assignments.length, totalCost: cost } };
}

function unassignedReason(experts: ReadonlyArray<MatchExpert>, enterprise: MatchEnterprise, conflicts: ReadonlySet<string>, weights: MatchWeights, onDate: string | undefined): UnassignedReason {
  const inReach = experts.filter((e) => e.categories.includes(enterprise.category) && regionCost(e.regionCode, enterprise.regionCode, weights) !== null);
  if (inReach.length === 0) return 'NO_EXPERT_IN_CATEGORY';
  const free = inReach.filter((e) => !conflicts.has(`${e.id}|${enterprise.id}`));
  if (free.length === 0) return 'ONLY_CONFLICTED_EXPERTS';
  if (free.every((e) => !isAvailable(e, onDate))) return 'EXPERTS_UNAVAILABLE';
  return 'EXPERTS_AT_CAPACITY';
}
