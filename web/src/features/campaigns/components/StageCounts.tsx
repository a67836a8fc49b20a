/** Participations per stage as a small bar list in lifecycle order (no chart library). */
import { Empty, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALL_STAGES } from '../../../../../domain/lifecycle/stages.js';
import { StageTag } from '../../../components/StageTag';

export function StageCounts({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation();
  const rows = ALL_STAGES.filter((s) => (counts[s] ?? 0) > 0).map((s) => ({ stage: s, n: counts[s] ?? 0 }));
  if (rows.length === 0) return <Empty description={t('campaign.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const max = Math.max(...rows.map((r) => r.n));
  return (
    <Flex vertical gap={6}>
      {rows.map(({ stage, n }) => (
        <Flex key={stage} align="center" gap={8}>
          <div style={{ width: 140, flexShrink: 0 }}>
            <StageTag stage={stage} />
          </div>
          <Progress percent={(n / max) * 100} showInfo={false} size="small" style={{ flex: 1, margin: 0 }} />
          <Typography.Text style={{ width: 40, textAlign: 'right' }}>{n}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
