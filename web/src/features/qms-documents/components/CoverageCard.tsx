/**
 * The coverage of GB/T 19001-2016 by the register (reference iso9001.md §1–§2): every clause and every mandatory
 * documented-information item, covered by documents in force, not applicable with the recorded reason (4.3), or a gap.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QmsRegister } from '../../../../../contracts/qms-documents';
import { errorText } from '../../../components/ErrorAlert';
import { useLanguage } from '../../../lib/use-language';
import { useWithdrawNonApplicability } from '../api/qms-documents';
import { NonApplicabilityDialog } from './QmsDialogs';

type ClauseRow = QmsRegister['coverage']['clauses'][number];
type ItemRow = QmsRegister['coverage']['items'][number];

const STATE_COLOR = { covered: 'green', not_applicable: 'default', gap: 'red' } as const;

export function CoverageCard({ participationId, register }: { participationId: string; register: QmsRegister }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const withdraw = useWithdrawNonApplicability();
  const [gapsOnly, setGapsOnly] = useState(false);
  const [declaring, setDeclaring] = useState<ClauseRow | null>(null);
  const numbers = new Map(register.documents.map((d) => [d.id, d.number]));
  const recorded = new Map(register.nonApplicable.map((n) => [n.clause, n]));
  const { gaps } = register.coverage;
  const title = (r: { zh: string; en: string }) => (lang === 'en-US' ? r.en : r.zh);
  // the reason, naming the clause it was recorded on when that is a clause above (8.3 for 8.3.4, for R9)
  const state = (r: ClauseRow | ItemRow, own: string | null) => (
    <Flex vertical gap={2}>
      <Tag color={STATE_COLOR[r.state]} data-testid="qms-coverage-state" style={{ alignSelf: 'flex-start' }}>
        {t(`qmsCoverage.${r.state}`)}
      </Tag>
      {r.notApplicable ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.notApplicable.clause === own ? '' : t('qmsDocuments.naInherited', { clause: r.notApplicable.clause })}
          {r.notApplicable.reason}
        </Typography.Text>
      ) : null}
    </Flex>
  );
  const docs = (ids: string[]) => ids.map((id) => numbers.get(id)).join('、') || '—';
  const clauses = register.coverage.clauses.filter((c) => !gapsOnly || c.state === 'gap');
  const items = register.coverage.items.filter((i) => !gapsOnly || i.state === 'gap');
  return (
    <Card
      size="small"
      title={t('qmsDocuments.coverage.title')}
      data-testid="qms-coverage"
      extra={
        <Flex gap={6} align="center">
          <Switch size="small" checked={gapsOnly} onChange={setGapsOnly} data-testid="qms-gaps-only" />
          <Typography.Text>{t('qmsDocuments.coverage.gapsOnly')}</Typography.Text>
        </Flex>
      }
    >
      {gaps.clauses === 0 && gaps.items === 0 ? (
        <Alert type="success" showIcon title={t('qmsDocuments.coverage.complete')} data-testid="qms-coverage-summary" />
      ) : (
        <Alert
          type="warning"
          showIcon
          data-testid="qms-coverage-summary"
          title={t('qmsDocuments.coverage.gaps', { clauses: gaps.clauses, items: gaps.items })}
        />
      )}
      {withdraw.isError ? (
        <Alert type="error" showIcon title={errorText(withdraw.error)} style={{ marginTop: 8 }} />
      ) : null}
      <Tabs
        items={[
          {
            key: 'clauses',
            label: t('qmsDocuments.coverage.clauses'),
            children: (
              <Table<ClauseRow>
                size="small"
                rowKey="clause"
                dataSource={clauses}
                pagination={false}
                scroll={{ x: 820, y: 420 }}
                onRow={(c) => ({ 'data-testid': `qms-clause-${c.clause}` }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { key: 'clause', title: t('qmsDocuments.clause'), dataIndex: 'clause', width: 80 },
                  { key: 'title', title: t('qmsDocuments.clauseTitle'), width: 240, render: (_, c) => title(c) },
                  {
                    key: 'state',
                    title: t('qmsDocuments.coverage.state'),
                    width: 200,
                    render: (_, c) => state(c, c.clause),
                  },
                  {
                    key: 'docs',
                    title: t('qmsDocuments.coverage.documents'),
                    width: 140,
                    render: (_, c) => docs(c.documentIds),
                  },
                  ...(register.mayWrite
                    ? [
                        {
                          key: 'na',
                          title: t('qmsDocuments.actions'),
                          width: 120,
                          render: (_: unknown, c: ClauseRow) => {
                            const own = recorded.get(c.clause);
                            if (own)
                              return (
                                <Button
                                  size="small"
                                  loading={withdraw.isPending}
                                  data-testid="qms-na-withdraw"
                                  onClick={() => withdraw.mutate({ params: { id: participationId, naId: own.id } })}
                                >
                                  {t('qmsDocuments.naWithdraw')}
                                </Button>
                              );
                            return c.excludable && !c.notApplicable ? (
                              <Button size="small" data-testid="qms-na-declare" onClick={() => setDeclaring(c)}>
                                {t('qmsDocuments.naDeclare')}
                              </Button>
                            ) : null;
                          },
                        },
                      ]
                    : []),
                ]}
              />
            ),
          },
          {
            key: 'items',
            label: t('qmsDocuments.coverage.items'),
            children: (
              <Table<ItemRow>
                size="small"
                rowKey="item"
                dataSource={items}
                pagination={false}
                scroll={{ x: 820, y: 420 }}
                onRow={(i) => ({ 'data-testid': `qms-item-${i.item}` }) as React.HTMLAttributes<HTMLElement>}
                columns={[
                  { key: 'citation', title: t('qmsDocuments.clause'), dataIndex: 'citation', width: 90 },
                  { key: 'title', title: t('qmsDocuments.itemTitle'), width: 240, render: (_, i) => title(i) },
                  {
                    key: 'kind',
                    title: t('qmsDocuments.itemKind'),
                    width: 120,
                    render: (_, i) => t(`qmsInfoKind.${i.kind}`),
                  },
                  {
                    key: 'state',
                    title: t('qmsDocuments.coverage.state'),
                    width: 200,
                    render: (_, i) => state(i, null),
                  },
                  {
                    key: 'docs',
                    title: t('qmsDocuments.coverage.documents'),
                    width: 140,
                    render: (_, i) => docs(i.documentIds),
                  },
                ]}
              />
            ),
          },
        ]}
      />
      {declaring ? (
        <NonApplicabilityDialog
          participationId={participationId}
          clause={declaring.clause}
          title={title(declaring)}
          onClose={() => setDeclaring(null)}
        />
      ) : null}
    </Card>
  );
}
