/**
 * 体系文件 on the 一企一档 page (001 annex 体系建设; 003 §6.7.2.3): the register of the enterprise's documents by level
 * with their versions and history, and the coverage of GB/T 19001-2016 — every clause and mandatory item covered,
 * not applicable with its reason, or flagged as a gap.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { qmsDocuments } from '../../../../../contracts/qms-documents';
import type { QmsDocument, QmsRegister } from '../../../../../contracts/qms-documents';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { fileUrl } from '../../../components/files/files';
import { useApiDownload } from '../../../lib/download';
import { useQmsRegister } from '../api/qms-documents';
import { CoverageCard } from './CoverageCard';
import { DocumentDialog, OutlineDialog, RevisionDialog, StatusDialog, type StatusTarget } from './QmsDialogs';

const STATUS_COLOR = { draft: 'default', approved: 'blue', effective: 'green', obsolete: 'red' } as const;

/** What may be done next with a document (domain STATUS_TRANSITIONS; a new version of one in force). */
function nextActions(d: QmsDocument): Array<StatusTarget | 'edit' | 'revise'> {
  if (d.status === 'draft') return ['edit', 'approved'];
  if (d.status === 'approved') return ['effective', 'draft'];
  if (d.status === 'effective') return ['revise', 'obsolete'];
  return [];
}

function History({ document }: { document: QmsDocument }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid="qms-history"
      header={<Typography.Text strong>{t('qmsDocuments.history')}</Typography.Text>}
      dataSource={[...document.revisions].reverse()}
      renderItem={(r) => (
        <List.Item>
          <Flex vertical gap={2}>
            <Flex gap={8} wrap align="baseline">
              <Typography.Text strong>{r.revision}</Typography.Text>
              <Tag color={STATUS_COLOR[r.status]}>{t(`qmsStatus.${r.status}`)}</Tag>
              <Typography.Text type="secondary">
                {t('qmsDocuments.authorLine', { name: r.authorName, date: r.draftedOn })}
              </Typography.Text>
              {r.approverName ? (
                <Typography.Text type="secondary">
                  {t('qmsDocuments.approverLine', { name: r.approverName, date: r.approvedOn })}
                </Typography.Text>
              ) : null}
              {r.effectiveOn ? (
                <Typography.Text type="secondary">
                  {t('qmsDocuments.effectiveLine', { date: r.effectiveOn })}
                </Typography.Text>
              ) : null}
              {r.obsoletedOn ? (
                <Typography.Text type="secondary">
                  {t('qmsDocuments.obsoleteLine', { date: r.obsoletedOn })}
                </Typography.Text>
              ) : null}
            </Flex>
            {r.changeNote ? <Typography.Text>{r.changeNote}</Typography.Text> : null}
            {r.outline.length ? <Typography.Text type="secondary">{r.outline.join(' · ')}</Typography.Text> : null}
            {r.file ? (
              <a href={fileUrl(r.file.id)} target="_blank" rel="noreferrer">
                {r.file.fileName}
              </a>
            ) : null}
          </Flex>
        </List.Item>
      )}
    />
  );
}

function RegisterCard({ participationId, register }: { participationId: string; register: QmsRegister }) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const [dialog, setDialog] = useState<
    | { kind: 'create' | 'outline' }
    | { kind: 'edit' | 'revise'; document: QmsDocument }
    | { kind: 'status'; document: QmsDocument; to: StatusTarget }
    | null
  >(null);
  const parentNumber = new Map(register.documents.map((d) => [d.id, d.number]));
  return (
    <Card
      size="small"
      title={t('qmsDocuments.register')}
      data-testid="qms-register"
      extra={
        <Flex gap={8} wrap justify="flex-end">
          {register.mayWrite ? (
            <>
              <Button
                size="small"
                type="primary"
                onClick={() => setDialog({ kind: 'outline' })}
                data-testid="qms-from-outline"
              >
                {t('qmsDocuments.fromOutline')}
              </Button>
              <Button size="small" onClick={() => setDialog({ kind: 'create' })} data-testid="qms-add">
                {t('qmsDocuments.add')}
              </Button>
            </>
          ) : null}
          <Button
            size="small"
            loading={pending}
            data-testid="qms-download"
            onClick={() =>
              download(qmsDocuments.registerDocx, { params: { id: participationId } }, t('qmsDocuments.docxName'))
            }
          >
            {t('qmsDocuments.download')}
          </Button>
        </Flex>
      }
    >
      <Table<QmsDocument>
        size="small"
        rowKey="id"
        dataSource={register.documents}
        pagination={register.documents.length > 12 ? { pageSize: 12, size: 'small', showSizeChanger: false } : false}
        scroll={{ x: 1080 }}
        locale={{ emptyText: t('qmsDocuments.empty') }}
        expandable={{ expandedRowRender: (d) => <History document={d} /> }}
        onRow={(d) => ({ 'data-testid': `qms-row-${d.number}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'number', title: t('qmsDocuments.number'), dataIndex: 'number', width: 90, fixed: 'left' },
          {
            key: 'title',
            title: t('qmsDocuments.docTitle'),
            width: 240,
            render: (_, d) => (
              <Flex vertical>
                <Typography.Text>{d.title}</Typography.Text>
                {d.parentId ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('qmsDocuments.below', { number: parentNumber.get(d.parentId) ?? '' })}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          { key: 'level', title: t('qmsDocuments.level'), width: 100, render: (_, d) => t(`qmsLevel.${d.level}`) },
          { key: 'revision', title: t('qmsDocuments.revision'), dataIndex: 'revision', width: 64 },
          {
            key: 'status',
            title: t('qmsDocuments.status'),
            width: 96,
            render: (_, d) => (
              <Tag color={STATUS_COLOR[d.status]} data-testid="qms-status">
                {t(`qmsStatus.${d.status}`)}
              </Tag>
            ),
          },
          {
            key: 'effectiveOn',
            title: t('qmsDocuments.effectiveOn'),
            width: 110,
            render: (_, d) =>
              d.inForce ? (
                <Typography.Text>
                  {d.inForce.effectiveOn}
                  {d.inForce.revision !== d.revision ? ` (${d.inForce.revision})` : ''}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
          { key: 'clauses', title: t('qmsDocuments.clauses'), width: 140, render: (_, d) => d.clauses.join('、') },
          ...(register.mayWrite
            ? [
                {
                  key: 'actions',
                  title: t('qmsDocuments.actions'),
                  width: 170,
                  render: (_: unknown, d: QmsDocument) => (
                    <Flex gap={4} wrap>
                      {nextActions(d).map((a) => (
                        <Button
                          key={a}
                          size="small"
                          type={a === 'approved' || a === 'effective' ? 'primary' : 'default'}
                          data-testid={`qms-action-${a}`}
                          onClick={() =>
                            setDialog(
                              a === 'edit' || a === 'revise'
                                ? { kind: a, document: d }
                                : { kind: 'status', document: d, to: a },
                            )
                          }
                        >
                          {t(`qmsDocuments.action.${a}`)}
                        </Button>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {dialog?.kind === 'create' ? (
        <DocumentDialog participationId={participationId} register={register} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <DocumentDialog
          participationId={participationId}
          register={register}
          document={dialog.document}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'outline' ? (
        <OutlineDialog participationId={participationId} register={register} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'revise' ? (
        <RevisionDialog participationId={participationId} document={dialog.document} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'status' ? (
        <StatusDialog
          participationId={participationId}
          document={dialog.document}
          to={dialog.to}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}

export function QmsDocumentsSection({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const register = useQmsRegister(participationId);
  if (register.isPending) return <FullPageSpin />;
  if (register.isError) return <ErrorAlert error={register.error} onRetry={() => void register.refetch()} />;
  const data = register.data;
  return (
    <Flex vertical gap={16} data-testid="qms-documents-section">
      {data.documents.length === 0 && data.mayWrite ? (
        <Alert type="info" showIcon title={t('qmsDocuments.startHint')} />
      ) : null}
      <RegisterCard participationId={participationId} register={data} />
      <CoverageCard participationId={participationId} register={data} />
    </Flex>
  );
}
