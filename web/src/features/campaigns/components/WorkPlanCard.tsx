/** The work plan (003 §6.3.3) as written, in the document's order; missing parts are left out. */
import { Card, Descriptions, Empty, Grid, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { WORK_PLAN_KEYS } from './form/campaign-form-values';

export function WorkPlanCard({ workPlan }: { workPlan: CampaignDetail['workPlan'] }) {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const items = WORK_PLAN_KEYS.filter((key) => workPlan[key]?.trim()).map((key) => ({
    key,
    label: t(`workPlan.${key}`),
    children: (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid={`work-plan-${key}`}>
        {workPlan[key]}
      </Typography.Paragraph>
    ),
  }));
  return (
    <Card title={t('campaign.workPlan')} size="small" data-testid="work-plan">
      {items.length ? (
        <Descriptions
          size="small"
          column={1}
          bordered
          layout={wide ? 'horizontal' : 'vertical'}
          items={items}
          styles={{ label: { width: wide ? 180 : undefined } }}
        />
      ) : (
        <Empty description={t('campaign.noWorkPlan')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
    </Card>
  );
}
