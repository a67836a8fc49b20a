/**
 * /stage-reports — 报送 (004 §三(三)): per report-due date of a campaign, the bureau's own report to the level above
 * and, for the level above, the bureaus below with their status (未提交 / 已提交 / 已退回 / 逾期未交 / 逾期提交).
 */
import { useState } from 'react';
import { Button, Card, Empty, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SubordinateRow } from '../../../../../contracts/stage-reports';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { formatDateTime } from '../../../lib/format';
import { useReportCampaigns, useReportsOverview } from '../api/stage-reports';
import { ReportDrawer, type ReportTarget } from './ReportDrawer';
import { ReportStatusTag } from './ReportStatusTag';

export default function StageReportsPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const list = useReportCampaigns();
  const campaignId = search.get('campaign') ?? list.data?.[0]?.id;
  const overview = useReportsOverview(campaignId);
  const [target, setTarget] = useState<ReportTarget | null>(null);

  const columns = [
    { key: 'org', title: t('stageReports.bureau'), render: (r: SubordinateRow) => r.organizationName },
    { key: 'region', title: t('stageReports.region'), render: (r: SubordinateRow) => r.regionName },
    {
      key: 'status',
      title: t('stageReports.statusTitle'),
      render: (r: SubordinateRow) => <ReportStatusTag status={r.status} testId={`status-${r.regionCode}`} />,
    },
    {
      key: 'at',
      title: t('stageReports.submittedAt'),
      render: (r: SubordinateRow) => (r.submittedAt ? formatDateTime(r.submittedAt) : '—'),
    },
    { key: 'versions', title: t('stageReports.versions'), render: (r: SubordinateRow) => r.versions },
    {
      key: 'open',
      title: t('stageReports.actions'),
      render: (r: SubordinateRow) =>
        r.reportId ? (
          <Button
            size="small"
            data-testid={`open-${r.regionCode}`}
            onClick={() => setTarget({ kind: 'byId', id: r.reportId! })}
          >
            {t('stageReports.open')}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageShell title={t('stageReports.pageTitle')} subtitle={t('stageReports.intro')}>
      <Flex vertical gap={16}>
        <Select
          style={{ width: '100%', maxWidth: 520 }}
          value={campaignId}
          onChange={(id: string) => setSearch({ campaign: id })}
          options={(list.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          aria-label={t('stageReports.campaign')}
          data-testid="stage-reports-campaign"
          loading={list.isLoading}
        />
        {list.error ? <ErrorAlert error={list.error} /> : null}
        {overview.error ? <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} /> : null}
        {overview.data && overview.data.deadlines.length === 0 ? (
          <Empty description={t('stageReports.noDeadlines')} />
        ) : null}
        {overview.data?.deadlines.map((d) => (
          <Card
            key={d.dueOn}
            size="small"
            title={t('stageReports.dueOn', { date: d.dueOn })}
            data-testid={`deadline-${d.dueOn}`}
          >
            <Flex vertical gap={12}>
              {d.own ? (
                <Flex wrap gap={8} align="center">
                  <Typography.Text>{t('stageReports.ownReport', { name: d.receiverName ?? '' })}</Typography.Text>
                  <ReportStatusTag status={d.own.status} testId={`own-status-${d.dueOn}`} />
                  <Typography.Text type="secondary">
                    {t('stageReports.versionCount', { count: d.own.versions })}
                  </Typography.Text>
                  <Button
                    type="primary"
                    size="small"
                    data-testid={`own-open-${d.dueOn}`}
                    onClick={() => setTarget({ kind: 'own', campaignId: campaignId!, dueOn: d.dueOn })}
                  >
                    {t('stageReports.openOwn')}
                  </Button>
                </Flex>
              ) : null}
              {d.subordinates.length ? (
                <Table
                  size="small"
                  rowKey="organizationId"
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  columns={columns}
                  dataSource={d.subordinates}
                />
              ) : null}
              {!d.own && !d.subordinates.length ? (
                <Typography.Text type="secondary">{t('stageReports.nothingHere')}</Typography.Text>
              ) : null}
            </Flex>
          </Card>
        ))}
      </Flex>
      <ReportDrawer target={target} onClose={() => setTarget(null)} />
    </PageShell>
  );
}
