/**
 * The audit trail for its administrator: newest first, filtered by date range, actor, action, object and outcome
 * (kept in the address), actors and objects by name, an entry in full in a drawer, the filtered entries exported,
 * and the chain verified.
 */
import { useState } from 'react';
import { Button, Flex, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { AuditEntry, AuditFilterQuery } from '../../../../../contracts/audit';
import { isAuditAction, AUDIT_OBJECT_TYPES, AUDIT_OUTCOMES } from '../../../../../domain/audit/actions';
import { isIsoDate } from '../../../../../domain/dates/iso-date';
import { formatDateTime } from '../../../lib/format';
import { useApiDownload } from '../../../lib/download';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { auditExport, useAuditEntries, useVerifyChain } from '../api/audit';
import { AuditEntryDrawer } from './AuditEntryDrawer';
import { AuditFilters, type FilterPatch } from './AuditFilters';
import { actionText, objectNameText, objectTypeText, roleText } from './audit-text';
import { VerifyChainButton, VerifyChainResult } from './VerifyChain';

const OUTCOME_COLORS: Record<string, string> = { success: 'green', failure: 'orange', denied: 'red' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NO_WRAP = { whiteSpace: 'nowrap' as const };

/** The filters the address holds, each only when well-formed (a hand-edited address does not break the page). */
function filterOf(search: URLSearchParams): AuditFilterQuery {
  const get = (k: string) => search.get(k) ?? undefined;
  const from = get('from');
  const to = get('to');
  const actorUserId = get('actorUserId');
  const action = get('action');
  const objectType = get('objectType');
  const outcome = get('outcome');
  return {
    from: from && isIsoDate(from) ? from : undefined,
    to: to && isIsoDate(to) ? to : undefined,
    actorUserId: actorUserId && UUID.test(actorUserId) ? actorUserId : undefined,
    action: action && isAuditAction(action) ? action : undefined,
    objectType: (AUDIT_OBJECT_TYPES as readonly string[]).includes(objectType ?? '')
      ? (objectType as AuditFilterQuery['objectType'])
      : undefined,
    objectId: get('objectId')?.slice(0, 64),
    outcome: (AUDIT_OUTCOMES as readonly string[]).includes(outcome ?? '')
      ? (outcome as AuditFilterQuery['outcome'])
      : undefined,
  };
}

export default function AuditPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(search.get('pageSize')) || 50));
  const filter = filterOf(search);
  const entries = useAuditEntries({ page, pageSize, ...filter });
  const verify = useVerifyChain();
  const { download, pending } = useApiDownload();
  const [open, setOpen] = useState<AuditEntry | null>(null);

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next);
  };
  const filterBy = (patch: FilterPatch) => update({ ...patch, page: undefined });
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v)) as AuditFilterQuery;

  return (
    <PageShell
      title={t('audit.title')}
      extra={
        <Flex gap={8} wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={pending}
            data-testid="audit-export"
            onClick={() => download(auditExport, { query }, `${t('audit.exportFileName')}.xlsx`)}
          >
            {t('audit.export')}
          </Button>
          <VerifyChainButton verify={verify} />
        </Flex>
      }
    >
      <VerifyChainResult verify={verify} />
      <AuditFilters filter={filter} onChange={filterBy} />
      {entries.isError ? <ErrorAlert error={entries.error} onRetry={() => void entries.refetch()} /> : null}
      <div data-testid="audit-table">
        <Table<AuditEntry>
          rowKey="seq"
          size="small"
          loading={entries.isFetching}
          dataSource={entries.data?.items ?? []}
          scroll={{ x: 1110 }}
          // a row opens its entry (at phone width the open button is off to the side)
          onRow={(entry) =>
            ({
              'data-seq': entry.seq,
              onClick: () => setOpen(entry),
              style: { cursor: 'pointer' },
            }) as React.HTMLAttributes<HTMLElement>
          }
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
            { title: t('audit.seq'), dataIndex: 'seq', width: 60, fixed: 'left' },
            {
              title: t('audit.occurredAt'),
              dataIndex: 'occurredAt',
              width: 130,
              render: (v: string) => <span style={NO_WRAP}>{formatDateTime(v)}</span>,
            },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 180,
              render: (_: unknown, e: AuditEntry) => (
                <Flex vertical>
                  <span data-testid="audit-actor">{e.actorName ?? t('audit.system')}</span>
                  {e.actorOrganizationName ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {e.actorOrganizationName}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t('audit.role'),
              dataIndex: 'actorRole',
              width: 130,
              render: (r: string | null) => <span style={NO_WRAP}>{roleText(t, r)}</span>,
            },
            {
              title: t('audit.action'),
              dataIndex: 'action',
              width: 150,
              render: (v: string) => (
                <span style={NO_WRAP} data-testid="audit-action">
                  {actionText(t, v)}
                </span>
              ),
            },
            {
              title: t('audit.object'),
              key: 'object',
              width: 190,
              render: (_: unknown, e: AuditEntry) => {
                const name = objectNameText(t, e);
                return e.objectType ? (
                  <Flex vertical>
                    <Typography.Text type="secondary" style={{ fontSize: 12, ...NO_WRAP }}>
                      {objectTypeText(t, e.objectType)}
                    </Typography.Text>
                    <span>
                      {name ??
                        (e.objectId ? (
                          <span style={{ fontFamily: 'monospace', fontSize: 12 }}>{e.objectId}</span>
                        ) : (
                          '—'
                        ))}
                    </span>
                  </Flex>
                ) : (
                  '—'
                );
              },
            },
            {
              title: t('audit.outcome'),
              dataIndex: 'outcome',
              width: 64,
              render: (v: string) => <Tag color={OUTCOME_COLORS[v]}>{t(`outcome.${v}`, { defaultValue: '—' })}</Tag>,
            },
            {
              title: t('audit.hash'),
              dataIndex: 'hash',
              width: 150,
              render: (v: string) => (
                // copying the hash does not open the entry
                // biome-ignore lint/a11y/useKeyWithClickEvents lint/a11y/noStaticElementInteractions: only stops the row's click
                <span onClick={(e) => e.stopPropagation()}>
                  <Typography.Text
                    copyable={{ text: v }}
                    style={{ fontFamily: 'monospace', fontSize: 11, wordBreak: 'break-all' }}
                  >
                    {v}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: '',
              key: 'open',
              width: 56,
              render: (_: unknown, e: AuditEntry) => (
                <Button size="small" type="link" onClick={() => setOpen(e)} data-testid={`audit-open-${e.seq}`}>
                  {t('audit.open')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      <AuditEntryDrawer
        entry={open}
        onClose={() => setOpen(null)}
        onFilter={(patch) => {
          setOpen(null);
          filterBy(patch);
        }}
      />
    </PageShell>
  );
}
