/** campaignProblems (domain) in the user's language: the message of its code, with the field named. */
import { useTranslation } from 'react-i18next';
import type { CampaignProblem } from '../../../../../../domain/campaigns/campaign-rules.js';
import { codeMessage } from '../../../../lib/code-message';
import { useLanguage } from '../../../../lib/use-language';

export function useCampaignProblemText() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const fieldLabel = (field: string): string => {
    const phase = /^phases\.(\d+)\.(startsOn|endsOn)$/.exec(field);
    if (phase)
      return t(phase[2] === 'startsOn' ? 'campaignForm.phaseStartN' : 'campaignForm.phaseEndN', {
        n: Number(phase[1]) + 1,
      });
    if (field.startsWith('targets.quotas')) return t('campaign.quotas');
    if (field === 'phases') return t('campaign.phases');
    if (field === 'parentId') return t('campaign.parent');
    return field;
  };
  return (p: CampaignProblem): string => {
    const detail =
      p.code === 'PHASE_DUPLICATE' && p.detail ? t(`phase.${p.detail}`, { defaultValue: p.detail }) : p.detail;
    return codeMessage(p.code, lang, { field: fieldLabel(p.field), detail });
  };
}
