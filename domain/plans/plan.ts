/**
 * 认证提升方案, "一企一策" (seed 003 §6.6.1 a)–h), §6.6.2, §6.7.2.2, §6.7.3, Annex C;
 * seed 002 step 5; seed 000 §二(3)): the plan's sections, its improvement indicators (Annex C
 * 评价指标 / 提升前 / 提升目标), the rules a submitted plan must meet, and its versioning.
 */
import type { Role } from '../access/roles.js';
import type { ErrorCode } from '../errors/codes.js';
import { EVALUATION_ITEMS } from '../evaluation/grade.js';
import { isIsoDate } from '../dates/iso-date.js';
import {
  DIRECTIONS,
  findSubItem,
  type Direction,
  type SurveyMeasure,
  type SurveyTemplate,
} from '../survey/annex-a-template.js';
import { measureValueProblem, type Survey } from '../survey/survey.js';

/** 003 §6.6.1 a)–h). */
export const PLAN_SECTIONS = [
  {
    key: 'organization',
    letter: 'a',
    zh: '组织架构、岗位职责、管理制度、工作流程、关键控制点、表格工具',
    en: 'Organization, roles, rules, workflows, key control points, forms and tools',
    clause: '003 §6.6.1 a)',
  },
  {
    key: 'resources',
    letter: 'b',
    zh: '人力、信息、技术、设备、物资等资源配置',
    en: 'People, information, technology, equipment and materials',
    clause: '003 §6.6.1 b)',
  },
  {
    key: 'evaluation',
    letter: 'c',
    zh: '评价节点、提升目标及项目结束时的评价方法',
    en: 'Evaluation points, targets and the final evaluation method',
    clause: '003 §6.6.1 c)',
  },
  {
    key: 'feasibility',
    letter: 'd',
    zh: '与企业高层或相关人员研讨可行性',
    en: 'Feasibility discussed with the enterprise’s leaders',
    clause: '003 §6.6.1 d)',
  },
  { key: 'training', letter: 'e', zh: '培训活动安排', en: 'Training activities', clause: '003 §6.6.1 e); §6.7.2.2' },
  {
    key: 'monitoring',
    letter: 'f',
    zh: '质量监测与保障措施',
    en: 'Quality monitoring and assurance',
    clause: '003 §6.6.1 f)',
  },
  {
    key: 'milestones',
    letter: 'g',
    zh: '阶段目标和阶段成果',
    en: 'Stage goals and deliverables',
    clause: '003 §6.6.1 g)',
  },
  { key: 'other', letter: 'h', zh: '其他相关资料', en: 'Other material', clause: '003 §6.6.1 h)' },
] as const;
export type PlanSectionKey = (typeof PLAN_SECTIONS)[number]['key'];

/** 003 §6.6.1 a): what the plan builds for the enterprise. */
export const ORGANIZATION_ELEMENTS = [
  { key: 'structure', zh: '组织架构', en: 'Organization structure' },
  { key: 'responsibilities', zh: '岗位职责', en: 'Roles and responsibilities' },
  { key: 'rules', zh: '管理制度', en: 'Management rules' },
  { key: 'workflows', zh: '工作流程', en: 'Workflows' },
  {
    key: 'key_control_points',
    zh: '生产服务流程及关键控制点',
    en: 'Production/service processes and key control points',
  },
  { key: 'forms_tools', zh: '表格工具', en: 'Forms and tools' },
] as const;
export type OrganizationElement = (typeof ORGANIZATION_ELEMENTS)[number]['key'];

/** 003 §6.6.1 b). */
export const PLAN_RESOURCE_TYPES = [
  { key: 'people', zh: '人力', en: 'People' },
  { key: 'information', zh: '信息', en: 'Information' },
  { key: 'technology', zh: '技术', en: 'Technology' },
  { key: 'equipment', zh: '设备', en: 'Equipment' },
  { key: 'materials', zh: '物资', en: 'Materials' },
] as const;
export type PlanResourceType = (typeof PLAN_RESOURCE_TYPES)[number]['key'];

/** 003 §6.7.2.2 a)–d) (also 002 step 4 (1)–(4)): the four audiences of the tiered training, with the topics the seed names. */
export const TRAINING_AUDIENCES = [
  {
    key: 'awareness',
    letter: 'a',
    zh: '企业负责人及相关人员（质量意识培训）',
    en: 'Leaders and staff concerned (quality awareness)',
    topics: ['质量意识'],
  },
  {
    key: 'leadership',
    letter: 'b',
    zh: '企业负责人及领导层',
    en: 'Enterprise head and leadership',
    topics: ['质量管理体系标准基本思想', '核心理念', '管理原则', '优良案例'],
  },
  {
    key: 'system_builders',
    letter: 'c',
    zh: '管理体系建设主管部门、制度建设成员',
    en: 'The department in charge of the management system, and rule drafters',
    topics: ['质量管理体系标准', '质量管理工具和方法', '优良案例实践', '内部审核', '文件基本结构、编写技巧、编写工具'],
  },
  {
    key: 'frontline',
    letter: 'd',
    zh: '基层技术质量人员和班组长',
    en: 'Frontline technical and quality staff, team leaders',
    topics: ['质量管理工具和方法', '现场管理', '优良案例'],
  },
] as const;
export type TrainingAudience = (typeof TRAINING_AUDIENCES)[number]['key'];

/** 003 §6.7.2.2: "集中培训或专题指导". */
export const TRAINING_FORMS = [
  { key: 'centralized', zh: '集中培训', en: 'Group session' },
  { key: 'topical', zh: '专题指导', en: 'Topical coaching' },
] as const;
export type TrainingForm = (typeof TRAINING_FORMS)[number]['key'];

export interface PlanOrganizationEntry {
  element: OrganizationElement;
  title: string;
  description?: string | null;
  due?: string | null;
}

export interface PlanResourceEntry {
  type: PlanResourceType;
  description: string;
}

export interface EvaluationNode {
  title: string;
  /** YYYY-MM-DD */
  date: string;
  description?: string | null;
}

/** 003 §6.6.1 c): the targets themselves are the plan's indicators. */
export interface PlanEvaluation {
  nodes: ReadonlyArray<EvaluationNode>;
  finalMethod: string;
}

/** 003 §6.6.1 d). */
export interface PlanFeasibility {
  discussedWith: string;
  discussedOn?: string | null;
  conclusion: string;
}

export interface TrainingSession {
  audience: TrainingAudience;
  topics: ReadonlyArray<string>;
  /** YYYY-MM-DD */
  plannedOn: string;
  form?: TrainingForm | null;
}

/** 003 §6.6.1 f): "如质量计划、验收条件、标准和方法". */
export interface PlanMonitoring {
  qualityPlan?: string | null;
  acceptanceConditions?: string | null;
  standardsAndMethods?: string | null;
}

/** 003 §6.6.1 g). */
export interface Milestone {
  title: string;
  goal: string;
  deliverables: ReadonlyArray<string>;
  /** YYYY-MM-DD */
  due: string;
}

export interface PlanOther {
  notes?: string | null;
  fileIds?: ReadonlyArray<string>;
}

/** One row of Annex C table C.1 as planned: 评价项目, 评价指标, 提升前, 提升目标. */
export interface PlanIndicator {
  key: string;
  /** One of the 9 evaluation items (Annex A items). */
  itemKey: string;
  name: string;
  unit: string;
  direction: Direction;
  /** 提升前; null when the enterprise had no figure. */
  baseline: number | null;
  /** 提升目标 */
  target: number;
  /** How the after-value is measured. */
  method: string;
  /** The Annex A sub-item it measures, when one does (its baseline can come from the survey). */
  subItemKey?: string | null;
}

export interface Plan {
  organization: ReadonlyArray<PlanOrganizationEntry>;
  resources: ReadonlyArray<PlanResourceEntry>;
  evaluation: PlanEvaluation;
  feasibility: PlanFeasibility;
  training: ReadonlyArray<TrainingSession>;
  monitoring: PlanMonitoring;
  milestones: ReadonlyArray<Milestone>;
  other: PlanOther;
  indicators: ReadonlyArray<PlanIndicator>;
}

export interface PlanProblem {
  field: string;
  code: ErrorCode;
  detail?: string;
}

export function emptyPlan(): Plan {
  return {
    organization: [],
    resources: [],
    evaluation: { nodes: [], finalMethod: '' },
    feasibility: { discussedWith: '', discussedOn: null, conclusion: '' },
    training: [],
    monitoring: { qualityPlan: null, acceptanceConditions: null, standardsAndMethods: null },
    milestones: [],
    other: { notes: null, fileIds: [] },
    indicators: [],
  };
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';
const ORG_KEYS: ReadonlyArray<string> = ORGANIZATION_ELEMENTS.map((e) => e.key);
const RESOURCE_TYPE_KEYS: ReadonlyArray<string> = PLAN_RESOURCE_TYPES.map((r) => r.key);
const AUDIENCE_KEYS: ReadonlyArray<string> = TRAINING_AUDIENCES.map((a) => a.key);
const FORM_KEYS: ReadonlyArray<string> = TRAINING_FORMS.map((f) => f.key);
const ITEM_KEYS: ReadonlyArray<string> = EVALUATION_ITEMS;
const isNum = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Does the target improve on the baseline in its direction? Strictly: an equal target is no improvement. */
export function targetImproves(direction: Direction, baseline: number, target: number): boolean {
  return direction === 'higher_is_better' ? target > baseline : target < baseline;
}

/**
 * Annex C / §6.9.5: is the target met by the value after improvement? Higher-is-better: after ≥
 * target; lower-is-better: after ≤ target (Annex C's example: 90 % target, 92 % met, 87 % not).
 * No after-value (null, NaN) is not met.
 */
export function targetMet(direction: Direction, target: number, after: number | null | undefined): boolean {
  if (!isNum(after) || !isNum(target)) return false;
  return direction === 'higher_is_better' ? after >= target : after <= target;
}

/** The surveyed value of a measured sub-item (to prefill an indicator's 提升前), or null when none was recorded. */
export function baselineFromSurvey(
  template: SurveyTemplate,
  survey: Survey,
  subItemKey: string,
): { value: number; unit: string; period: string | null; direction: Direction } | null {
  const found = findSubItem(template, subItemKey);
  const measure = found?.subItem.measure;
  if (!measure) return null;
  const a = survey.answers[subItemKey];
  if (!a || !isNum(a.value) || a.status === 'not_applicable') return null;
  return {
    value: a.value,
    unit: a.unit?.trim() || measure.unit,
    period: a.period?.trim() || null,
    direction: measure.direction,
  };
}

function checkDate(
  problems: PlanProblem[],
  field: string,
  value: string | null | undefined,
  required: boolean,
): boolean {
  if (blank(value)) {
    if (required) problems.push({ field, code: 'REQUIRED' });
    return false;
  }
  if (!isIsoDate(value!)) {
    problems.push({ field, code: 'DATE_INVALID' });
    return false;
  }
  return true;
}

/**
 * Every problem of a plan, in section order. Always: well-formed entries, valid dates in order,
 * and indicators that make sense (item among the 9 evaluation items and in the template, sub-item
 * under that item with the same direction, finite target and baseline within the measure's bounds,
 * a target that improves on the baseline, unique keys). For submission to the enterprise
 * (`forSubmission`, default true) also the contents 003 §6.6.1 requires: a)–g) filled in, at least
 * one indicator (c 提升目标), and training for each of the four audiences of §6.7.2.2 a)–d).
 */
export function planProblems(plan: Plan, opts: { template: SurveyTemplate; forSubmission?: boolean }): PlanProblem[] {
  const { template } = opts;
  const full = opts.forSubmission ?? true;
  const problems: PlanProblem[] = [];
  const add = (field: string, code: ErrorCode, detail?: string) =>
    problems.push(detail === undefined ? { field, code } : { field, code, detail });

  // a) organization (the details name sections and audiences by key: the catalogs label them)
  plan.organization.forEach((e, i) => {
    if (!ORG_KEYS.includes(e.element)) add(`organization.${i}.element`, 'VALIDATION_FAILED', String(e.element));
    if (blank(e.title)) add(`organization.${i}.title`, 'REQUIRED');
    checkDate(problems, `organization.${i}.due`, e.due, false);
  });
  if (full && plan.organization.length === 0) add('organization', 'PLAN_SECTION_REQUIRED', 'organization');

  // b) resources
  plan.resources.forEach((r, i) => {
    if (!RESOURCE_TYPE_KEYS.includes(r.type)) add(`resources.${i}.type`, 'VALIDATION_FAILED', String(r.type));
    if (blank(r.description)) add(`resources.${i}.description`, 'REQUIRED');
  });
  if (full && plan.resources.length === 0) add('resources', 'PLAN_SECTION_REQUIRED', 'resources');

  // c) evaluation nodes (in date order) and the final method
  let lastNode: string | null = null;
  plan.evaluation.nodes.forEach((n, i) => {
    if (blank(n.title)) add(`evaluation.nodes.${i}.title`, 'REQUIRED');
    if (checkDate(problems, `evaluation.nodes.${i}.date`, n.date, true)) {
      if (lastNode !== null && n.date < lastNode) add(`evaluation.nodes.${i}.date`, 'DATE_ORDER');
      lastNode = n.date;
    }
  });
  if (full && plan.evaluation.nodes.length === 0) add('evaluation.nodes', 'PLAN_SECTION_REQUIRED', 'evaluation');
  if (full && blank(plan.evaluation.finalMethod)) add('evaluation.finalMethod', 'REQUIRED');

  // d) feasibility
  checkDate(problems, 'feasibility.discussedOn', plan.feasibility.discussedOn, false);
  if (full && blank(plan.feasibility.discussedWith)) add('feasibility.discussedWith', 'REQUIRED');
  if (full && blank(plan.feasibility.conclusion)) add('feasibility.conclusion', 'REQUIRED');

  // e) training: every audience of §6.7.2.2 a)–d)
  plan.training.forEach((t, i) => {
    if (!AUDIENCE_KEYS.includes(t.audience)) add(`training.${i}.audience`, 'VALIDATION_FAILED', String(t.audience));
    if (t.topics.length === 0 || t.topics.some((x) => blank(x))) add(`training.${i}.topics`, 'REQUIRED');
    checkDate(problems, `training.${i}.plannedOn`, t.plannedOn, true);
    if (t.form !== undefined && t.form !== null && !FORM_KEYS.includes(t.form))
      add(`training.${i}.form`, 'VALIDATION_FAILED', String(t.form));
  });
  if (full) {
    for (const a of TRAINING_AUDIENCES) {
      if (!plan.training.some((t) => t.audience === a.key)) add('training', 'PLAN_TRAINING_AUDIENCE_MISSING', a.key);
    }
  }

  // f) monitoring
  const m = plan.monitoring;
  if (full && blank(m.qualityPlan) && blank(m.acceptanceConditions) && blank(m.standardsAndMethods))
    add('monitoring', 'PLAN_SECTION_REQUIRED', 'monitoring');

  // g) milestones, in due-date order
  let lastDue: string | null = null;
  plan.milestones.forEach((ms, i) => {
    if (blank(ms.title)) add(`milestones.${i}.title`, 'REQUIRED');
    if (blank(ms.goal)) add(`milestones.${i}.goal`, 'REQUIRED');
    if (full && (ms.deliverables.length === 0 || ms.deliverables.some((d) => blank(d))))
      add(`milestones.${i}.deliverables`, 'REQUIRED');
    if (checkDate(problems, `milestones.${i}.due`, ms.due, true)) {
      if (lastDue !== null && ms.due < lastDue) add(`milestones.${i}.due`, 'DATE_ORDER');
      lastDue = ms.due;
    }
  });
  if (full && plan.milestones.length === 0) add('milestones', 'PLAN_SECTION_REQUIRED', 'milestones');

  // indicators (Annex C)
  const keys = new Set<string>();
  plan.indicators.forEach((ind, i) => {
    const at = `indicators.${i}`;
    if (blank(ind.key)) add(`${at}.key`, 'REQUIRED');
    else if (keys.has(ind.key)) add(`${at}.key`, 'PLAN_INDICATOR_DUPLICATE', ind.key);
    keys.add(ind.key);
    const item = template.items.find((it) => it.key === ind.itemKey);
    if (!ITEM_KEYS.includes(ind.itemKey) || !item)
      add(`${at}.itemKey`, 'PLAN_INDICATOR_ITEM_UNKNOWN', String(ind.itemKey));
    if (blank(ind.name)) add(`${at}.name`, 'REQUIRED');
    if (blank(ind.unit)) add(`${at}.unit`, 'REQUIRED');
    if (blank(ind.method)) add(`${at}.method`, 'REQUIRED');
    const directionOk = DIRECTIONS.includes(ind.direction);
    if (!directionOk) add(`${at}.direction`, 'VALIDATION_FAILED', String(ind.direction));
    let measure: SurveyMeasure | undefined;
    if (!blank(ind.subItemKey)) {
      const sub = item?.subItems.find((s) => s.key === ind.subItemKey);
      if (!sub) add(`${at}.subItemKey`, 'PLAN_INDICATOR_SUB_ITEM_MISMATCH', `${ind.subItemKey} ∉ ${ind.itemKey}`);
      else if (sub.measure) {
        measure = sub.measure;
        if (directionOk && sub.measure.direction !== ind.direction)
          add(`${at}.direction`, 'PLAN_INDICATOR_DIRECTION_MISMATCH', `${ind.subItemKey}: ${sub.measure.direction}`);
      }
    }
    // bounds of the sub-item's measure apply when the indicator uses its unit
    const boundsProblem = (v: number) => (measure ? measureValueProblem(measure, v, ind.unit) : undefined);
    const targetOk = isNum(ind.target);
    if (!targetOk) add(`${at}.target`, 'PLAN_INDICATOR_TARGET_INVALID', 'not a finite number');
    else {
      const why = boundsProblem(ind.target);
      if (why) add(`${at}.target`, 'PLAN_INDICATOR_TARGET_INVALID', why);
    }
    const hasBaseline = ind.baseline !== null && ind.baseline !== undefined;
    const baselineOk = hasBaseline && isNum(ind.baseline);
    if (hasBaseline && !baselineOk) add(`${at}.baseline`, 'PLAN_INDICATOR_BASELINE_INVALID', 'not a finite number');
    else if (baselineOk) {
      const why = boundsProblem(ind.baseline!);
      if (why) add(`${at}.baseline`, 'PLAN_INDICATOR_BASELINE_INVALID', why);
    }
    if (targetOk && baselineOk && directionOk && !targetImproves(ind.direction, ind.baseline!, ind.target)) {
      const sign = ind.direction === 'higher_is_better' ? '>' : '<';
      add(`${at}.target`, 'INDICATOR_TARGET_NOT_IMPROVEMENT', `${ind.key}: ${ind.target} ${sign} ${ind.baseline}`);
    }
  });
  if (full && plan.indicators.length === 0) add('indicators', 'PLAN_INDICATOR_REQUIRED');
  return problems;
}

// ---- versions and their statuses (003 §6.6.2 征求企业意见; §6.7.3 调整方案) ----

/**
 * draft → submitted (to the enterprise) → commented ↔ revised → accepted. The accepted version is
 * locked as the evaluation baseline; amending it (with a reason) starts a new version in draft, and
 * when that version is accepted the previous accepted one becomes superseded.
 */
export const PLAN_STATUSES = ['draft', 'submitted', 'commented', 'revised', 'accepted', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_ACTIONS = ['submit', 'comment', 'revise', 'accept', 'amend'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** Which side acts: the assistance side drafts and revises (plan:write), the enterprise comments and accepts (plan:respond). */
export type PlanActor = 'assistance' | 'enterprise';

export const PLAN_TRANSITIONS: Record<
  PlanAction,
  { from: ReadonlyArray<PlanStatus>; to: PlanStatus; by: PlanActor; clause: string }
> = {
  submit: { from: ['draft'], to: 'submitted', by: 'assistance', clause: '003 §6.6.2' },
  comment: {
    from: ['submitted', 'revised'],
    to: 'commented',
    by: 'enterprise',
    clause: '003 §6.6.2 征求企业的意见反馈',
  },
  revise: { from: ['commented'], to: 'revised', by: 'assistance', clause: '003 §6.6.2' },
  accept: {
    from: ['submitted', 'revised'],
    to: 'accepted',
    by: 'enterprise',
    clause: '003 §6.6.2; transitions agree_plan',
  },
  amend: { from: ['accepted'], to: 'draft', by: 'assistance', clause: '003 §6.7.3 根据实际情况调整方案' },
};

export const PLAN_ACTOR_ROLES: Record<PlanActor, ReadonlyArray<Role>> = {
  assistance: ['assistance_expert', 'cb_admin', 'cb_manager'],
  enterprise: ['enterprise_contact'],
};

/**
 * The side an actor takes on a participation's survey and plan, the one policy the server and the web ask: the
 * body's managers and an expert assisting it now are the assistance side (003 §6.5: they record the survey; §6.6.2:
 * they draft, submit, revise and amend the plan), the enterprise's contact responds (comments, accepts); anyone
 * else in scope only reads. An expert whose assistance ended takes no side (ADR 0018).
 */
export function planActorOf(role: Role, assistsNow: boolean): PlanActor | null {
  if (PLAN_ACTOR_ROLES.enterprise.includes(role)) return 'enterprise';
  if (!PLAN_ACTOR_ROLES.assistance.includes(role)) return null;
  return role !== 'assistance_expert' || assistsNow ? 'assistance' : null;
}

/** Whether the side an actor takes depends on an open assignment (the expert's), so the caller must look it up. */
export function sideNeedsAssignment(role: Role): boolean {
  return role === 'assistance_expert';
}

/** The side an action belongs to (submit, revise, amend: assistance; comment, accept: enterprise). */
export function planActionSide(action: PlanAction): PlanActor {
  return PLAN_TRANSITIONS[action].by;
}

/** Content may be edited only in these statuses (a draft, or a version the enterprise has commented on). */
export const PLAN_EDITABLE_STATUSES: ReadonlySet<PlanStatus> = new Set<PlanStatus>(['draft', 'commented']);

export type PlanTransitionResult =
  | { ok: true; to: PlanStatus; newVersion: boolean }
  | { ok: false; code: ErrorCode; field?: string; detail?: string };

/**
 * Decide one plan action. `comment` needs the comment's text; `amend` needs a reason and makes a
 * new version (`newVersion: true`, starting in draft) while the accepted one stays the baseline.
 */
export function planTransition(
  status: PlanStatus,
  action: PlanAction,
  opts: { reason?: string | null; comment?: string | null } = {},
): PlanTransitionResult {
  const rule = PLAN_TRANSITIONS[action];
  if (!rule) return { ok: false, code: 'VALIDATION_FAILED', field: 'action', detail: String(action) };
  if (!rule.from.includes(status))
    return { ok: false, code: 'PLAN_ILLEGAL_TRANSITION', field: 'status', detail: status };
  if (action === 'comment' && blank(opts.comment)) return { ok: false, code: 'REQUIRED', field: 'comment' };
  if (action === 'amend' && blank(opts.reason)) return { ok: false, code: 'REASON_REQUIRED', field: 'reason' };
  return { ok: true, to: rule.to, newVersion: action === 'amend' };
}

/** The actions open to a side at a status (drives the buttons). */
export function availablePlanActions(status: PlanStatus, actor: PlanActor): PlanAction[] {
  return PLAN_ACTIONS.filter((a) => PLAN_TRANSITIONS[a].by === actor && PLAN_TRANSITIONS[a].from.includes(status));
}

/** The evaluation baseline among a participation's versions: the highest accepted version, or null. */
export function acceptedBaseline<T extends { version: number; status: PlanStatus }>(
  versions: ReadonlyArray<T>,
): T | null {
  let best: T | null = null;
  for (const v of versions) if (v.status === 'accepted' && (best === null || v.version > best.version)) best = v;
  return best;
}
