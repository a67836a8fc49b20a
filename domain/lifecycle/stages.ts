/**
 * The stages of one enterprise's participation in one campaign (seed 003 §6.2–6.11,
 * seed 002 steps 3–13, seed 000 §二). The main path is ordered; `rejected` and `withdrawn`
 * are terminal side exits.
 */
export const MAIN_PATH = [
  'applied', // 申请 / 推荐 (003 §6.2.2)
  'screened', // 遴选 (003 §6.2.3)
  'selected', // 入选
  'assigned', // 分配帮扶 (000 §一)
  'diagnosed', // 现场调研诊断 (003 §6.5)
  'plan_agreed', // 方案确认 (003 §6.6)
  'implementing', // 方案实施 (003 §6.7)
  'operating', // 体系运行 ≥ 3 months (000 §二(4))
  'reviewed', // 内审与管理评审 (000 §二(5))
  'evaluated', // 验收评价 (003 §6.9)
  'certified', // 认证, optional (002 step 9)
  'closed', // 总结 (003 §6.11)
] as const;

const SIDE_EXITS = ['rejected', 'withdrawn'] as const;

type MainStage = (typeof MAIN_PATH)[number];
export type Stage = MainStage | (typeof SIDE_EXITS)[number];

export const ALL_STAGES: ReadonlyArray<Stage> = [...MAIN_PATH, ...SIDE_EXITS];

/** Stages that may be skipped on the way to `closed` (certification is optional). */
export const OPTIONAL_STAGES: ReadonlySet<Stage> = new Set<Stage>(['certified']);

export function isTerminal(stage: Stage): boolean {
  return stage === 'closed' || stage === 'rejected' || stage === 'withdrawn';
}

export function isStage(value: string): value is Stage {
  return (ALL_STAGES as ReadonlyArray<string>).includes(value);
}

export function mainPathIndex(stage: Stage): number {
  return (MAIN_PATH as ReadonlyArray<string>).indexOf(stage);
}
