/** Places taken per quota region (this campaign and its children), one bar each. */
import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../contracts/campaigns';

export function QuotaProgress({ progress }: { progress: CampaignDetail['quotaProgress'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={6} data-testid="quota-progress">
      <Typography.Text strong>{t('campaign.quotaProgress')}</Typography.Text>
      {progress.map((q) => {
        const full = q.selected >= q.limit;
        return (
          <Flex
            key={q.regionCode}
            align="center"
            gap={8}
            data-testid={`quota-${q.regionCode}`}
            data-selected={q.selected}
            data-limit={q.limit}
          >
            <Typography.Text style={{ width: 96, flexShrink: 0 }} ellipsis title={q.regionName}>
              {q.regionName}
            </Typography.Text>
            <Progress
              percent={q.limit > 0 ? Math.min(100, (q.selected / q.limit) * 100) : 100}
              showInfo={false}
              size="small"
              status={full ? 'exception' : 'normal'}
              style={{ flex: 1, margin: 0 }}
            />
            <Typography.Text
              type={full ? 'danger' : undefined}
              style={{ width: 64, textAlign: 'right', flexShrink: 0 }}
            >
              {t('campaign.quotaUsed', { selected: q.selected, limit: q.limit })}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
