/**
 * The on-site survey record (现场调研; seed 003 §6.5, Annex A; seed 000 §二(2); seed 002
 * step 3) and its rules: what a draft may hold, what a completed survey must hold, progress per
 * item, and the three-way merge of an offline draft with the server's copy.
 */
import type { ErrorCode } from '../errors/codes.js';
import { isIsoDate } from '../dates/iso-date.js';
import {
  POLICY_CHANGE_KINDS,
  PROBLEM_CLASSES,
  RESOURCE_KINDS,
  SURVEY_CHECKS,
  SURVEY_CHECK_RESULTS,
  SURVEY_METHODS,
  SURVEY_STATUSES,
  URGENCY_LEVELS,
  findSubItem,
  type PolicyChangeKind,
  type ProblemClass,
  type ResourceKind,
  type SurveyCheckKey,
  type SurveyCheckResult,
  type SurveyMeasure,
  type SurveyMethod,
  type SurveyStatus,
  type SurveyTemplate,
  type UrgencyLevel,
} from './annex-a-template.js';
import { sameContent } from './canonical.js';

/** The answer on one Annex A sub-item. */
export interface SubItemAnswer {
  status?: SurveyStatus | null;
  /** What was found; required for 不符合 and 部分符合 on completion. */
  finding?: string | null;
  /** Ids of uploaded files (purpose survey_evidence). */
  evidenceFileIds?: ReadonlyArray<string>;
  /** For a measure: the surveyed value, its unit (default: the template's) and period (e.g. 2025年). */
  value?: number | null;
  unit?: string | null;
  period?: string | null;
}

/** 003 §6.5.4: 企业高管、各职能部门负责人及其他相关人员. */
export interface Interviewee {
  name: string;
  position: string;
  department?: string | null;
}

export interface CheckRecord {
  result: SurveyCheckResult;
  /** How and where it was verified, or what was found. Required when the check fails. */
  note?: string | null;
}

/** Seed 000 §二(2): 急需解决的问题，紧要级别/分类. */
export interface UrgentProblem {
  title: string;
  urgency: UrgencyLevel;
  class: ProblemClass;
  description: string;
  /** The Annex A item it concerns, when one does. */
  itemKey?: string | null;
}

/** Seed 000 §二(2): 企业对解决问题的想法，是否有应对措施. */
export interface EnterpriseIdeas {
  ideas: string;
  hasMeasures: boolean | null;
  measures?: string | null;
}

/** Seed 000 §二(2): 企业整体的情况、质量管理的程度、建立体系的着手点. */
export interface SurveyOverview {
  situation?: string | null;
  qualityManagementLevel?: string | null;
  startingPoint?: string | null;
}

/** Seed 000 §二(2): 投入必要资源……的限度. */
export interface ResourceCommitment {
  kind: ResourceKind;
  description: string;
  /** The limit the enterprise states (e.g. "不超过 5 万元", "每周 1 天"). */
  limit?: string | null;
}

/** Seed 000 §二(2): 企业所属行业的政策变化，是否能够有效应对. */
export interface PolicyChange {
  kind: PolicyChangeKind;
  description: string;
  canRespond?: boolean | null;
  response?: string | null;
}

export interface Survey {
  templateId: string;
  templateVersion: number;
  /** First day on site (YYYY-MM-DD). */
  surveyedOn?: string | null;
  answers: Readonly<Record<string, SubItemAnswer>>;
  methods: ReadonlyArray<SurveyMethod>;
  interviewees: ReadonlyArray<Interviewee>;
  checks: Readonly<Partial<Record<SurveyCheckKey, CheckRecord>>>;
  urgentProblems: ReadonlyArray<UrgentProblem>;
  enterpriseIdeas?: EnterpriseIdeas | null;
  overview?: SurveyOverview | null;
  resourcesCommitted: ReadonlyArray<ResourceCommitment>;
  policyChanges: ReadonlyArray<PolicyChange>;
}

export interface SurveyProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

/** A survey with nothing recorded yet, for a template. */
export function emptySurvey(template: Pick<SurveyTemplate, 'id' | 'version'>): Survey {
  return {
    templateId: template.id,
    templateVersion: template.version,
    surveyedOn: null,
    answers: {},
    methods: [],
    interviewees: [],
    checks: {},
    urgentProblems: [],
    enterpriseIdeas: null,
    overview: null,
    resourcesCommitted: [],
    policyChanges: [],
  };
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';
const STATUS_KEYS: ReadonlyArray<string> = SURVEY_STATUSES.map((s) => s.key);
const METHOD_KEYS: ReadonlyArray<string> = SURVEY_METHODS.map((m) => m.key);
const CHECK_KEYS: ReadonlyArray<string> = SURVEY_CHECKS.map((c) => c.key);
const URGENCY_KEYS: ReadonlyArray<string> = URGENCY_LEVELS.map((u) => u.key);
const CLASS_KEYS: ReadonlyArray<string> = PROBLEM_CLASSES.map((c) => c.key);
const RESOURCE_KEYS: ReadonlyArray<string> = RESOURCE_KINDS.map((r) => r.key);
const POLICY_KEYS: ReadonlyArray<string> = POLICY_CHANGE_KINDS.map((p) => p.key);

/** Is a recorded value acceptable for this measure? Returns the reason when not. */
export function measureValueProblem(measure: SurveyMeasure, value: unknown, unit?: string | null): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not a finite number';
  // bounds apply in the template's own unit (a region's answer in another unit is taken as recorded)
  if (!blank(unit) && unit!.trim() !== measure.unit) return undefined;
  if (measure.integer && !Number.isInteger(value)) return 'whole number';
  if (measure.min !== undefined && value < measure.min) return `≥ ${measure.min}`;
  if (measure.max !== undefined && value > measure.max) return `≤ ${measure.max}`;
  return undefined;
}

/**
 * Every problem of a survey, in field order. A draft (forCompletion false) may be incomplete but
 * what it holds must be well formed; completing it also needs (003 §6.5, 000 §二(2), 002 step 3):
 * a status on every sub-item, a finding for 不符合/部分符合, a value or a finding on every
 * applicable measure and a period with each value, at least one method and one interviewee, each
 * seed-000 check answered pass or fail (a failure with a note, and not contradicted by a 符合 on
 * its Annex A sub-item), at least one urgent problem with a description, the enterprise's ideas,
 * and at least one resource it can commit.
 */
export function surveyProblems(
  template: SurveyTemplate,
  survey: Survey,
  opts: { forCompletion: boolean },
): SurveyProblem[] {
  const problems: SurveyProblem[] = [];
  const add = (field: string, code: ErrorCode, detail?: string) =>
    problems.push(detail === undefined ? { field, code } : { field, code, detail });
  const complete = opts.forCompletion;

  if (survey.templateId !== template.id || survey.templateVersion !== template.version) {
    add('templateId', 'SURVEY_TEMPLATE_MISMATCH', `${survey.templateId}@${survey.templateVersion}`);
  }
  if (!blank(survey.surveyedOn) && !isIsoDate(survey.surveyedOn!)) add('surveyedOn', 'DATE_INVALID');
  if (complete && blank(survey.surveyedOn)) add('surveyedOn', 'REQUIRED');

  // answers on keys the template does not have
  for (const key of Object.keys(survey.answers)) {
    if (!findSubItem(template, key)) add(`answers.${key}`, 'SURVEY_SUB_ITEM_UNKNOWN', key);
  }
  // the template's sub-items, in template order
  for (const item of template.items) {
    for (const sub of item.subItems) {
      const at = `answers.${sub.key}`;
      const a = survey.answers[sub.key];
      const status = a?.status ?? null;
      if (status !== null && !STATUS_KEYS.includes(status)) add(`${at}.status`, 'VALIDATION_FAILED', String(status));
      else if (status === null && complete) add(`${at}.status`, 'SURVEY_STATUS_REQUIRED', sub.key);
      if (complete && (status === 'nonconforming' || status === 'partial') && blank(a?.finding))
        add(`${at}.finding`, 'SURVEY_FINDING_REQUIRED', sub.key);
      (a?.evidenceFileIds ?? []).forEach((id, i) => {
        if (typeof id !== 'string' || blank(id)) add(`${at}.evidenceFileIds.${i}`, 'VALIDATION_FAILED', 'file id');
      });
      const hasValue = a?.value !== undefined && a?.value !== null;
      if (!sub.measure) {
        if (hasValue) add(`${at}.value`, 'SURVEY_VALUE_NOT_MEASURE', sub.key);
        continue;
      }
      if (hasValue) {
        const why = measureValueProblem(sub.measure, a!.value, a!.unit);
        if (why) add(`${at}.value`, 'SURVEY_MEASURE_INVALID', why);
        if (complete && blank(a!.period)) add(`${at}.period`, 'SURVEY_MEASURE_PERIOD_REQUIRED', sub.key);
      } else if (complete && status !== null && status !== 'not_applicable' && blank(a?.finding)) {
        // no figure: the finding must say why (e.g. 未统计)
        add(`${at}.value`, 'SURVEY_MEASURE_VALUE_OR_FINDING', sub.key);
      }
    }
  }

  survey.methods.forEach((m, i) => {
    if (!METHOD_KEYS.includes(m)) add(`methods.${i}`, 'VALIDATION_FAILED', String(m));
    else if (survey.methods.indexOf(m) !== i) add(`methods.${i}`, 'VALIDATION_FAILED', `duplicate ${m}`);
  });
  if (complete && survey.methods.length === 0) add('methods', 'SURVEY_METHOD_REQUIRED');

  survey.interviewees.forEach((p, i) => {
    if (blank(p.name)) add(`interviewees.${i}.name`, 'REQUIRED');
    if (blank(p.position)) add(`interviewees.${i}.position`, 'REQUIRED');
  });
  if (complete && survey.interviewees.length === 0) add('interviewees', 'SURVEY_INTERVIEWEE_REQUIRED');

  for (const key of Object.keys(survey.checks)) {
    if (!CHECK_KEYS.includes(key)) add(`checks.${key}`, 'VALIDATION_FAILED', key);
  }
  for (const check of SURVEY_CHECKS) {
    const at = `checks.${check.key}`;
    const c = survey.checks[check.key];
    if (c && !SURVEY_CHECK_RESULTS.includes(c.result)) {
      add(`${at}.result`, 'VALIDATION_FAILED', String(c.result));
      continue;
    }
    if (!complete) continue;
    if (!c || c.result === 'unknown') {
      add(`${at}.result`, 'SURVEY_CHECK_REQUIRED', check.key);
      continue;
    }
    if (c.result === 'fail') {
      if (blank(c.note)) add(`${at}.note`, 'REQUIRED');
      if (survey.answers[check.subItemKey]?.status === 'conforming' && findSubItem(template, check.subItemKey)) {
        add(`answers.${check.subItemKey}.status`, 'SURVEY_CHECK_CONTRADICTION', check.key);
      }
    }
  }

  survey.urgentProblems.forEach((p, i) => {
    const at = `urgentProblems.${i}`;
    if (blank(p.title)) add(`${at}.title`, 'REQUIRED');
    if (!URGENCY_KEYS.includes(p.urgency)) add(`${at}.urgency`, 'VALIDATION_FAILED', String(p.urgency));
    if (!CLASS_KEYS.includes(p.class)) add(`${at}.class`, 'VALIDATION_FAILED', String(p.class));
    if (!blank(p.itemKey) && !template.items.some((it) => it.key === p.itemKey))
      add(`${at}.itemKey`, 'SURVEY_ITEM_UNKNOWN', p.itemKey!);
    if (complete && blank(p.description)) add(`${at}.description`, 'REQUIRED');
  });
  if (complete && survey.urgentProblems.length === 0) add('urgentProblems', 'SURVEY_URGENT_PROBLEM_REQUIRED');

  if (complete && blank(survey.enterpriseIdeas?.ideas)) add('enterpriseIdeas.ideas', 'REQUIRED');
  if (survey.enterpriseIdeas?.hasMeasures === true && complete && blank(survey.enterpriseIdeas.measures))
    add('enterpriseIdeas.measures', 'REQUIRED');

  survey.resourcesCommitted.forEach((r, i) => {
    if (!RESOURCE_KEYS.includes(r.kind)) add(`resourcesCommitted.${i}.kind`, 'VALIDATION_FAILED', String(r.kind));
    if (blank(r.description)) add(`resourcesCommitted.${i}.description`, 'REQUIRED');
  });
  if (complete && survey.resourcesCommitted.length === 0) add('resourcesCommitted', 'REQUIRED');

  survey.policyChanges.forEach((p, i) => {
    if (!POLICY_KEYS.includes(p.kind)) add(`policyChanges.${i}.kind`, 'VALIDATION_FAILED', String(p.kind));
    if (blank(p.description)) add(`policyChanges.${i}.description`, 'REQUIRED');
  });
  return problems;
}

interface ItemProgress {
  itemKey: string;
  answered: number;
  total: number;
}

/** Sub-items with a status, per template item, in template order; answers on unknown keys are not counted. */
export function surveyProgress(
  template: SurveyTemplate,
  survey: Survey,
): { items: ItemProgress[]; answered: number; total: number } {
  const items = template.items.map((item) => ({
    itemKey: item.key,
    answered: item.subItems.filter((s) => {
      const st = survey.answers[s.key]?.status;
      return st !== undefined && st !== null && STATUS_KEYS.includes(st);
    }).length,
    total: item.subItems.length,
  }));
  return {
    items,
    answered: items.reduce((n, i) => n + i.answered, 0),
    total: items.reduce((n, i) => n + i.total, 0),
  };
}

/** One place where the offline draft and the server both changed the same thing differently. */
interface SurveyMergeConflict {
  /** `answers.<subItemKey>`, `checks.<checkKey>`, or a section: template, surveyedOn, methods, interviewees, urgentProblems, enterpriseIdeas, overview, resourcesCommitted, policyChanges. */
  path: string;
  base: unknown;
  /** What the merged draft keeps. */
  server: unknown;
  /** The browser's value, to show beside the server's. */
  local: unknown;
}

interface SurveyMergeResult {
  merged: Survey;
  conflicts: SurveyMergeConflict[];
}

type Section =
  | 'surveyedOn'
  | 'methods'
  | 'interviewees'
  | 'urgentProblems'
  | 'enterpriseIdeas'
  | 'overview'
  | 'resourcesCommitted'
  | 'policyChanges';
const SECTIONS: ReadonlyArray<Section> = [
  'surveyedOn',
  'methods',
  'interviewees',
  'urgentProblems',
  'enterpriseIdeas',
  'overview',
  'resourcesCommitted',
  'policyChanges',
];

function orderedUnion(...lists: ReadonlyArray<ReadonlyArray<string>>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const k of list) {
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(k);
    }
  }
  return out;
}

/**
 * Three-way merge of survey drafts for offline sync (ADR 0014). `base` is the server revision the
 * browser's draft started from (null when the draft was begun offline with no copy). The units
 * are each sub-item answer, each seed-000 check, the template reference and each other section.
 * Per unit: unchanged locally → server's; changed only locally → local's; changed on both sides
 * to the same value → that value; changed on both sides differently → server's is kept and a
 * conflict is listed with the local value, for the browser to show (never a silent overwrite).
 * Emptiness does not count as a change (null, '', [] and a missing field are the same).
 */
export function mergeSurveyDrafts(base: Survey | null, server: Survey, local: Survey): SurveyMergeResult {
  const conflicts: SurveyMergeConflict[] = [];
  /** 'server' | 'local' — which side's value the merge takes. */
  const decide = (path: string, b: unknown, s: unknown, l: unknown): 'server' | 'local' => {
    const localChanged = base === null ? !sameContent(s, l) : !sameContent(b, l);
    if (!localChanged || sameContent(s, l)) return 'server';
    const serverChanged = base === null ? true : !sameContent(b, s);
    if (!serverChanged) return 'local';
    conflicts.push({ path, base: b, server: s, local: l });
    return 'server';
  };

  let templateId = server.templateId;
  let templateVersion = server.templateVersion;
  const tpl = (x: Survey | null) => (x ? { id: x.templateId, version: x.templateVersion } : undefined);
  if (decide('template', tpl(base), tpl(server), tpl(local)) === 'local') {
    templateId = local.templateId;
    templateVersion = local.templateVersion;
  }

  const merged: { -readonly [K in keyof Survey]: Survey[K] } = { ...server, templateId, templateVersion };
  for (const section of SECTIONS) {
    if (decide(section, base?.[section], server[section], local[section]) === 'local') {
      (merged as Record<string, unknown>)[section] = local[section];
    }
  }

  const answers: Record<string, SubItemAnswer> = { ...server.answers };
  for (const key of orderedUnion(
    Object.keys(server.answers),
    Object.keys(local.answers),
    Object.keys(base?.answers ?? {}),
  )) {
    if (decide(`answers.${key}`, base?.answers[key], server.answers[key], local.answers[key]) === 'local') {
      const l = local.answers[key];
      if (l === undefined) delete answers[key];
      else answers[key] = l;
    }
  }
  merged.answers = answers;

  const checks: Partial<Record<SurveyCheckKey, CheckRecord>> = { ...server.checks };
  const checkKeys = orderedUnion(
    Object.keys(server.checks),
    Object.keys(local.checks),
    Object.keys(base?.checks ?? {}),
  ) as SurveyCheckKey[];
  for (const key of checkKeys) {
    if (decide(`checks.${key}`, base?.checks[key], server.checks[key], local.checks[key]) === 'local') {
      const l = local.checks[key];
      if (l === undefined) delete checks[key];
      else checks[key] = l;
    }
  }
  merged.checks = checks;
  return { merged, conflicts };
}
