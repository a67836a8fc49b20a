/**
 * Expert ↔ enterprise assignment (seed 000 §一, 001 附件 §一): each assistance expert helps 1–2
 * enterprises of their own specialty, "尽量不跨地区" — region is a preference at every level, the
 * province included — and never one they have a declared conflict with. Solved optimally as one
 * national min-cost max-flow (ADR 0012, 0023), lexicographically:
 *   1. as many enterprises assigned as the hard rules (specialty, capacity, conflict, availability) allow;
 *   2. then as few cross-province pairs as possible (another province serves only when nothing nearer can);
 *   3. then the least total cost = region distance (same county < same city < same province < other
 *      province) + a load step for each further enterprise an expert takes (so work is spread).
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

interface MatchWeights {
  sameCounty: number;
  sameCity: number;
  sameProvince: number;
  /** The dearest pair (seed 000 §一 尽量不跨地区); the solver also minimises how many such pairs there are first. */
  otherProvince: number;
  /** Added per enterprise beyond an expert's first (balances load). */
  loadStep: number;
}

export const DEFAULT_WEIGHTS: MatchWeights = {
  sameCounty: 0,
  sameCity: 2,
  sameProvince: 5,
  otherProvince: 10,
  loadStep: 1,
};

type UnassignedReason =
  | 'NO_EXPERT_IN_CATEGORY'
  | 'ONLY_CONFLICTED_EXPERTS'
  | 'EXPERTS_UNAVAILABLE'
  | 'EXPERTS_AT_CAPACITY';

interface MatchResult {
  assignments: Array<{ enterpriseId: string; expertId: string; cost: number }>;
  unassigned: Array<{ enterpriseId: string; reason: UnassignedReason }>;
  /** Lexicographic: most assigned, then fewest cross-province pairs, then least total cost. */
  objective: { assigned: number; crossProvince: number; totalCost: number };
}

/** Is the expert free to start new work on this date (availability is a hard rule, ADR 0013)? */
export function isAvailable(expert: Pick<MatchExpert, 'unavailable'>, onDate: string | undefined): boolean {
  if (!onDate || !expert.unavailable) return true;
  return !expert.unavailable.some((p) => p.from <= onDate && onDate <= p.to);
}

function sameProvince(a: string, b: string): boolean {
  return a.slice(0, 2) === b.slice(0, 2);
}

/** Region distance (seed 000 §一 尽量不跨地区): county < city < province < another province. */
export function regionCost(
  expertRegion: string,
  enterpriseRegion: string,
  weights: MatchWeights = DEFAULT_WEIGHTS,
): number {
  if (expertRegion === enterpriseRegion && regionLevel(expertRegion) === 'county') return weights.sameCounty;
  if (expertRegion.slice(0, 4) === enterpriseRegion.slice(0, 4)) return weights.sameCity;
  if (sameProvince(expertRegion, enterpriseRegion)) return weights.sameProvince;
  return weights.otherProvince;
}

/**
 * A flow network in forward-star form (typed arrays: a national graph has millions of edges).
 * Each edge has its reverse (`reverse[k]`), so the flow on a forward edge is the residual capacity of
 * its reverse. `compact()` then stores each node's edges side by side: a search touches a node's edges
 * in one sweep of memory instead of jumping across a 2-million-edge array.
 */
class FlowNetwork {
  /** First edge out of each node (-1: none), then `next` along the node's list. */
  head: Int32Array;
  next = new Int32Array(1024);
  to = new Int32Array(1024);
  cap = new Int32Array(1024);
  cost = new Float64Array(1024);
  reverse = new Int32Array(1024);
  isForward = new Uint8Array(1024);
  edges = 0;
  nodes = 0;
  constructor(nodes: number) {
    this.head = new Int32Array(Math.max(nodes, 16)).fill(-1);
    this.nodes = nodes;
  }
  /** An edge of capacity `cap`, `flow` of it already used (a flow to start from). */
  addEdge(from: number, to: number, cap: number, cost: number, flow = 0): void {
    if (this.edges + 2 > this.to.length) this.grow();
    this.nodes = Math.max(this.nodes, from + 1, to + 1);
    if (this.nodes > this.head.length) {
      const head = new Int32Array(this.nodes * 2).fill(-1);
      head.set(this.head);
      this.head = head;
    }
    const k = this.edges;
    this.push(from, to, cap - flow, cost, k + 1);
    this.push(to, from, flow, -cost, k);
    this.isForward[k] = 1;
  }
  private push(u: number, v: number, cap: number, cost: number, reverse: number): void {
    const k = this.edges++;
    this.reverse[k] = reverse;
    this.to[k] = v;
    this.cap[k] = cap;
    this.cost[k] = cost;
    this.next[k] = this.head[u]!;
    this.head[u] = k;
  }
  flowOn(k: number): number {
    return this.cap[this.reverse[k]!]!;
  }
  /** Renumbers the edges so that each node's lie side by side, in the same order; no edge is added after. */
  compact(): void {
    const order = new Int32Array(this.edges); // new position → old edge
    const position = new Int32Array(this.edges); // old edge → new position
    let placed = 0;
    for (let u = 0; u < this.nodes; u++) {
      for (let k = this.head[u]!; k !== -1; k = this.next[k]!) {
        order[placed] = k;
        position[k] = placed++;
      }
    }
    const reorder = <T extends Int32Array | Float64Array | Uint8Array>(a: T, b: T): T => {
      for (let k = 0; k < placed; k++) b[k] = a[order[k]!]!;
      return b;
    };
    this.to = reorder(this.to, new Int32Array(placed));
    this.cap = reorder(this.cap, new Int32Array(placed));
    this.cost = reorder(this.cost, new Float64Array(placed));
    this.isForward = reorder(this.isForward, new Uint8Array(placed));
    const reverse = new Int32Array(placed);
    for (let k = 0; k < placed; k++) reverse[k] = position[this.reverse[order[k]!]!]!;
    this.reverse = reverse;
    const next = new Int32Array(placed).fill(-1);
    for (let u = 0, k = 0; u < this.nodes; u++) {
      const first = k;
      for (let e = this.head[u]!; e !== -1; e = this.next[e]!) k++;
      this.head[u] = k > first ? first : -1;
      for (let e = first; e < k - 1; e++) next[e] = e + 1;
    }
    this.next = next;
  }
  private grow(): void {
    const size = this.to.length * 2;
    const copy = <T extends Int32Array | Float64Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.next = copy(this.next, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.cap = copy(this.cap, new Int32Array(size));
    this.cost = copy(this.cost, new Float64Array(size));
    this.reverse = copy(this.reverse, new Int32Array(size));
    const isForward = new Uint8Array(size);
    isForward.set(this.isForward);
    this.isForward = isForward;
  }

  /**
   * Primal-dual min-cost max-flow: Dijkstra on reduced costs sets the potentials, then a blocking
   * flow (Dinic) saturates every shortest path at once on the edges of zero reduced cost. Costs
   * take a handful of values, so there are few phases even for tens of thousands of units.
   */
  run(source: number, sink: number, potential = new Float64Array(this.nodes)): { flow: number; cost: number } {
    const n = this.nodes;
    const dist = new Float64Array(n);
    const usable = new Uint8Array(n);
    let flow = 0;
    let cost = 0;
    for (;;) {
      dist.fill(Infinity);
      dist[source] = 0;
      const heap = new MinHeap();
      heap.push(0, source);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]!) continue;
        for (let k = this.head[u]!; k !== -1; k = this.next[k]!) {
          if (this.cap[k]! <= 0) continue;
          const v = this.to[k]!;
          const nd = d + this.cost[k]! + potential[u]! - potential[v]!;
          if (nd < dist[v]! - 1e-9) {
            dist[v] = nd;
            heap.push(nd, v);
          }
        }
      }
      if (dist[sink] === Infinity) return { flow, cost };
      // only nodes no farther than the sink can lie on a shortest path
      for (let v = 0; v < n; v++) usable[v] = dist[v]! <= dist[sink]! + 1e-9 ? 1 : 0;
      for (let v = 0; v < n; v++) potential[v]! += dist[v] === Infinity ? dist[sink]! : dist[v]!;
      const pushed = this.blockingFlow(source, sink, potential, usable);
      flow += pushed.flow;
      cost += pushed.cost;
    }
  }

  /**
   * Successive shortest paths continued from a flow that is already min-cost for its value, one unit
   * per path (ADR 0023, step 2). The first search is label-correcting (the starting potentials may
   * leave a few negative reduced costs) and yields exact distances; from then on reduced costs are
   * non-negative and each search is a Dijkstra that stops as soon as the sink is settled, so it only
   * looks at the part of the graph nearer than the next shortest path. Edges out of the sink and into
   * the source are never on a source→sink path and are not followed.
   */
  augmentAlongShortestPaths(source: number, sink: number, potential: Float64Array): { flow: number; cost: number } {
    const n = this.nodes;
    const dist = new Float64Array(n);
    const via = new Int32Array(n); // edge that reached each node
    const heap = new MinHeap();
    let flow = 0;
    let cost = 0;
    for (let exact = true; ; exact = false) {
      dist.fill(Infinity);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size > 0) {
        const [d, u] = heap.pop();
        if (d > dist[u]! + 1e-9) continue; // a stale entry
        if (u === sink) {
          if (exact) continue;
          break; // settled: nothing still in the heap is nearer
        }
        for (let k = this.head[u]!; k !== -1; k = this.next[k]!) {
          const v = this.to[k]!;
          if (this.cap[k]! <= 0 || v === source) continue;
          const nd = d + this.cost[k]! + potential[u]! - potential[v]!;
          if (nd < dist[v]! - 1e-9) {
            dist[v] = nd;
            via[v] = k;
            heap.push(nd, v);
          }
        }
        // the sink labelled no farther than the node just settled is settled too (costs are non-negative)
        if (!exact && dist[sink]! <= d + 1e-9) break;
      }
      const reach = dist[sink]!;
      if (reach === Infinity) return { flow, cost };
      // exact distances: the potentials become them (unreached nodes stay unreachable for good);
      // after an early stop, min(label, reach) keeps every followed edge's reduced cost non-negative
      for (let v = 0; v < n; v++)
        potential[v]! += exact ? (dist[v] === Infinity ? 0 : dist[v]!) : Math.min(dist[v]!, reach);
      for (let v = sink; v !== source; v = this.to[this.reverse[via[v]!]!]!) {
        const k = via[v]!;
        this.cap[k]! -= 1;
        this.cap[this.reverse[k]!]! += 1;
        cost += this.cost[k]!;
      }
      flow += 1;
    }
  }

  /** Dinic on the admissible graph (positive capacity, zero reduced cost). */
  private blockingFlow(
    source: number,
    sink: number,
    potential: Float64Array,
    usable: Uint8Array,
  ): { flow: number; cost: number } {
    const n = this.nodes;
    const admissible = (u: number, k: number) =>
      usable[this.to[k]!] === 1 &&
      this.cap[k]! > 0 &&
      Math.abs(this.cost[k]! + potential[u]! - potential[this.to[k]!]!) < 1e-9;
    const level = new Int32Array(n);
    const current = new Int32Array(n);
    const queue = new Int32Array(n);
    let flow = 0;
    let cost = 0;
    for (;;) {
      level.fill(-1);
      level[source] = 0;
      let tail = 0;
      queue[tail++] = source;
      for (let q = 0; q < tail; q++) {
        const u = queue[q]!;
        for (let k = this.head[u]!; k !== -1; k = this.next[k]!) {
          const v = this.to[k]!;
          if (level[v] === -1 && admissible(u, k)) {
            level[v] = level[u]! + 1;
            queue[tail++] = v;
          }
        }
      }
      if (level[sink] === -1) return { flow, cost };
      current.set(this.head.subarray(0, n));
      // iterative DFS along increasing levels; a dead end is cut off for the rest of the round
      const pathEdges: number[] = [];
      let u = source;
      for (;;) {
        if (u === sink) {
          let push = Infinity;
          for (const k of pathEdges) push = Math.min(push, this.cap[k]!);
          for (const k of pathEdges) {
            this.cap[k]! -= push;
            this.cap[this.reverse[k]!]! += push;
            cost += push * this.cost[k]!;
          }
          flow += push;
          pathEdges.length = 0;
          u = source;
          continue;
        }
        let k = current[u]!;
        while (k !== -1 && !(level[this.to[k]!] === level[u]! + 1 && admissible(u, k))) k = this.next[k]!;
        current[u] = k;
        if (k !== -1) {
          pathEdges.push(k);
          u = this.to[k]!;
          continue;
        }
        if (u === source) break;
        level[u] = -1; // dead end
        const back = pathEdges.pop()!;
        u = this.to[this.reverse[back]!]!;
        current[u] = this.next[current[u]!]!;
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
  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
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

/** Which experts may take which enterprise under the hard rules, with the pair's region cost. */
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
    out.push({ expert: i, cost: regionCost(e.regionCode, enterprise.regionCode, weights) });
  });
  return out;
}

/**
 * Solved in two steps (ADR 0023). 1. Each province alone, in-province pairs only — the former
 * solver, small graphs. 2. Only when an enterprise is still waiting while an expert somewhere still
 * has a free place: one national network that starts from step 1's flow and may add cross-province
 * pairs and move in-province ones to make room for them (successive shortest paths continued). The
 * step-1 flow is optimal among flows of its value in the national network (ADR 0023 gives the
 * argument), so continuing from it ends at the lexicographic optimum.
 *
 * Cross-province pairs all cost the same, so instead of enterprise × expert edges they go through
 * two hubs per category: enterprise (c, P) → H(c, P) → G(c, Q) for every other province Q → each
 * expert of c in Q. An enterprise with a declared conflict against one of those experts gets
 * direct edges instead, so the hubs only ever carry allowed pairs. A cross-province edge costs
 * `crossPenalty` more than its weight, and `crossPenalty` exceeds what any rerouting of pairs can
 * save, so minimising the cost minimises the number of cross-province pairs first.
 */
export function assignExperts(input: {
  experts: ReadonlyArray<MatchExpert>;
  enterprises: ReadonlyArray<MatchEnterprise>;
  conflicts?: ReadonlyArray<{ expertId: string; enterpriseId: string }>;
  weights?: Partial<MatchWeights>;
  /** The day the assistance would start: experts unavailable then are left out. */
  onDate?: string;
}): MatchResult {
  const weights = { ...DEFAULT_WEIGHTS, ...input.weights };
  const { experts, enterprises, onDate } = input;
  const m = enterprises.length;
  const n = experts.length;
  const barredFor = new Map<string, Set<string>>(); // enterprise id → expert ids with a declared conflict
  for (const c of input.conflicts ?? [])
    (barredFor.get(c.enterpriseId) ?? barredFor.set(c.enterpriseId, new Set()).get(c.enterpriseId)!).add(c.expertId);
  const available = experts.map((e) => isAvailable(e, onDate));
  const province = (code: string) => code.slice(0, 2);

  // available experts by category and province: the sparse candidate index
  const byCategoryProvince = new Map<string, Map<string, number[]>>();
  experts.forEach((e, i) => {
    if (!available[i]) return;
    for (const c of new Set(e.categories)) {
      const provinces = byCategoryProvince.get(c) ?? byCategoryProvince.set(c, new Map()).get(c)!;
      (
        provinces.get(province(e.regionCode)) ?? provinces.set(province(e.regionCode), []).get(province(e.regionCode))!
      ).push(i);
    }
  });
  const maxWeight = Math.max(weights.sameCounty, weights.sameCity, weights.sameProvince, weights.otherProvince);
  let loadCosts = 0;
  for (const e of experts) for (let k = e.load ?? 0; k < e.capacity; k++) loadCosts += k * weights.loadStep;
  // more than any simple cycle of the residual graph can gain back: each enterprise node touches
  // at most two pair edges of the cycle, each sink edge is on it at most once
  const crossPenalty = 1 + 2 * m * maxWeight + loadCosts;
  const crossCost = crossPenalty + weights.otherProvince;

  const expertOf = new Int32Array(m).fill(-1);
  const localEnterprise = new Int32Array(m);
  const localExpert = new Int32Array(n);
  const globalPotential = new Float64Array(m + n);

  /** Builds and solves the network of these enterprises and experts; `cross` adds the hubs and starts from `expertOf`. */
  const solve = (js: ReadonlyArray<number>, is: ReadonlyArray<number>, cross: boolean) => {
    js.forEach((j, k) => {
      localEnterprise[j] = 2 + k;
    });
    is.forEach((i, k) => {
      localExpert[i] = 2 + js.length + k;
    });
    const source = 0;
    const sink = 1;
    const network = new FlowNetwork(2 + js.length + is.length);
    const hubs = new Map<string, number>();
    let nodeCount = network.nodes;
    const hub = (key: string) => {
      let node = hubs.get(key);
      if (node === undefined) {
        node = nodeCount++;
        hubs.set(key, node);
      }
      return node;
    };
    const started = new Int32Array(n); // places each expert already fills in the starting flow
    for (const j of js) {
      const enterprise = enterprises[j]!;
      const from = localEnterprise[j]!;
      const begin = cross ? expertOf[j]! : -1;
      network.addEdge(source, from, 1, 0, begin >= 0 ? 1 : 0);
      if (begin >= 0) started[begin]!++;
      const provinces = byCategoryProvince.get(enterprise.category);
      if (!provinces) continue;
      const home = province(enterprise.regionCode);
      const barred = barredFor.get(enterprise.id);
      for (const i of provinces.get(home) ?? []) {
        if (barred?.has(experts[i]!.id)) continue;
        network.addEdge(
          from,
          localExpert[i]!,
          1,
          regionCost(experts[i]!.regionCode, enterprise.regionCode, weights),
          begin === i ? 1 : 0,
        );
      }
      if (!cross) continue;
      const elsewhere = [...provinces.keys()].filter((p) => p !== home);
      if (elsewhere.length === 0) continue;
      if (barred && elsewhere.some((p) => provinces.get(p)!.some((i) => barred.has(experts[i]!.id)))) {
        for (const p of elsewhere)
          for (const i of provinces.get(p)!)
            if (!barred.has(experts[i]!.id)) network.addEdge(from, localExpert[i]!, 1, crossCost);
      } else {
        network.addEdge(from, hub(`H|${enterprise.category}|${home}`), 1, crossCost);
      }
    }
    for (const [key, from] of [...hubs]) {
      const [, category, home] = key.split('|') as [string, string, string];
      for (const [p, list] of byCategoryProvince.get(category)!) {
        if (p === home) continue;
        let outlet = hubs.get(`G|${category}|${p}`);
        if (outlet === undefined) {
          outlet = hub(`G|${category}|${p}`);
          for (const i of list) network.addEdge(outlet, localExpert[i]!, experts[i]!.capacity, 0);
        }
        network.addEdge(from, outlet, m, 0);
      }
    }
    for (const i of is) {
      const expert = experts[i]!;
      // one unit edge per free place, each dearer than the last: convex load cost spreads the work
      // (an optimal flow fills the cheaper places first, so the starting flow does too)
      for (let k = expert.load ?? 0; k < expert.capacity; k++)
        network.addEdge(localExpert[i]!, sink, 1, k * weights.loadStep, k - (expert.load ?? 0) < started[i]! ? 1 : 0);
    }
    const potential = new Float64Array(network.nodes);
    if (cross) for (let v = 2; v < 2 + m + n; v++) potential[v] = globalPotential[v - 2]!;
    network.compact();
    if (cross) network.augmentAlongShortestPaths(source, sink, potential);
    else network.run(source, sink, potential);
    for (const j of js) globalPotential[j] = potential[localEnterprise[j]!]!;
    for (const i of is) globalPotential[m + i] = potential[localExpert[i]!]!;

    // read the pairs back: direct edges name the expert; hub flow is matched up hub by hub
    const firstHub = 2 + js.length + is.length;
    const waiting = new Map<number, number[]>(); // hub H → enterprises that entered it
    for (const j of js) {
      expertOf[j] = -1;
      for (let k = network.head[localEnterprise[j]!]!; k !== -1; k = network.next[k]!) {
        if (!network.isForward[k] || network.flowOn(k) === 0) continue;
        const to = network.to[k]!;
        if (to < firstHub) expertOf[j] = is[to - 2 - js.length]!;
        else (waiting.get(to) ?? waiting.set(to, []).get(to)!).push(j);
      }
    }
    const places = new Map<number, number[]>(); // hub G → expert places it hands out
    const placesOf = (outlet: number) =>
      places.get(outlet) ??
      places
        .set(
          outlet,
          (() => {
            const list: number[] = [];
            for (let k = network.head[outlet]!; k !== -1; k = network.next[k]!) {
              if (network.isForward[k])
                for (let f = network.flowOn(k); f > 0; f--) list.push(is[network.to[k]! - 2 - js.length]!);
            }
            return list;
          })(),
        )
        .get(outlet)!;
    for (const [from, entered] of waiting) {
      for (let k = network.head[from]!; k !== -1; k = network.next[k]!) {
        if (!network.isForward[k]) continue;
        const list = placesOf(network.to[k]!);
        for (let f = network.flowOn(k); f > 0; f--) expertOf[entered.pop()!] = list.pop()!;
      }
    }
  };

  // 1. each province alone
  const byProvince = new Map<string, { js: number[]; is: number[] }>();
  const groupOf = (code: string) =>
    byProvince.get(province(code)) ?? byProvince.set(province(code), { js: [], is: [] }).get(province(code))!;
  enterprises.forEach((e, j) => {
    groupOf(e.regionCode).js.push(j);
  });
  experts.forEach((e, i) => {
    groupOf(e.regionCode).is.push(i);
  });
  for (const { js, is } of byProvince.values()) if (js.length > 0 && is.length > 0) solve(js, is, false);
  // 2. the national pass, when some enterprise waits and some place is free
  const filled = new Int32Array(n);
  for (const i of expertOf) if (i >= 0) filled[i]!++;
  const placeFree = experts.some((e, i) => available[i] && (e.load ?? 0) + filled[i]! < e.capacity);
  if (placeFree && expertOf.some((i) => i < 0))
    solve(
      enterprises.map((_, j) => j),
      experts.map((_, i) => i),
      true,
    );

  const byCategory = new Map<string, number[]>(); // every expert of the category, available or not
  experts.forEach((e, i) => {
    for (const c of new Set(e.categories)) (byCategory.get(c) ?? byCategory.set(c, []).get(c)!).push(i);
  });
  const result: MatchResult = {
    assignments: [],
    unassigned: [],
    objective: { assigned: 0, crossProvince: 0, totalCost: 0 },
  };
  const taken = new Int32Array(n);
  enterprises.forEach((enterprise, j) => {
    const i = expertOf[j]!;
    if (i < 0) {
      result.unassigned.push({
        enterpriseId: enterprise.id,
        reason: unassignedReason(
          enterprise,
          experts,
          byCategory.get(enterprise.category) ?? [],
          available,
          barredFor.get(enterprise.id),
        ),
      });
      return;
    }
    const expert = experts[i]!;
    const cost = regionCost(expert.regionCode, enterprise.regionCode, weights);
    if (!sameProvince(expert.regionCode, enterprise.regionCode)) result.objective.crossProvince++;
    result.objective.totalCost += cost + ((expert.load ?? 0) + taken[i]!++) * weights.loadStep;
    result.assignments.push({ enterpriseId: enterprise.id, expertId: expert.id, cost });
  });
  result.objective.assigned = result.assignments.length;
  return result;
}

/** Why an enterprise is left out; every expert of the category counts, wherever they live. */
function unassignedReason(
  _enterprise: MatchEnterprise,
  experts: ReadonlyArray<MatchExpert>,
  ofCategory: ReadonlyArray<number>,
  available: ReadonlyArray<boolean>,
  barred: ReadonlySet<string> | undefined,
): UnassignedReason {
  if (ofCategory.length === 0) return 'NO_EXPERT_IN_CATEGORY';
  const free = barred ? ofCategory.filter((i) => !barred.has(experts[i]!.id)) : ofCategory;
  if (free.length === 0) return 'ONLY_CONFLICTED_EXPERTS';
  if (!free.some((i) => available[i])) return 'EXPERTS_UNAVAILABLE';
  // a free, available expert of the category exists: a maximum flow leaves it out only when every such place is taken
  return 'EXPERTS_AT_CAPACITY';
}
