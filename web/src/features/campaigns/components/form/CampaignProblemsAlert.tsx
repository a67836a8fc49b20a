/** The shared plan rules (campaignProblems) checked live against the form; empty means none. */
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignProblem } from '../../../../../../domain/campaigns/campaign-rules.js';
import { useCampaignProblemText } from './campaign-problem-text';

export function CampaignProblemsAlert({ problems }: { problems: CampaignProblem[] }) {
  const { t } = useTranslation();
  const text = useCampaignProblemText();
  if (problems.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={t('campaignForm.problemsTitle', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {problems.map((p) => (
            <li key={`${p.field}-${p.code}`} data-code={p.code}>
              {text(p)}
            </li>
          ))}
        </ul>
      }
      data-testid="campaign-problems"
    />
  );
}
