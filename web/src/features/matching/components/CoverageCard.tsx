/**
 * 帮扶覆盖情况 on the campaign: per region and body the enterprises selected and
 * those with an expert (a bar each), the bodies' groups and experts, the enterprises still without
 * an expert and why, and each expert's workload.
 */
import { Card, Col, Empty, Progress, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Coverage, matching } from '../../../../../contracts/matching';
import { mayCall } from '../../../lib/session';
import type { Role } from '../../../../../domain/access/roles.js';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { LoadBar } from '../../../components/LoadBar';
import { codeMessage } from '../../../lib/code-message';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { useCoverage } from '../api/matching';

type RegionRow = Coverage['byRegion'][number];
type BodyRow = Coverage['bodies'][number];
type UnassignedRow = Coverage['unassigned'][number];
type WorkloadRow = Coverage['workload'][number];

function Ratio({ assigned, selected, testId }: { assigned: number; selected: number; testId?: string }) {
  const percent = selected > 0 ? Math.round((assigned / selected) * 100) : 0;
  return (
    <div data-testid={testId} data-assigned={assigned} data-selected={selected} style={{ minWidth: 120 }}>
      <Progress
        percent={percent}
        size="small"
        status={selected > 0 && assigned >= selected ? 'success' : 'normal'}
        format={() => `${assigned}/${selected}`}
      />
    </div>
  );
}

const paged = (n: number) => (n > 10 ? { pageSize: 10, size: 'small' as const, showSizeChanger: false } : false);

export function CoverageCard({ campaignId, role }: { campaignId: string; role: Role }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const canRead = mayCall(role, matching.coverage);
  const coverage = useCoverage(campaignId, canRead);
  if (!canRead) return null;

  const body = () => {
    if (coverage.isPending) return <FullPageSpin />;
    if (coverage.isError) return <ErrorAlert error={coverage.error} onRetry={() => void coverage.refetch()} />;
    const c = coverage.data;
    const selected = c.bodies.reduce((n, b) => n + b.selected, 0);
    const assigned = c.bodies.reduce((n, b) => n + b.assigned, 0);
    if (c.byRegion.length === 0 && c.bodies.length === 0)
      return <Empty description={t('coverage.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;
    return (
      <Row gutter={[16, 16]}>
        <Col xs={24}>
          <Typography.Text strong>{t('coverage.overall')}</Typography.Text>
          <Ratio assigned={assigned} selected={selected} testId="coverage-overall" />
        </Col>
        <Col xs={24}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('coverage.byRegion')}
          </Typography.Title>
          <div data-testid="coverage-regions">
            <Table<RegionRow>
              rowKey={(r) => `${r.regionCode}-${r.bodyId}`}
              size="small"
              dataSource={c.byRegion}
              pagination={paged(c.byRegion.length)}
              scroll={{ x: 'max-content' }}
              onRow={(r) =>
                ({ 'data-testid': `coverage-region-${r.regionCode}-${r.bodyId}` }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('participation.region'),
                  key: 'region',
                  width: 110,
                  render: (_: unknown, r) => r.regionName ?? r.regionCode,
                },
                { title: t('participation.certificationBody'), dataIndex: 'bodyName', width: 160, ellipsis: true },
                { title: t('coverage.selected'), dataIndex: 'selected', width: 70, align: 'right' },
                { title: t('coverage.assigned'), dataIndex: 'assigned', width: 70, align: 'right' },
                {
                  title: t('coverage.unassigned'),
                  dataIndex: 'unassigned',
                  width: 70,
                  align: 'right',
                  render: (v: number) => (v ? <Typography.Text type="warning">{v}</Typography.Text> : v),
                },
                {
                  title: t('coverage.progress'),
                  key: 'bar',
                  width: 160,
                  render: (_: unknown, r) => <Ratio assigned={r.assigned} selected={r.selected} />,
                },
              ]}
            />
          </div>
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('coverage.bodies')}
          </Typography.Title>
          <div data-testid="coverage-bodies">
            <Table<BodyRow>
              rowKey="bodyId"
              size="small"
              dataSource={c.bodies}
              pagination={paged(c.bodies.length)}
              scroll={{ x: 'max-content' }}
              columns={[
                { title: t('participation.certificationBody'), dataIndex: 'bodyName', width: 160, ellipsis: true },
                { title: t('coverage.groups'), dataIndex: 'groups', width: 60, align: 'right' },
                { title: t('coverage.experts'), dataIndex: 'experts', width: 60, align: 'right' },
                {
                  title: t('coverage.progress'),
                  key: 'bar',
                  width: 150,
                  render: (_: unknown, b) => <Ratio assigned={b.assigned} selected={b.selected} />,
                },
              ]}
            />
          </div>
        </Col>
        <Col xs={24} xl={12}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('coverage.workload')}
          </Typography.Title>
          <div data-testid="coverage-workload">
            <Table<WorkloadRow>
              rowKey="userId"
              size="small"
              dataSource={c.workload}
              pagination={paged(c.workload.length)}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('coverage.noExperts') }}
              columns={[
                {
                  title: t('experts.name'),
                  dataIndex: 'displayName',
                  width: 120,
                  render: (v: string) => <span style={{ whiteSpace: 'nowrap' }}>{v}</span>,
                },
                { title: t('participation.certificationBody'), dataIndex: 'bodyName', width: 140, ellipsis: true },
                {
                  title: t('experts.load'),
                  key: 'load',
                  width: 150,
                  render: (_: unknown, w) => (
                    <LoadBar load={w.load} capacity={w.capacity} testId={`coverage-load-${w.userId}`} />
                  ),
                },
              ]}
            />
          </div>
        </Col>
        <Col xs={24}>
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {t('coverage.unassignedTitle', { count: c.unassigned.length })}
          </Typography.Title>
          <div data-testid="coverage-unassigned">
            <Table<UnassignedRow>
              rowKey="participationId"
              size="small"
              dataSource={c.unassigned}
              pagination={paged(c.unassigned.length)}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('coverage.allAssigned') }}
              onRow={(r) =>
                ({
                  'data-testid': `coverage-unassigned-${r.participationId}`,
                  'data-reason': r.reason ?? '',
                }) as React.HTMLAttributes<HTMLElement>
              }
              columns={[
                {
                  title: t('participation.enterprise'),
                  key: 'name',
                  width: 180,
                  render: (_: unknown, r) => (
                    <Link to={`/participations/${r.participationId}`}>{r.enterpriseName}</Link>
                  ),
                },
                {
                  title: t('participation.region'),
                  dataIndex: 'regionName',
                  width: 100,
                  render: (v: string | null) => v ?? '—',
                },
                {
                  title: t('participation.industry'),
                  dataIndex: 'industryCode',
                  width: 150,
                  ellipsis: true,
                  render: (v: string) => industryName(v, lang),
                },
                { title: t('participation.certificationBody'), dataIndex: 'bodyName', width: 140, ellipsis: true },
                {
                  title: t('coverage.reason'),
                  key: 'reason',
                  width: 220,
                  render: (_: unknown, r) =>
                    r.message ??
                    (r.reason ? (
                      codeMessage(r.reason, lang)
                    ) : (
                      <Typography.Text type="secondary">{t('coverage.notProposed')}</Typography.Text>
                    )),
                },
              ]}
            />
          </div>
        </Col>
      </Row>
    );
  };

  return (
    <Card title={t('coverage.title')} size="small" data-testid="coverage-card">
      {body()}
    </Card>
  );
}
