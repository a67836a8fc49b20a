/** A merge conflict's values in words (what the server kept, what this device had). */
import {
  POLICY_CHANGE_KINDS,
  RESOURCE_KINDS,
  SURVEY_METHODS,
  SURVEY_STATUSES,
  type SurveyTemplate,
} from '../../../../../domain/survey/annex-a-template.js';
import type {
  CheckRecord,
  Interviewee,
  PolicyChange,
  ResourceCommitment,
  SubItemAnswer,
  UrgentProblem,
} from '../../../../../domain/survey/survey.js';
import type { Language } from '../../../lib/i18n';
import {
  checkLabel,
  fieldLabel,
  nameIn,
  subItemOfField,
  type Translate,
} from '../../../components/survey/survey-labels';

const str = (s: unknown) => (typeof s === 'string' ? s.trim() : '');
const join = (parts: Array<string | null | undefined | false>, sep = ' · ') =>
  parts.filter((p): p is string => Boolean(p)).join(sep);

/** The conflict's place: "1.2 未受行政处罚", a check's name or a section's. */
export function conflictLabel(template: SurveyTemplate, path: string, lang: Language, t: Translate): string {
  if (path === 'template') return t('survey.section.template');
  if (path.startsWith('checks.')) return checkLabel(path.slice(7), lang) ?? path;
  return fieldLabel(template, path, lang, t);
}

export function conflictValueText(
  template: SurveyTemplate,
  path: string,
  value: unknown,
  lang: Language,
  t: Translate,
): string {
  const empty = t('survey.emptyValue');
  if (value === undefined || value === null || value === '') return empty;
  if (subItemOfField(template, path)) {
    const a = value as SubItemAnswer;
    const status = SURVEY_STATUSES.find((s) => s.key === a.status);
    const measured = typeof a.value === 'number' ? join([`${a.value}${str(a.unit)}`, str(a.period)], ' ') : null;
    const photos = a.evidenceFileIds?.length ? t('survey.photoCount', { count: a.evidenceFileIds.length }) : null;
    return join([status ? nameIn(status, lang) : null, measured, str(a.finding), photos]) || empty;
  }
  if (path.startsWith('checks.')) {
    const c = value as CheckRecord;
    return join([t(`survey.check_${c.result}`), str(c.note)]) || empty;
  }
  const listSep = lang === 'en-US' ? '; ' : '；';
  switch (path) {
    case 'surveyedOn':
      return str(value) || empty;
    case 'methods':
      return (
        (value as string[])
          .map((m) => {
            const x = SURVEY_METHODS.find((i) => i.key === m);
            return x ? nameIn(x, lang) : m;
          })
          .join('、') || empty
      );
    case 'interviewees':
      return (value as Interviewee[]).map((p) => join([p.name, p.position], ' ')).join(listSep) || empty;
    case 'urgentProblems':
      return (value as UrgentProblem[]).map((p) => p.title).join(listSep) || empty;
    case 'enterpriseIdeas':
      return str((value as { ideas?: string }).ideas) || empty;
    case 'overview': {
      const o = value as Record<string, string | null | undefined>;
      return join([str(o.situation), str(o.qualityManagementLevel), str(o.startingPoint)]) || empty;
    }
    case 'resourcesCommitted':
      return (
        (value as ResourceCommitment[])
          .map((r) => {
            const k = RESOURCE_KINDS.find((x) => x.key === r.kind);
            return join([k ? nameIn(k, lang) : r.kind, r.description], ' ');
          })
          .join(listSep) || empty
      );
    case 'policyChanges':
      return (
        (value as PolicyChange[])
          .map((p) => {
            const k = POLICY_CHANGE_KINDS.find((x) => x.key === p.kind);
            return join([k ? nameIn(k, lang) : p.kind, p.description], ' ');
          })
          .join(listSep) || empty
      );
    default:
      return JSON.stringify(value);
  }
}
