/**
 * National-scale matching (ADR 0012, 0023): 50,000 enterprises and 10,000 experts over 31 provinces ×
 * 12 cities × 8 counties, categories skewed towards manufacturing as in real campaigns, 1–4
 * specialties per expert, capacity 2, 1 % declared conflicts. Baseline in the same run: a greedy
 * pass (each enterprise to its cheapest free candidate in its province), which the optimum must never trail.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  assignExperts,
  candidates,
  DEFAULT_WEIGHTS,
  type MatchEnterprise,
  type MatchExpert,
} from '../domain/matching/assignment.js';

/**
 * BENCH_MATCHING_BASELINE=<git ref> (e.g. main) also runs that revision's solver on each instance in
 * the same process, for a new/old ratio measured under the same load.
 */
async function loadBaseline(
  ref: string | undefined,
): Promise<{ solve: typeof assignExperts; cleanup: () => void } | undefined> {
  if (!ref) return undefined;
  const source = execFileSync('git', ['show', `${ref}:domain/matching/assignment.ts`], { encoding: 'utf8' });
  const file = fileURLToPath(new URL('../domain/matching/assignment.baseline-bench.ts', import.meta.url));
  writeFileSync(file, source);
  const module = (await import(file)) as { assignExperts: typeof assignExperts };
  return { solve: module.assignExperts, cleanup: () => rmSync(file, { force: true }) };
}

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Manufacturing-heavy category weights (most assisted firms are 17, 18, 19, 14, 03, 29 …). */
const HOT = ['17', '18', '19', '14', '03', '29', '28', '22', '23', '12', '04', '09'];

export function generateInstance(enterpriseCount: number, expertCount: number, seed = 7) {
  const random = rng(seed);
  const county = () => {
    const p = 11 + Math.floor(random() * 31);
    const c = 1 + Math.floor(random() * 12);
    const k = 1 + Math.floor(random() * 8);
    return `${p}${String(c).padStart(2, '0')}${String(k).padStart(2, '0')}`;
  };
  const category = () =>
    random() < 0.8 ? HOT[Math.floor(random() * HOT.length)]! : String(1 + Math.floor(random() * 39)).padStart(2, '0');
  const experts: MatchExpert[] = Array.from({ length: expertCount }, (_, i) => ({
    id: `x${i}`,
    regionCode: county(),
    capacity: 2,
    categories: [...new Set(Array.from({ length: 1 + Math.floor(random() * 4) }, category))],
  }));
  const enterprises: MatchEnterprise[] = Array.from({ length: enterpriseCount }, (_, i) => ({
    id: `e${i}`,
    category: category(),
    regionCode: county(),
  }));
  const conflicts = Array.from({ length: Math.floor(enterpriseCount / 100) }, () => ({
    expertId: experts[Math.floor(random() * expertCount)]!.id,
    enterpriseId: enterprises[Math.floor(random() * enterpriseCount)]!.id,
  }));
  return { experts, enterprises, conflicts };
}

function greedy(instance: ReturnType<typeof generateInstance>) {
  const conflicts = new Set(instance.conflicts.map((c) => `${c.expertId}|${c.enterpriseId}`));
  const byProvince = new Map<string, MatchExpert[]>();
  for (const e of instance.experts)
    byProvince.set(e.regionCode.slice(0, 2), [...(byProvince.get(e.regionCode.slice(0, 2)) ?? []), e]);
  const taken = new Map<string, number>();
  let assigned = 0;
  let cost = 0;
  for (const enterprise of instance.enterprises) {
    const pool = byProvince.get(enterprise.regionCode.slice(0, 2)) ?? [];
    const options = candidates(pool, enterprise, conflicts)
      .map((c) => ({ ...c, expert: pool[c.expert]! }))
      .filter((c) => (taken.get(c.expert.id) ?? 0) < c.expert.capacity)
      .sort((a, b) => a.cost + (taken.get(a.expert.id) ?? 0) - (b.cost + (taken.get(b.expert.id) ?? 0)));
    const pick = options[0];
    if (!pick) continue;
    const load = taken.get(pick.expert.id) ?? 0;
    cost += pick.cost + load * DEFAULT_WEIGHTS.loadStep;
    taken.set(pick.expert.id, load + 1);
    assigned++;
  }
  return { assigned, cost };
}

export async function runMatchingBench(): Promise<void> {
  const rows: string[] = [];
  const baselineRef = process.env.BENCH_MATCHING_BASELINE;
  const baseline = await loadBaseline(baselineRef);
  baseline?.cleanup();
  if (baseline) {
    // both solvers compiled by the JIT before anything is timed, so neither pays for warming up
    const warmUp = generateInstance(5_000, 1_000, 11);
    assignExperts(warmUp);
    baseline.solve(warmUp);
  }
  // 20,000 × 10,000 leaves places free while some enterprises wait: the national cross-province pass runs
  for (const [enterprises, experts] of [
    [5_000, 1_000],
    [50_000, 10_000],
    [20_000, 10_000],
  ] as const) {
    const instance = generateInstance(enterprises, experts);
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    let start = performance.now();
    const greedyResult = greedy(instance);
    const greedyMs = performance.now() - start;
    start = performance.now();
    const result = assignExperts(instance);
    const optimalMs = performance.now() - start;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    rows.push(
      `| ${enterprises} × ${experts} | greedy baseline | ${(greedyMs / 1000).toFixed(2)} | 1.00 | | ${greedyResult.assigned} | ${greedyResult.cost} |`,
    );
    rows.push(
      `| ${enterprises} × ${experts} | optimal (min-cost flow${result.objective.crossProvince ? `, ${result.objective.crossProvince} cross-province` : ''}) | ${(optimalMs / 1000).toFixed(2)} | ${(optimalMs / greedyMs).toFixed(2)} | ${Math.round(peak / 1024 / 1024)} | ${result.objective.assigned} | ${result.objective.totalCost} |`,
    );
    if (baseline) {
      start = performance.now();
      const before = baseline.solve(instance);
      const beforeMs = performance.now() - start;
      const same =
        before.objective.assigned === result.objective.assigned &&
        before.objective.crossProvince === result.objective.crossProvince &&
        before.objective.totalCost === result.objective.totalCost;
      rows.push(
        `| ${enterprises} × ${experts} | ${baselineRef}'s solver (new/old ${(optimalMs / beforeMs).toFixed(2)}×${same ? ', same objective' : ', OBJECTIVE DIFFERS'}) | ${(beforeMs / 1000).toFixed(2)} | ${(beforeMs / greedyMs).toFixed(2)} | | ${before.objective.assigned} | ${before.objective.totalCost} |`,
      );
    }
  }
  console.log('\nmatching benchmark (target: 50,000 × 10,000 optimal in < 10 s and < 1 GiB)');
  console.log(
    '| instance | solver | seconds | × greedy | peak RSS MiB | assigned | total cost |\n|---|---|---|---|---|---|---|',
  );
  for (const r of rows) console.log(r);
}
