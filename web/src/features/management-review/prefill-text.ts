/** What the review reads from the platform (ISO 9001 9.3.2 c)), as the text that starts the review's input c). */
import type { ManagementReviewOverview } from '../../../../contracts/management-review';

type Prefill = ManagementReviewOverview['prefill'];
type Translate = (key: string, values?: Record<string, unknown>) => string;

/** The platform's facts as one text, offered as the start of input c) (performance and effectiveness). */
export function prefillText(prefill: Prefill, t: Translate): string {
  const lines: string[] = [];
  const audit = prefill.audit;
  if (audit && audit.status === 'completed') {
    lines.push(
      t('managementReview.auditResult', {
        startsOn: audit.startsOn,
        endsOn: audit.endsOn,
        closed: audit.closedNonconformities,
        open: audit.openNonconformities.length,
      }),
    );
    lines.push(t('managementReview.findingCounts', audit.findings));
  }
  lines.push(t('managementReview.trainingPersonTimes', { n: prefill.trainingPersonTimes }));
  for (const i of prefill.indicators)
    lines.push(t('managementReview.indicatorLine', { name: i.name, baseline: i.baseline, target: i.target }));
  return lines.join('\n');
}
