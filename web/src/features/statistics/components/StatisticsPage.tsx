/**
 * /statistics — the statistics table of 002 Annex 2 (附表) for a region of the bureau's jurisdiction and a period
 * (cumulative since the campaign began unless a start is picked), each figure opening the records behind it, the
 * XLSX in the table's layout, and the policy-measures register that feeds row 1 (list and form).
 */
import { useState } from 'react';
import { App, Button, Card, Drawer, Flex, Form, Input, Space, Table, Tabs, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Policy } from '../../../../../contracts/policies';
import { statistics as contract, type Drill, type StatisticsTable } from '../../../../../contracts/statistics';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { DateInput } from '../../../components/DateInput';
import { StageTag } from '../../../components/StageTag';
import { JurisdictionCascader } from '../../../components/regions/JurisdictionCascader';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { activeMembership, useSession } from '../../../lib/session';
import { useApiDownload } from '../../../lib/download';
import {
  useCreatePolicy,
  useDrillRows,
  usePolicies,
  useStatisticsTable,
  useUpdatePolicy,
  type TableScope,
} from '../api/statistics';

export default function StatisticsPage() {
  const { t } = useTranslation();
  const session = useSession();
  const jurisdiction = activeMembership(session.data)?.regionCode ?? '';
  const [region, setRegion] = useState<string | undefined>();
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const scope: TableScope = {
    code: region ?? jurisdiction,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
  return (
    <PageShell title={t('statistics.pageTitle')}>
      <Tabs
        items={[
          {
            key: 'table',
            label: t('statistics.table'),
            children: (
              <Flex vertical gap={12}>
                <Flex wrap gap={8} align="center">
                  {jurisdiction ? (
                    <div style={{ minWidth: 220 }}>
                      <JurisdictionCascader
                        root={jurisdiction}
                        value={region ?? jurisdiction}
                        onChange={setRegion}
                        testId="statistics-region"
                        ariaLabel={t('statistics.region')}
                      />
                    </div>
                  ) : null}
                  <DateInput
                    value={from}
                    onChange={setFrom}
                    testId="statistics-from"
                    ariaLabel={t('statistics.from')}
                    placeholder={t('statistics.sinceStart')}
                  />
                  <DateInput
                    value={to}
                    onChange={setTo}
                    testId="statistics-to"
                    ariaLabel={t('statistics.to')}
                    placeholder={t('statistics.to')}
                  />
                </Flex>
                {scope.code ? <TableView scope={scope} /> : null}
              </Flex>
            ),
          },
          { key: 'policies', label: t('statistics.policies'), children: <PolicyRegister region={jurisdiction} /> },
        ]}
      />
    </PageShell>
  );
}

function TableView({ scope }: { scope: TableScope }) {
  const { t } = useTranslation();
  const table = useStatisticsTable(scope);
  const { download, pending } = useApiDownload();
  const [drill, setDrill] = useState<Drill | null>(null);
  if (table.isError) return <ErrorAlert error={table.error} />;
  const d = table.data;
  if (!d) return null;
  const figure = (text: string, target: Drill, testId: string) => (
    <Button
      type="link"
      size="small"
      style={{ padding: 0, height: 'auto', alignSelf: 'flex-start', whiteSpace: 'normal', textAlign: 'left' }}
      onClick={() => setDrill(target)}
      data-testid={testId}
    >
      {text}
    </Button>
  );
  const rows: Array<{ no: number; figures: React.ReactNode; info: React.ReactNode }> = [
    {
      no: 1,
      figures: (
        <Flex vertical>
          {figure(t('statistics.policiesLine', { n: d.policies.count }), d.policies.drill, 'figure-policies')}
          <span data-testid="figure-subsidy">{t('statistics.subsidyLine', { n: d.policies.subsidyWan })}</span>
        </Flex>
      ),
      info: (
        <Flex vertical gap={4}>
          {d.policies.items.map((p) => (
            <span key={p.id}>
              {t('statistics.policyItem', { documentNumber: p.documentNumber, title: p.title, content: p.content })}
              {t('statistics.policyAmounts', { subsidy: p.subsidyWan, credit: p.creditWan, fees: p.feesWaivedWan })}
            </span>
          ))}
        </Flex>
      ),
    },
    {
      no: 2,
      figures: (
        <Flex vertical>
          {figure(
            t('statistics.trainingLine', { n: d.training.total.personTimes }),
            d.training.total.drill,
            'figure-training',
          )}
          <span>
            {t('statistics.trainingSplit', {
              online: d.training.online.personTimes,
              offline: d.training.offline.personTimes,
            })}
          </span>
          <span>{t('statistics.trainingEnterprisesLine', { n: d.training.total.enterprises })}</span>
        </Flex>
      ),
      info: (
        <Space wrap>
          {figure(
            `${t('training.onlinePersonTimes')} ${d.training.online.personTimes}`,
            d.training.online.drill,
            'figure-online',
          )}
          {figure(
            `${t('training.offlinePersonTimes')} ${d.training.offline.personTimes}`,
            d.training.offline.drill,
            'figure-offline',
          )}
        </Space>
      ),
    },
    {
      no: 3,
      figures: (
        <Flex vertical>
          {figure(t('statistics.assistedLine', { n: d.assisted.enterprises }), d.assisted.drill, 'figure-assisted')}
          <span>{t('statistics.industriesLine', { n: d.assisted.industryCount })}</span>
        </Flex>
      ),
      info: (
        <Flex vertical>
          {d.assisted.industries.map((i) => (
            <span key={i.code}>
              {figure(
                t('statistics.industryItem', { code: i.code, name: i.name, n: i.enterprises }),
                i.drill,
                `figure-industry-${i.code}`,
              )}
            </span>
          ))}
        </Flex>
      ),
    },
    {
      no: 4,
      figures: <span>{t('statistics.bodiesLine', { n: d.bodies.count })}</span>,
      info: (
        <Flex vertical>
          {d.bodies.items.map((b) => (
            <span key={b.id}>
              {figure(
                t('statistics.bodyItem', { name: b.name, approvalNumber: b.approvalNumber }),
                b.drill,
                'figure-body',
              )}
            </span>
          ))}
        </Flex>
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={`${d.regionName} ${t('statistics.title')}`}
      extra={
        <Button
          icon={<DownloadOutlined />}
          loading={pending}
          onClick={() =>
            download(
              contract.tableXlsx,
              {
                params: { code: scope.code },
                query: { ...(scope.from ? { from: scope.from } : {}), ...(scope.to ? { to: scope.to } : {}) },
              },
              'statistics.xlsx',
            )
          }
          data-testid="statistics-xlsx"
        >
          {t('statistics.download')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {d.from ? t('statistics.period', { from: d.from, to: d.to }) : t('statistics.periodSince', { to: d.to })}
      </Typography.Paragraph>
      <Table
        size="small"
        rowKey="no"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        data-testid="statistics-table"
        columns={[
          { title: t('statistics.colNo'), dataIndex: 'no', width: 60 },
          { title: t('statistics.colFigures'), dataIndex: 'figures', width: 320 },
          { title: t('statistics.colInfo'), dataIndex: 'info' },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('statistics.note')}
      </Typography.Paragraph>
      {drill ? <DrillDrawer scope={scope} drill={drill} table={d} onClose={() => setDrill(null)} /> : null}
    </Card>
  );
}

function DrillDrawer({
  scope,
  drill,
  onClose,
}: {
  scope: TableScope;
  drill: Drill;
  table: StatisticsTable;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { policyRows, trainingRows, assistedRows } = useDrillRows(scope, drill);
  const error = policyRows.error ?? trainingRows.error ?? assistedRows.error;
  return (
    <Drawer open width={Math.min(900, window.innerWidth)} title={t('statistics.rowsTitle')} onClose={onClose}>
      {error ? <ErrorAlert error={error} /> : null}
      {drill.rows === 'policies' ? (
        <PolicyTable items={policyRows.data?.items ?? []} />
      ) : drill.rows === 'training' ? (
        <Table
          size="small"
          rowKey="attendanceId"
          scroll={{ x: 'max-content' }}
          data-testid="drill-rows"
          dataSource={trainingRows.data?.items ?? []}
          columns={[
            { title: t('statistics.session'), dataIndex: 'sessionTitle' },
            { title: t('statistics.heldOn'), dataIndex: 'heldOn' },
            {
              title: t('statistics.delivery'),
              dataIndex: 'delivery',
              render: (v: string) => t(`trainingDelivery.${v}`),
            },
            { title: t('statistics.enterprise'), dataIndex: 'enterpriseName' },
          ]}
        />
      ) : (
        <Table
          size="small"
          rowKey="participationId"
          scroll={{ x: 'max-content' }}
          data-testid="drill-rows"
          dataSource={assistedRows.data?.items ?? []}
          columns={[
            { title: t('statistics.enterprise'), dataIndex: 'enterpriseName' },
            { title: t('statistics.region'), dataIndex: 'regionName' },
            {
              title: t('statistics.industry'),
              dataIndex: 'industryCode',
              render: (v: string) => industryName(v, lang),
            },
            { title: t('statistics.body'), dataIndex: 'bodyName' },
            { title: t('statistics.assignedOn'), dataIndex: 'assignedOn' },
            { title: t('statistics.stage'), dataIndex: 'stage', render: (v: string) => <StageTag stage={v} /> },
          ]}
        />
      )}
    </Drawer>
  );
}

function PolicyTable({ items, onEdit }: { items: Policy[]; onEdit?: (p: Policy) => void }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="id"
      scroll={{ x: 'max-content' }}
      dataSource={items}
      data-testid="policy-table"
      locale={{ emptyText: t('policy.empty') }}
      columns={[
        { title: t('policy.documentNumber'), dataIndex: 'documentNumber' },
        { title: t('policy.title'), dataIndex: 'title' },
        { title: t('policy.issuedOn'), dataIndex: 'issuedOn' },
        { title: t('policy.region'), dataIndex: 'regionName' },
        {
          title: t('policy.issuingLevel'),
          dataIndex: 'issuingLevel',
          render: (v: string) => <Tag>{t(`issuingLevel.${v}`)}</Tag>,
        },
        { title: t('policy.subsidyWan'), dataIndex: 'subsidyWan' },
        { title: t('policy.creditWan'), dataIndex: 'creditWan' },
        { title: t('policy.feesWaivedWan'), dataIndex: 'feesWaivedWan' },
        ...(onEdit
          ? [
              {
                title: t('common.actions'),
                key: 'edit',
                render: (_: unknown, p: Policy) =>
                  p.editable ? (
                    <Button size="small" onClick={() => onEdit(p)}>
                      {t('common.edit')}
                    </Button>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}

interface PolicyForm {
  documentNumber: string;
  title: string;
  issuedOn: string | null;
  content: string;
  subsidyWan: string;
  creditWan: string;
  feesWaivedWan: string;
}

function PolicyRegister({ region }: { region: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = usePolicies(region || undefined);
  const create = useCreatePolicy();
  const update = useUpdatePolicy();
  const [editing, setEditing] = useState<Policy | 'new' | null>(null);
  const [form] = Form.useForm<PolicyForm>();
  const open = (p: Policy | 'new') => {
    setEditing(p);
    form.setFieldsValue(
      p === 'new'
        ? { subsidyWan: '0', creditWan: '0', feesWaivedWan: '0', issuedOn: null }
        : {
            documentNumber: p.documentNumber,
            title: p.title,
            issuedOn: p.issuedOn,
            content: p.content,
            subsidyWan: p.subsidyWan,
            creditWan: p.creditWan,
            feesWaivedWan: p.feesWaivedWan,
          },
    );
  };
  const submit = async () => {
    const v = await form.validateFields();
    const body = { ...v, issuedOn: v.issuedOn ?? '' };
    try {
      if (editing === 'new') await create.mutateAsync({ body });
      else if (editing)
        await update.mutateAsync({ params: { id: editing.id }, body: { ...body, version: editing.version } });
      void message.success(t('policy.saved'));
      setEditing(null);
    } catch (error) {
      void message.error(errorText(error));
    }
  };
  const amount = (name: 'subsidyWan' | 'creditWan' | 'feesWaivedWan') => (
    <Form.Item name={name} label={t(`policy.${name}`)} rules={[{ required: true }]}>
      <Input inputMode="decimal" maxLength={20} data-testid={`policy-${name}`} />
    </Form.Item>
  );
  return (
    <Flex vertical gap={12}>
      <div>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')} data-testid="policy-add">
          {t('policy.add')}
        </Button>
      </div>
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      <PolicyTable items={list.data ?? []} onEdit={open} />
      <Drawer
        open={editing !== null}
        width={Math.min(560, window.innerWidth)}
        title={editing === 'new' ? t('policy.add') : t('policy.edit')}
        onClose={() => setEditing(null)}
        destroyOnHidden
        extra={
          <Button
            type="primary"
            loading={create.isPending || update.isPending}
            onClick={submit}
            data-testid="policy-save"
          >
            {t('common.save')}
          </Button>
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item
            name="documentNumber"
            label={t('policy.documentNumber')}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input maxLength={60} data-testid="policy-documentNumber" />
          </Form.Item>
          <Form.Item name="title" label={t('policy.title')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={200} data-testid="policy-title" />
          </Form.Item>
          <Form.Item name="issuedOn" label={t('policy.issuedOn')} rules={[{ required: true }]}>
            <DateInput
              value={undefined}
              onChange={() => undefined}
              testId="policy-issuedOn"
              ariaLabel={t('policy.issuedOn')}
            />
          </Form.Item>
          <Form.Item name="content" label={t('policy.content')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={4} maxLength={2000} data-testid="policy-content" />
          </Form.Item>
          {amount('subsidyWan')}
          {amount('creditWan')}
          {amount('feesWaivedWan')}
        </Form>
      </Drawer>
    </Flex>
  );
}
