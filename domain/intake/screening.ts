/**
 * Eligibility screening (遴选, 003 §6.2.3; ADR 0009). The checklist is built from the seeds:
 * 003 §5.1 and 001 §三 (registered in the region, licences, not on the 经营异常名录 nor the
 * 严重违法失信名单, no major safety or quality accident and no quality penalty or exposure in two
 * years, operating normally, willing and committing resources), the small/micro size rule
 * (003 §3.1; 2017 rule), and optional campaign rules such as Hunan's main-business revenue
 * above 2000万 (seed 004).
 */
export const SCREENING_ITEMS = [
  { key: 'registered_in_region', clause: '003 §5.1; 001 §三' },
  { key: 'licences', clause: '003 §5.1 依法取得相应资质' },
  { key: 'not_abnormal_list', clause: '001 §三 经营异常名录', verification: true },
  { key: 'not_dishonesty_list', clause: '000; 001 §三; 003 §5.1 严重违法失信名单', verification: true },
  { key: 'no_major_accident', clause: '003 §5.1 近两年内未发生重大安全、质量事故' },
  { key: 'no_quality_penalty', clause: '000 §二(2) 无质量处罚或曝光' },
  { key: 'operating_normally', clause: '001 §三 生产经营正常' },
  { key: 'willing_and_resourced', clause: '003 §5.1 认证提升意愿、愿意投入必要的资源' },
  { key: 'small_or_micro', clause: '003 §3.1; 国统字〔2017〕213号' },
  { key: 'min_main_revenue', clause: '004 年主营业务收入2000万元以上 (campaign rule)', optional: true },
] as const;

export type ScreeningItemKey = (typeof SCREENING_ITEMS)[number]['key'];

/**
 * Items the platform answers from the application (size rule, campaign revenue rule). A result the
 * rule settled cannot be overwritten; when the rule cannot settle it (no size row for the industry,
 * e.g. 教育 or 卫生, or a missing figure; ADR 0010) the officer answers it with evidence and source,
 * or corrects the application's figures (domain/intake/figure-correction). ADR 0025.
 */
export const AUTOMATIC_SCREENING_ITEMS: ReadonlySet<ScreeningItemKey> = new Set<ScreeningItemKey>([
  'small_or_micro',
  'min_main_revenue',
]);

/** Screening is recorded while the selection decision is open. */
export const SCREENING_OPEN_STAGES: ReadonlySet<string> = new Set(['applied', 'screened']);
export type ScreeningResult = 'pass' | 'fail' | 'unknown';

export interface ScreeningItem {
  key: ScreeningItemKey;
  result: ScreeningResult;
  evidence?: string;
  /** For list checks: where it was verified (e.g. 国家企业信用信息公示系统), since the registry has no public API. */
  source?: string;
  verifiedBy?: string;
  verifiedAt?: string;
  /** A rule item its rule could not settle: the officer answers it (with evidence and source). */
  ruleUndecided?: boolean;
}

export interface CampaignEligibility {
  minMainRevenueWan?: number;
}

/** The items a campaign's screening must answer: the optional revenue rule only when the campaign sets it. */
export function requiredScreeningItems(rules: CampaignEligibility): ScreeningItemKey[] {
  return SCREENING_ITEMS.filter((i) => !('optional' in i) || rules.minMainRevenueWan !== undefined).map((i) => i.key);
}

export interface ScreeningSummary {
  passed: ScreeningItemKey[];
  failed: ScreeningItemKey[];
  /** Required items still unknown or not yet answered. */
  open: ScreeningItemKey[];
  /** eligible: every required item passed; ineligible: one failed; undetermined: none failed, some open. */
  outcome: 'eligible' | 'ineligible' | 'undetermined';
}

export function summarizeScreening(items: ReadonlyArray<ScreeningItem>, rules: CampaignEligibility): ScreeningSummary {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const required = requiredScreeningItems(rules);
  const passed = required.filter((k) => byKey.get(k)?.result === 'pass');
  const failed = required.filter((k) => byKey.get(k)?.result === 'fail');
  const open = required.filter((k) => !byKey.has(k) || byKey.get(k)!.result === 'unknown');
  const outcome = failed.length > 0 ? 'ineligible' : open.length > 0 ? 'undetermined' : 'eligible';
  return { passed, failed, open, outcome };
}

/** Items the platform answers itself from the application: size class and the campaign's revenue rule. */
export function automaticScreeningItems(input: {
  sizeClass: string | null;
  mainRevenueWan: number | null;
  rules: CampaignEligibility;
}): ScreeningItem[] {
  const items: ScreeningItem[] = [];
  if (input.sizeClass) {
    items.push({
      key: 'small_or_micro',
      result:
        input.sizeClass === 'small' || input.sizeClass === 'micro'
          ? 'pass'
          : input.sizeClass === 'not_applicable'
            ? 'unknown'
            : 'fail',
      evidence: `size=${input.sizeClass}`,
      source: 'rule:enterprise-size-2017',
    });
  }
  if (input.rules.minMainRevenueWan !== undefined) {
    items.push({
      key: 'min_main_revenue',
      result:
        input.mainRevenueWan === null
          ? 'unknown'
          : input.mainRevenueWan >= input.rules.minMainRevenueWan
            ? 'pass'
            : 'fail',
      evidence: `revenue=${input.mainRevenueWan ?? '?'}万 ≥ ${input.rules.minMainRevenueWan}万`,
      source: 'rule:campaign',
    });
  }
  return items;
}

/**
 * The checklist as shown and summarized: each required item in checklist order. A rule item the
 * rule settled is the rule's; one it could not settle is the officer's recorded answer, if any.
 */
export function mergeScreeningItems(
  recorded: ReadonlyArray<ScreeningItem>,
  automatic: ReadonlyArray<ScreeningItem>,
  rules: CampaignEligibility,
): ScreeningItem[] {
  const byKey = new Map(recorded.map((i) => [i.key, i]));
  const auto = new Map(automatic.map((i) => [i.key, i]));
  return requiredScreeningItems(rules).map((key) => {
    const ruled = auto.get(key);
    if (ruled && ruled.result !== 'unknown') return ruled;
    if (!AUTOMATIC_SCREENING_ITEMS.has(key)) return byKey.get(key) ?? { key, result: 'unknown' };
    // no answer from the rule (no size class: no size row, or figures that do not settle it)
    const answered = byKey.get(key);
    if (answered && answered.result !== 'unknown') return { ...answered, ruleUndecided: true };
    return { ...(ruled ?? { key, result: 'unknown' as const }), ruleUndecided: true };
  });
}

interface ScreeningAnswerProblem {
  field: string;
  code: 'SCREENING_DECIDED_BY_RULE' | 'REQUIRED';
  detail?: string;
}

/**
 * Whether an officer may record this answer. 003 §5.1 makes the items requirements, so a result
 * the rule settled stands (ADR 0009); a rule item the rule left open needs its evidence and source,
 * since the officer's answer replaces the rule's (ADR 0025).
 */
export function screeningAnswerProblem(
  answer: Pick<ScreeningItem, 'key' | 'result' | 'evidence' | 'source'>,
  automatic: ReadonlyArray<ScreeningItem>,
): ScreeningAnswerProblem | null {
  if (!AUTOMATIC_SCREENING_ITEMS.has(answer.key)) return null;
  const ruled = automatic.find((i) => i.key === answer.key);
  if (ruled && ruled.result !== 'unknown')
    return { field: `items.${answer.key}`, code: 'SCREENING_DECIDED_BY_RULE', detail: answer.key };
  if (answer.result === 'unknown') return null;
  if (!answer.evidence?.trim()) return { field: `items.${answer.key}.evidence`, code: 'REQUIRED' };
  if (!answer.source?.trim()) return { field: `items.${answer.key}.source`, code: 'REQUIRED' };
  return null;
}
