/**
 * The campaign's phases as a vertical timeline with their dates; the running one is highlighted.
 * A report-due date (004 §三(三)) is one day: it is shown as a deadline and is past the day after.
 */
import { Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { formatDate, today } from '../../../lib/format';

export function CampaignPhases({ phases }: { phases: CampaignDetail['phases'] }) {
  const { t } = useTranslation();
  if (phases.length === 0) return <Empty description={t('campaign.noPhases')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const now = today();
  return (
    <Timeline
      // by date: report-due dates added later are stored after the others (a stable sort keeps equal starts in order)
      items={[...phases]
        .sort((a, b) => a.startsOn.localeCompare(b.startsOn))
        .map((phase) => {
          const due = phase.kind === 'report_due';
          const lastDay = phase.endsOn ?? (due ? phase.startsOn : null);
          const running = phase.startsOn <= now && (!lastDay || lastDay >= now);
          const past = lastDay !== null && lastDay < now;
          return {
            key: `${phase.kind}-${phase.startsOn}`,
            color: running ? 'blue' : past ? 'green' : 'gray',
            content: (
              <div>
                <Typography.Text strong>{t(`phase.${phase.kind}`, { defaultValue: phase.kind })}</Typography.Text>
                <br />
                <Typography.Text type="secondary">
                  {due
                    ? t('campaign.phaseDue', { date: formatDate(phase.startsOn) })
                    : phase.endsOn
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
