/** The audit trail, newest first, paginated and filterable; plus chain verification. */
import { Col, Input, Row, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry } from '../../../../../contracts/audit';
import { formatDateTime } from '../../../lib/format';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAuditEntries, useVerifyChain } from '../api/audit';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

const OUTCOME_COLORS: Record<string, string> = { success: 'green', failure: 'orange', denied: 'red' };

export default function AuditPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(search.get('pageSize')) || 50));
  const action = search.get('action') ?? undefined;
  const objectId = search.get('objectId') ?? undefined;
  const entries = useAuditEntries({ page, pageSize, action, objectId });
  const verify = useVerifyChain();

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next);
  };

  return (
    <PageShell title={t('audit.title')} extra={<VerifyChainButton verify={verify} />}>
      <VerifyChainResult verify={verify} />
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={12} lg={8}>
          <Input.Search
            allowClear
            defaultValue={action}
            placeholder={t('audit.actionFilter')}
            onSearch={(v) => update({ action: v.trim() || undefined, page: undefined })}
          />
        </Col>
        <Col xs={24} sm={12} lg={8}>
          <Input.Search
            allowClear
            defaultValue={objectId}
            placeholder={t('audit.objectFilter')}
            onSearch={(v) => update({ objectId: v.trim() || undefined, page: undefined })}
          />
        </Col>
      </Row>
      {entries.isError ? <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      <div data-testid="audit-table">
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={entries.isFetching}
          dataSource={entries.data?.items ?? []}
          scroll={{ x: 1200 }}
          pagination={{
            current: page,
            pageSize,
            total: entries.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (total) => t('common.total', { total }),
            onChange: (p, size) =>
              update({ page: p === 1 ? undefined : String(p), pageSize: size === 50 ? undefined : String(size) }),
          }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80, fixed: 'left' },
            {
              title: t('audit.occurredAt'),
              dataIndex: 'occurredAt',
              width: 150,
              render: (v: string) => formatDateTime(v),
            },
            { title: t('audit.actor'), dataIndex: 'actorName', width: 150, render: (v: string | null) => v ?? '—' },
            {
              title: t('audit.role'),
              dataIndex: 'actorRole',
              width: 150,
              render: (r: string | null) => (r ? t(`role.${r}`, { defaultValue: r }) : '—'),
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 190,
              render: (v: string) => <Typography.Text code>{v}</Typography.Text>,
            },
            {
              title: t('audit.objectType'),
              dataIndex: 'objectType',
              width: 120,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('audit.objectId'),
              dataIndex: 'objectId',
              width: 160,
              ellipsis: true,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('audit.outcome'),
              dataIndex: 'outcome',
              width: 90,
              render: (v: string) => <Tag color={OUTCOME_COLORS[v]}>{t(`outcome.${v}`, { defaultValue: v })}</Tag>,
            },
            {
              title: t('audit.hash'),
              dataIndex: 'hash',
              width: 130,
              render: (v: string) => (
                <Typography.Text code copyable={{ text: v }}>
                  {v.slice(0, 10)}
                </Typography.Text>
              ),
            },
          ]}
        />
      </div>
    </PageShell>
  );
}
