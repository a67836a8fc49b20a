/**
 * "从调研带入": editable defaults for the plan's sections a)–g) drawn from the survey and its
 * diagnosis (pain points become organization items, the resources the enterprise committed become
 * resources, the people interviewed the feasibility discussion) with dates from today. Only empty
 * sections are filled; indicators are left to the expert.
 */
import dayjs from 'dayjs';
import {
  TRAINING_AUDIENCES,
  type OrganizationElement,
  type Plan,
  type PlanResourceType,
  type PlanSectionKey,
} from '../../../../../domain/plans/plan.js';
import type { PainPoint } from '../../../../../domain/diagnosis/diagnosis.js';
import type { ProblemClass, ResourceKind } from '../../../../../domain/survey/annex-a-template.js';
import type { Survey } from '../../../../../domain/survey/survey.js';
import type { Language } from '../../../lib/i18n';

export type PrefillText = (key: string, params?: Record<string, unknown>) => string;

const CLASS_ELEMENT: Record<ProblemClass, OrganizationElement> = {
  quality_awareness: 'responsibilities',
  production_management: 'key_control_points',
  technical_improvement: 'workflows',
  system_building: 'rules',
  quality_benefit: 'forms_tools',
  compliance: 'rules',
  other: 'workflows',
};

const RESOURCE_TYPE: Record<ResourceKind, PlanResourceType> = {
  cost: 'materials',
  staffing: 'people',
  time: 'people',
  institutional: 'information',
  technical_or_plant: 'equipment',
  other: 'materials',
};

/** Which element of 003 §6.6.1 a) answers a pain point. */
export function elementFor(p: Pick<PainPoint, 'source' | 'problemClass'>): OrganizationElement {
  if (p.source === 'check') return 'rules';
  if (p.source === 'urgent_problem' && p.problemClass) return CLASS_ELEMENT[p.problemClass] ?? 'workflows';
  return 'key_control_points';
}

const MAX_PAIN_POINTS = 6;
const blank = (s: string | null | undefined) => !s || s.trim() === '';

export interface PrefillInput {
  survey: Survey | null;
  painPoints: ReadonlyArray<PainPoint>;
  /** YYYY-MM-DD */
  today: string;
  lang: Language;
  text: PrefillText;
}

export function prefillPlan(
  plan: Plan,
  { survey, painPoints, today, lang, text }: PrefillInput,
): { plan: Plan; filled: PlanSectionKey[] } {
  const day = (n: number) => dayjs(today).add(n, 'day').format('YYYY-MM-DD');
  const filled: PlanSectionKey[] = [];
  const next: { -readonly [K in keyof Plan]: Plan[K] } = { ...plan };

  if (plan.organization.length === 0) {
    const seen = new Set<string>();
    const fromPains = painPoints
      .slice(0, MAX_PAIN_POINTS)
      .map((p) => ({
        element: elementFor(p),
        title: text('planPrefill.orgFromPainPoint', { title: lang === 'en-US' ? p.en : p.zh }),
        description: p.detail || null,
        due: day(30),
      }))
      .filter((o) => {
        if (seen.has(o.title)) return false;
        seen.add(o.title);
        return true;
      });
    next.organization = [
      { element: 'structure', title: text('planPrefill.orgStructure'), description: null, due: day(14) },
      ...fromPains,
      { element: 'forms_tools', title: text('planPrefill.orgForms'), description: null, due: day(30) },
    ];
    filled.push('organization');
  }

  if (plan.resources.length === 0) {
    const committed = survey?.resourcesCommitted ?? [];
    next.resources = committed.length
      ? committed.map((r) => ({
          type: RESOURCE_TYPE[r.kind] ?? 'materials',
          description: blank(r.limit) ? r.description : `${r.description}（${r.limit}）`,
        }))
      : [{ type: 'people', description: text('planPrefill.resourcePeople') }];
    filled.push('resources');
  }

  if (plan.evaluation.nodes.length === 0 && blank(plan.evaluation.finalMethod)) {
    next.evaluation = {
      nodes: [
        { title: text('planPrefill.nodeDocuments'), date: day(30), description: null },
        { title: text('planPrefill.nodeMidterm'), date: day(90), description: null },
        { title: text('planPrefill.nodeAudit'), date: day(150), description: null },
      ],
      finalMethod: text('planPrefill.finalMethod'),
    };
    filled.push('evaluation');
  }

  if (blank(plan.feasibility.discussedWith) && blank(plan.feasibility.conclusion)) {
    const people = (survey?.interviewees ?? [])
      .map((p) => (blank(p.position) ? p.name : `${p.name}（${p.position}）`))
      .join('、');
    next.feasibility = {
      discussedWith: people || text('planPrefill.discussedWith'),
      discussedOn: today,
      conclusion: text('planPrefill.conclusion'),
    };
    filled.push('feasibility');
  }

  if (plan.training.length === 0) {
    next.training = TRAINING_AUDIENCES.map((a, i) => ({
      audience: a.key,
      topics: [...a.topics],
      plannedOn: day(7 + i * 7),
      form: a.key === 'frontline' ? 'topical' : 'centralized',
    }));
    filled.push('training');
  }

  const m = plan.monitoring;
  if (blank(m.qualityPlan) && blank(m.acceptanceConditions) && blank(m.standardsAndMethods)) {
    next.monitoring = {
      qualityPlan: text('planPrefill.qualityPlan'),
      acceptanceConditions: text('planPrefill.acceptanceConditions'),
      standardsAndMethods: text('planPrefill.standardsAndMethods'),
    };
    filled.push('monitoring');
  }

  if (plan.milestones.length === 0) {
    next.milestones = [
      {
        title: text('planPrefill.msBuild'),
        goal: text('planPrefill.msBuildGoal'),
        deliverables: text('planPrefill.msBuildDeliverables').split('|'),
        due: day(30),
      },
      {
        title: text('planPrefill.msRun'),
        goal: text('planPrefill.msRunGoal'),
        deliverables: text('planPrefill.msRunDeliverables').split('|'),
        due: day(125),
      },
      {
        title: text('planPrefill.msImprove'),
        goal: text('planPrefill.msImproveGoal'),
        deliverables: text('planPrefill.msImproveDeliverables').split('|'),
        due: day(150),
      },
    ];
    filled.push('milestones');
  }

  return { plan: next, filled };
}

/** A fresh indicator key (ind-1, ind-2, …) not yet used. */
export function nextIndicatorKey(keys: ReadonlyArray<string>): string {
  let n = keys.length + 1;
  while (keys.includes(`ind-${n}`)) n += 1;
  return `ind-${n}`;
}
