/**
 * 认证提升企业质量诊断报告 (seed 003 §6.5.8 and Annex B table B.1): built from the
 * template and a completed survey. Pain points are ranked, findings grouped by Annex A item, and
 * the 诊断意见 numbered for table B.1. The enterprise confirms exactly this content, so it has a
 * canonical form; the server hashes `diagnosisDigestInput(report)` (SHA-256) and stores the digest.
 */
import {
  PROBLEM_CLASSES,
  SURVEY_CHECKS,
  SURVEY_STATUSES,
  URGENCY_LEVELS,
  type ProblemClass,
  type SurveyCheckKey,
  type SurveyCheckResult,
  type SurveyMethod,
  type SurveyStatus,
  type SurveyTemplate,
  type UrgencyLevel,
} from '../survey/annex-a-template.js';
import { canonicalJson } from '../survey/canonical.js';
import type {
  EnterpriseIdeas,
  Interviewee,
  PolicyChange,
  ResourceCommitment,
  Survey,
  SurveyOverview,
} from '../survey/survey.js';

export const DIAGNOSIS_FORMAT = 'uplift.diagnosis/1';

export type PainPointLevel = 'check_failed' | UrgencyLevel | 'nonconforming' | 'partial';

/** A quality-management pain point (003 §6.5.1, §6.6.1 "痛点问题"). */
export interface PainPoint {
  /** 1-based, most pressing first. */
  rank: number;
  source: 'check' | 'urgent_problem' | 'sub_item';
  /** The check key, `urgentProblems.<i>`, or the sub-item key. */
  ref: string;
  itemKey: string | null;
  level: PainPointLevel;
  problemClass: ProblemClass | null;
  zh: string;
  en: string;
  /** The check's note, the problem's description, or the sub-item's finding. */
  detail: string;
}

export interface SubItemFinding {
  subItemKey: string;
  zh: string;
  en: string;
  status: SurveyStatus | null;
  finding: string | null;
  measured: { value: number; unit: string; period: string | null } | null;
  evidenceFileIds: string[];
}

export interface ItemFindings {
  itemKey: string;
  zh: string;
  en: string;
  counts: Record<SurveyStatus | 'unanswered', number>;
  subItems: SubItemFinding[];
}

/** A row of table B.1: 序号, 诊断意见. */
export interface DiagnosisOpinion {
  no: number;
  zh: string;
  en: string;
}

/** What the server adds above the table (B.1: 企业名称; the people who diagnosed; the date). */
export interface DiagnosisHeader {
  enterpriseName: string;
  uscc?: string | null;
  /** 企业质量诊断人员, as they sign. */
  diagnosedBy: ReadonlyArray<string>;
  /** YYYY-MM-DD */
  date?: string | null;
}

export interface DiagnosisReport {
  format: typeof DIAGNOSIS_FORMAT;
  templateId: string;
  templateVersion: number;
  header: DiagnosisHeader | null;
  surveyedOn: string | null;
  methods: SurveyMethod[];
  interviewees: Interviewee[];
  checks: Array<{ key: SurveyCheckKey; zh: string; en: string; result: SurveyCheckResult | null; note: string | null }>;
  painPoints: PainPoint[];
  findingsByItem: ItemFindings[];
  opinions: DiagnosisOpinion[];
  enterpriseIdeas: EnterpriseIdeas | null;
  overview: SurveyOverview | null;
  resourcesCommitted: ResourceCommitment[];
  policyChanges: PolicyChange[];
}

export interface DiagnosisOptions {
  header?: DiagnosisHeader | null;
  /** Further 诊断与改进建议 of the experts (003 §6.5.3), appended after the pain points. */
  recommendations?: ReadonlyArray<string>;
}

const URGENCY_RANK: Record<UrgencyLevel, number> = Object.fromEntries(
  URGENCY_LEVELS.map((u, i) => [u.key, i]),
) as Record<UrgencyLevel, number>;
const nameOf = <K extends string>(list: ReadonlyArray<{ key: K; zh: string; en: string }>, key: K) =>
  list.find((x) => x.key === key);
const text = (s: string | null | undefined) => (s ?? '').trim();

/**
 * Pain points, ranked: failed seed-000 checks first (they concern the enterprise's standing), then
 * the urgent problems by urgency (high, medium, low), then 不符合 sub-items, then 部分符合 ones.
 * Ties keep their recorded order (checks and sub-items in template order, problems as listed).
 */
export function rankPainPoints(template: SurveyTemplate, survey: Survey): PainPoint[] {
  const points: Array<Omit<PainPoint, 'rank'>> = [];
  for (const check of SURVEY_CHECKS) {
    const c = survey.checks[check.key];
    if (c?.result !== 'fail') continue;
    points.push({
      source: 'check',
      ref: check.key,
      itemKey: 'compliance_integrity',
      level: 'check_failed',
      problemClass: 'compliance',
      zh: check.zh,
      en: check.en,
      detail: text(c.note),
    });
  }
  const problems = survey.urgentProblems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (URGENCY_RANK[a.p.urgency] ?? 99) - (URGENCY_RANK[b.p.urgency] ?? 99) || a.i - b.i);
  for (const { p, i } of problems) {
    points.push({
      source: 'urgent_problem',
      ref: `urgentProblems.${i}`,
      itemKey: text(p.itemKey) || null,
      level: p.urgency,
      problemClass: p.class,
      zh: text(p.title),
      en: text(p.title),
      detail: text(p.description),
    });
  }
  for (const status of ['nonconforming', 'partial'] as const) {
    for (const item of template.items) {
      for (const sub of item.subItems) {
        const a = survey.answers[sub.key];
        if (a?.status !== status) continue;
        points.push({
          source: 'sub_item',
          ref: sub.key,
          itemKey: item.key,
          level: status,
          problemClass: null,
          zh: `${item.zh}：${sub.zh}`,
          en: `${item.en}: ${sub.en}`,
          detail: text(a.finding),
        });
      }
    }
  }
  return points.map((p, i) => ({ rank: i + 1, ...p }));
}

/** Every template sub-item with what the survey recorded, grouped by item in template order. */
export function findingsByItem(template: SurveyTemplate, survey: Survey): ItemFindings[] {
  return template.items.map((item) => {
    const counts: ItemFindings['counts'] = {
      conforming: 0,
      partial: 0,
      nonconforming: 0,
      not_applicable: 0,
      unanswered: 0,
    };
    const subItems = item.subItems.map((sub): SubItemFinding => {
      const a = survey.answers[sub.key];
      const status = a?.status ?? null;
      counts[status ?? 'unanswered'] += 1;
      const value = a?.value;
      const measured =
        sub.measure && typeof value === 'number' && Number.isFinite(value)
          ? { value, unit: text(a?.unit) || sub.measure.unit, period: text(a?.period) || null }
          : null;
      return {
        subItemKey: sub.key,
        zh: sub.zh,
        en: sub.en,
        status,
        finding: text(a?.finding) || null,
        measured,
        evidenceFileIds: [...(a?.evidenceFileIds ?? [])],
      };
    });
    return { itemKey: item.key, zh: item.zh, en: item.en, counts, subItems };
  });
}

function opinionFor(p: PainPoint, template: SurveyTemplate, survey: Survey): { zh: string; en: string } {
  const tail = (sepZh: string, sepEn: string) =>
    p.detail ? { zh: `${sepZh}${p.detail}`, en: `${sepEn}${p.detail}` } : { zh: '', en: '' };
  if (p.source === 'check') {
    const t = tail('：', ': ');
    return { zh: `核查“${p.zh}”未通过${t.zh}`, en: `Check failed — ${p.en}${t.en}` };
  }
  if (p.source === 'urgent_problem') {
    const u = nameOf(URGENCY_LEVELS, p.level as UrgencyLevel);
    const c = p.problemClass ? nameOf(PROBLEM_CLASSES, p.problemClass) : undefined;
    const t = tail('：', ': ');
    return {
      zh: `【${u?.zh ?? p.level}·${c?.zh ?? ''}】${p.zh}${t.zh}`,
      en: `[${u?.en ?? p.level} · ${c?.en ?? ''}] ${p.en}${t.en}`,
    };
  }
  const s = nameOf(SURVEY_STATUSES, p.level as SurveyStatus);
  const a = survey.answers[p.ref];
  const sub = template.items.flatMap((i) => i.subItems).find((x) => x.key === p.ref);
  let measuredZh = '';
  let measuredEn = '';
  if (sub?.measure && typeof a?.value === 'number' && Number.isFinite(a.value)) {
    const unit = text(a.unit) || sub.measure.unit;
    const period = text(a.period);
    measuredZh = `（现状：${a.value}${unit}${period ? `，${period}` : ''}）`;
    measuredEn = ` (now ${a.value} ${unit}${period ? `, ${period}` : ''})`;
  }
  const t = tail('：', ': ');
  return {
    zh: `${p.zh}（${s?.zh ?? p.level}）${measuredZh}${t.zh}`,
    en: `${p.en} (${s?.en ?? p.level})${measuredEn}${t.en}`,
  };
}

/**
 * The report content. Build it from a survey that passes `surveyProblems(..., { forCompletion:
 * true })`; on a draft it still builds (a preview) from what is there. Answers on keys the
 * template lacks are left out.
 */
export function buildDiagnosisReport(
  template: SurveyTemplate,
  survey: Survey,
  opts: DiagnosisOptions = {},
): DiagnosisReport {
  const painPoints = rankPainPoints(template, survey);
  const opinions: DiagnosisOpinion[] = painPoints.map((p, i) => ({ no: i + 1, ...opinionFor(p, template, survey) }));
  for (const r of opts.recommendations ?? []) {
    if (!text(r)) continue;
    opinions.push({ no: opinions.length + 1, zh: text(r), en: text(r) });
  }
  return {
    format: DIAGNOSIS_FORMAT,
    templateId: template.id,
    templateVersion: template.version,
    header: opts.header
      ? {
          enterpriseName: text(opts.header.enterpriseName),
          uscc: text(opts.header.uscc) || null,
          diagnosedBy: opts.header.diagnosedBy.map(text).filter(Boolean),
          date: text(opts.header.date) || null,
        }
      : null,
    surveyedOn: text(survey.surveyedOn) || null,
    methods: [...survey.methods],
    interviewees: survey.interviewees.map((p) => ({
      name: text(p.name),
      position: text(p.position),
      department: text(p.department) || null,
    })),
    checks: SURVEY_CHECKS.map((c) => ({
      key: c.key,
      zh: c.zh,
      en: c.en,
      result: survey.checks[c.key]?.result ?? null,
      note: text(survey.checks[c.key]?.note) || null,
    })),
    painPoints,
    findingsByItem: findingsByItem(template, survey),
    opinions,
    enterpriseIdeas: survey.enterpriseIdeas ?? null,
    overview: survey.overview ?? null,
    resourcesCommitted: [...survey.resourcesCommitted],
    policyChanges: [...survey.policyChanges],
  };
}

/** The report as canonical JSON (sorted keys, no whitespace): what is stored and compared. */
export function canonicalDiagnosisJson(report: DiagnosisReport): string {
  return canonicalJson(report);
}

/**
 * The exact string whose SHA-256 is the report's digest: the format tag, a newline, then the
 * canonical JSON. Equal content gives an equal string whatever the key order of the input.
 */
export function diagnosisDigestInput(report: DiagnosisReport): string {
  return `${DIAGNOSIS_FORMAT}\n${canonicalDiagnosisJson(report)}`;
}
