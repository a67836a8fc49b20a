/** The campaign's phases as a vertical timeline with their dates; the running one is highlighted. */
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../lib/api-types';
import { formatDate, today } from '../../../lib/format';

export function CampaignPhases({ phases }: { phases: CampaignDetail['phases'] }) {
  const { t } = useTranslation();
  if (phases.length === 0) return <Empty description={t('campaign.noPhases')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const now = today();
  return (
    <Timeline
      items={phases.map((phase) => {
        const running = phase.startsOn <= now && (!phase.endsOn || phase.endsOn >= now);
        const past = phase.endsOn !== null && phase.endsOn < now;
        return {
          key: `${phase.kind}-${phase.startsOn}`,
          color: running ? 'blue' : past ? 'green' : 'gray',
          content: (
            <div>
              <Typography.Text strong>{t(`phase.${phase.kind}`, { defaultValue: phase.kind })}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {phase.endsOn
                  ? t('campaign.phaseRange', { start: formatDate(phase.startsOn), end: formatDate(phase.endsOn) })
                  : t('campaign.phaseFrom', { start: formatDate(phase.startsOn) })}
              </Typography.Text>
            </div>
          ),
        };
      })}
    />
  );
}
