/** 符合条件 / 不符合条件 / 待定, and which items decided it. */
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScreeningView } from '../../../../../contracts/screening';

type Summary = ScreeningView['summary'];

const COLORS: Record<Summary['outcome'], string> = { eligible: 'green', ineligible: 'red', undetermined: 'gold' };

export function ScreeningOutcome({ summary, showReasons = true }: { summary: Summary; showReasons?: boolean }) {
  const { t } = useTranslation();
  const names = (keys: string[]) =>
    keys.map((k) => t(`screeningItem.${k}`, { defaultValue: k })).join(t('intake.listSeparator'));
  return (
    <Flex vertical gap={4}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong>{t('screening.outcome')}</Typography.Text>
        <Tag
          color={COLORS[summary.outcome]}
          data-testid="screening-outcome"
          data-outcome={summary.outcome}
          style={{ marginInlineEnd: 0 }}
        >
          {t(`screening.outcome_${summary.outcome}`)}
        </Tag>
        <Typography.Text type="secondary">
          {t('screening.counts', {
            passed: summary.passed.length,
            failed: summary.failed.length,
            open: summary.open.length,
          })}
        </Typography.Text>
      </Flex>
      {showReasons && summary.failed.length ? (
        <Typography.Text type="danger" data-testid="screening-failed">
          {t('screening.failedItems', { names: names(summary.failed) })}
        </Typography.Text>
      ) : null}
      {showReasons && summary.open.length ? (
        <Typography.Text type="secondary" data-testid="screening-open">
          {t('screening.openItems', { names: names(summary.open) })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
