/** The statistics table of the region (002 Annex 2 附表) as the report carries it. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatisticsTable } from '../../../../../contracts/statistics';

export function FiguresTable({ figures }: { figures: StatisticsTable }) {
  const { t } = useTranslation();
  const pair = (c: { personTimes: number; enterprises: number }) =>
    t('stageReports.figures.personTimesEnterprises', { personTimes: c.personTimes, enterprises: c.enterprises });
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2 }}
      data-testid="report-figures"
      items={[
        { key: 'region', label: t('stageReports.figures.region'), children: figures.regionName },
        { key: 'to', label: t('stageReports.figures.to'), children: figures.to },
        { key: 'policies', label: t('stageReports.figures.policies'), children: figures.policies.count },
        { key: 'subsidy', label: t('stageReports.figures.subsidyWan'), children: figures.policies.subsidyWan },
        { key: 'credit', label: t('stageReports.figures.creditWan'), children: figures.policies.creditWan },
        { key: 'fees', label: t('stageReports.figures.feesWaivedWan'), children: figures.policies.feesWaivedWan },
        { key: 'online', label: t('stageReports.figures.trainingOnline'), children: pair(figures.training.online) },
        { key: 'offline', label: t('stageReports.figures.trainingOffline'), children: pair(figures.training.offline) },
        { key: 'assisted', label: t('stageReports.figures.assisted'), children: figures.assisted.enterprises },
        { key: 'industries', label: t('stageReports.figures.industries'), children: figures.assisted.industryCount },
        { key: 'bodies', label: t('stageReports.figures.bodies'), children: figures.bodies.count },
      ]}
    />
  );
}
