/**
 * ADR 0034 in the user's language: a child campaign's phases that leave its parent's (warnings: allowed, with the
 * reason) and those outside the parent campaign's span (refusals: the save is refused, so the form blocks it).
 */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildPhaseProblem } from '../../../../../domain/campaigns/child-phases.js';
import { errorMessage } from '../../../../../domain/errors/codes.js';
import { useLanguage } from '../../../lib/use-language';

function usePhaseLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const phase = /^phases\.(\d+)\.(startsOn|endsOn)$/.exec(field);
    if (!phase) return t('campaign.phases');
    return t(phase[2] === 'startsOn' ? 'campaignForm.phaseStartN' : 'campaignForm.phaseEndN', {
      n: Number(phase[1]) + 1,
    });
  };
}

export function PlanWarningsAlert({ warnings }: { warnings: ReadonlyArray<ChildPhaseProblem<string>> }) {
  const { t } = useTranslation();
  const label = usePhaseLabel();
  if (warnings.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('campaign.planWarningsTitle', { count: warnings.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {warnings.map((w) => (
            <li key={`${w.field}-${w.code}`} data-code={w.code}>
              {t('campaign.planWarning', {
                field: label(w.field),
                kind: t(`phase.${w.kind}`),
                from: w.parentStartsOn,
                to: w.parentEndsOn,
              })}
            </li>
          ))}
        </ul>
      }
      data-testid="campaign-plan-warnings"
    />
  );
}

export function PlanRefusalsAlert({ refusals }: { refusals: ReadonlyArray<ChildPhaseProblem<string>> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const label = usePhaseLabel();
  if (refusals.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      title={t('campaign.planRefusalsTitle', { count: refusals.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {refusals.map((r) => (
            <li key={`${r.field}-${r.code}`} data-code={r.code}>
              {label(r.field)}：
              {errorMessage(r.code as 'PHASE_BEFORE_PARENT_START' | 'PHASE_AFTER_PARENT_END', lang, {
                field: label(r.field),
                detail: `${r.parentStartsOn} – ${r.parentEndsOn}`,
              })}
            </li>
          ))}
        </ul>
      }
      data-testid="campaign-plan-refusals"
    />
  );
}
