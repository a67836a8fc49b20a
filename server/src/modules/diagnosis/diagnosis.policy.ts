/**
 * Who may issue the diagnosis report: the assistance side while the participation is assigned, as for the survey it
 * is built from (003 §6.5.8). Confirming is the enterprise's, by the diagnosis:confirm permission and its scope.
 */
import { assertMayRecordSurvey } from '../survey/survey.service.js';

export function assertMayIssue(stage: string, assists: boolean): void {
  assertMayRecordSurvey(stage, assists);
}
