/**
 * The survey and the diagnosis report as the domain's values: the survey editor, the diagnosis and the plan read
 * the same answers (contracts/survey, contracts/diagnosis), whose template and report are typed loosely on the wire.
 */
import type { DiagnosisView } from '../../../../contracts/diagnosis';
import type { SurveyView } from '../../../../contracts/survey';
import type { SurveyTemplate } from '../../../../domain/survey/annex-a-template.js';
import type { DiagnosisReport } from '../../../../domain/diagnosis/diagnosis.js';
import type { Survey } from '../../../../domain/survey/survey.js';

/** The template the server sent (Annex A as data). */
export function templateOf(view: Pick<SurveyView, 'template'>): SurveyTemplate {
  return view.template;
}

export function surveyOf(view: Pick<SurveyView, 'survey'>): Survey {
  return view.survey;
}

/** The report content (domain DiagnosisReport). */
export function reportOf(view: Pick<DiagnosisView, 'report'>): DiagnosisReport {
  return view.report;
}
