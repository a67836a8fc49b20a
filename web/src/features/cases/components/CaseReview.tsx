/**
 * A bureau's cases (002 step 10(2)): what is with its level — submitted from below, recommended from the level
 * below, accepted here — with the steps it may take; and the seeds' targets in its jurisdiction.
 */
import { useState } from 'react';
import { Alert, Button, Card, Drawer, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCase, useCaseTargets, useReviewQueue } from '../api/cases';
import { CaseReader, CaseStatusTag } from './CaseReader';

const TARGET_COLORS: Record<string, string> = { below: 'red', met: 'green', above: 'blue' };

export function CaseReview() {
  const { t } = useTranslation();
  const wide = Grid.useBreakpoint().md ?? true;
  const queue = useReviewQueue();
  const [open, setOpen] = useState<string | null>(null);
  const view = useCase(open);
  return (
    <Flex vertical gap={12} data-testid="case-review">
      {queue.isError ? <ErrorAlert error={queue.error} onRetry={() => void queue.refetch()} /> : null}
      <List
        loading={queue.isPending}
        dataSource={queue.data ?? []}
        locale={{ emptyText: t('cases.queueEmpty') }}
        renderItem={(c) => (
          <List.Item key={c.id} data-testid="case-review-item">
            <Card size="small" style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap align="start">
                <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Typography.Text strong>{c.title}</Typography.Text>
                  <Typography.Text type="secondary">{`${c.enterpriseName} · ${c.regionName}`}</Typography.Text>
                  <CaseStatusTag view={c} />
                </Flex>
                <Button type="primary" onClick={() => setOpen(c.id)} data-testid="case-review-open">
                  {t('cases.open')}
                </Button>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
      <Drawer
        open={!!open}
        onClose={() => setOpen(null)}
        size={wide ? 760 : '100%'}
        title={t('cases.title')}
        destroyOnHidden
      >
        {view.isError ? <ErrorAlert error={view.error} /> : null}
        {view.data ? <CaseReader view={view.data} /> : null}
      </Drawer>
    </Flex>
  );
}

export function CaseTargetsView() {
  const { t } = useTranslation();
  const q = useCaseTargets();
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  const { rule } = q.data;
  const status = (s: string) => <Tag color={TARGET_COLORS[s]}>{t(`caseTarget.${s}`)}</Tag>;
  return (
    <Flex vertical gap={12} data-testid="case-targets">
      <Alert
        type={q.data.met ? 'success' : 'warning'}
        showIcon
        message={q.data.met ? t('cases.targetsMet') : t('cases.targetsNotMet')}
        description={t('cases.targetsRule')}
      />
      <Typography.Text strong>{t('cases.bodies', { min: rule.bodyMin, max: rule.bodyMax })}</Typography.Text>
      <Table
        size="small"
        rowKey="bodyId"
        pagination={false}
        dataSource={q.data.bodies}
        scroll={{ x: true }}
        columns={[
          { title: t('cases.body'), dataIndex: 'bodyName' },
          { title: t('cases.casesCount'), dataIndex: 'cases' },
          { title: t('cases.status'), dataIndex: 'status', render: status },
        ]}
      />
      <Typography.Text strong>{t('cases.districts', { min: rule.districtMin })}</Typography.Text>
      <Table
        size="small"
        rowKey="regionCode"
        pagination={false}
        dataSource={q.data.districts}
        scroll={{ x: true }}
        columns={[
          { title: t('cases.district'), dataIndex: 'regionName' },
          { title: t('cases.casesCount'), dataIndex: 'cases' },
          { title: t('cases.status'), dataIndex: 'status', render: status },
        ]}
      />
    </Flex>
  );
}
