/** Beside the proposal: each expert's load with the enterprises the proposal gives them, and the enterprises left unassigned with why. */
import { Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Proposal } from '../../../../../contracts/matching';
import { codeMessage } from '../../../lib/code-message';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { LoadBar } from '../../../components/LoadBar';
import { expertLoads } from './proposal-pairs';

export function ExpertLoadPanel({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const loads = expertLoads(proposal);
  const draft = proposal.status === 'draft';
  return (
    <Card title={t('assignment.expertLoad')} size="small" style={{ height: '100%' }} data-testid="expert-load-panel">
      {loads.length === 0 ? (
        <Empty description={t('assignment.noExperts')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={loads}
          renderItem={({ expert, planned, rows, total }) => (
            <List.Item
              key={expert.userId}
              data-testid={`expert-load-${expert.userId}`}
              data-total={total}
              data-capacity={expert.capacity}
            >
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text strong>{expert.displayName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {expert.homeRegionName ?? expert.homeRegionCode} ·{' '}
                    {expert.categories.join(t('intake.listSeparator'))}
                  </Typography.Text>
                </Flex>
                <LoadBar load={total} capacity={expert.capacity} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {draft
                    ? t('assignment.loadDetail', { now: expert.load, planned: planned.length })
                    : t('assignment.loadNow', { now: expert.load })}
                </Typography.Text>
                {rows.length ? (
                  <Flex wrap gap={4}>
                    {rows.map((i) => (
                      <Tag
                        key={i.participationId}
                        color={draft && i.source !== 'existing' ? 'blue' : undefined}
                        style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
                        title={industryName(i.enterprise.industryCode, lang)}
                      >
                        {i.enterprise.name}
                      </Tag>
                    ))}
                  </Flex>
                ) : null}
                {expert.unavailable.length ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('assignment.unavailablePeriods', {
                      periods: expert.unavailable.map((u) => `${u.from} – ${u.to}`).join(t('intake.listSeparator')),
                    })}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

export function UnassignedPanel({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unassigned = proposal.items.filter((i) => !i.expertUserId);
  return (
    <Card
      title={t('assignment.unassigned', { count: unassigned.length })}
      size="small"
      style={{ height: '100%' }}
      data-testid="unassigned-list"
    >
      {unassigned.length === 0 ? (
        <Empty description={t('assignment.allAssigned')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={unassigned}
          renderItem={(i) => (
            <List.Item
              key={i.participationId}
              data-testid={`unassigned-${i.participationId}`}
              data-reason={i.unassignedReason ?? ''}
            >
              <Flex vertical style={{ width: '100%' }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Link to={`/participations/${i.participationId}`}>{i.enterprise.name}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.enterprise.regionName ?? i.enterprise.regionCode} ·{' '}
                    {industryName(i.enterprise.industryCode, lang)}
                  </Typography.Text>
                </Flex>
                <Typography.Text type="warning">
                  {i.unassignedMessage ??
                    (i.unassignedReason ? codeMessage(i.unassignedReason, lang) : t('assignment.notAssigned'))}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
