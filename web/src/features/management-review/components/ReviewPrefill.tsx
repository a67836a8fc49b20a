/** What the review reads from the platform (ISO 9001 9.3.2 c)): the audit's results and open NCs, training, indicators. */
import { Card, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManagementReviewOverview } from '../../../../../contracts/management-review';

type Prefill = ManagementReviewOverview['prefill'];

export function ReviewPrefill({ prefill }: { prefill: Prefill }) {
  const { t } = useTranslation();
  const audit = prefill.audit;
  return (
    <Card size="small" title={t('managementReview.prefill')} data-testid="review-prefill">
      <Flex vertical gap={8}>
        {audit && audit.status === 'completed' ? (
          <>
            <Typography.Text data-testid="review-prefill-audit">
              {t('managementReview.auditResult', {
                startsOn: audit.startsOn,
                endsOn: audit.endsOn,
                closed: audit.closedNonconformities,
                open: audit.openNonconformities.length,
              })}
            </Typography.Text>
            <Typography.Text type="secondary">{t('managementReview.findingCounts', audit.findings)}</Typography.Text>
          </>
        ) : (
          <Typography.Text type="warning" data-testid="review-prefill-no-audit">
            {t('managementReview.noAudit')}
          </Typography.Text>
        )}
        {audit && audit.openNonconformities.length > 0 ? (
          <List
            size="small"
            header={<Typography.Text strong>{t('managementReview.openNc')}</Typography.Text>}
            dataSource={audit.openNonconformities}
            data-testid="review-open-nc"
            renderItem={(nc) => (
              <List.Item>
                <Flex gap={8} wrap>
                  <Typography.Text>{t('internalAudit.findingNumber', { n: nc.number })}</Typography.Text>
                  <Tag>{t(`auditGrade.${nc.grade}`, { defaultValue: '' })}</Tag>
                  <Typography.Text type="secondary">
                    {t('internalAudit.clause')} {nc.clause}
                  </Typography.Text>
                  {nc.dueOn ? (
                    <Typography.Text type="secondary">
                      {t('internalAudit.dueOn')}：{nc.dueOn}
                    </Typography.Text>
                  ) : null}
                  {nc.overdue ? <Tag color="red">{t('managementReview.overdue')}</Tag> : null}
                </Flex>
              </List.Item>
            )}
          />
        ) : null}
        <Typography.Text data-testid="review-prefill-training">
          {t('managementReview.trainingPersonTimes', { n: prefill.trainingPersonTimes })}
        </Typography.Text>
        {prefill.indicators.length > 0 ? (
          <List
            size="small"
            header={<Typography.Text strong>{t('managementReview.indicators')}</Typography.Text>}
            dataSource={prefill.indicators}
            renderItem={(i) => (
              <List.Item>
                {t('managementReview.indicatorLine', { name: i.name, baseline: i.baseline, target: i.target })}
              </List.Item>
            )}
          />
        ) : null}
      </Flex>
    </Card>
  );
}
