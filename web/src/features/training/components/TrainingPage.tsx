/**
 * /training — training sessions (001 annex 一、1; 003 §6.7.2.2): the list with filters, a drawer to record a session,
 * the session's enrolment and attendance, and for bureaus and bodies the person-times statistics (002 Annex 2 row 2)
 * with the campaign's coverage flags.
 */
import { useState } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { training as contract, type TrainingSession } from '../../../../../contracts/training';
import { TRAINING_KINDS } from '../../../../../domain/training/training';
import { TRAINING_AUDIENCES } from '../../../../../domain/plans/plan';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { DateInput } from '../../../components/DateInput';
import { RegionName } from '../../../components/regions/RegionName';
import { RegionCascader } from '../../../components/regions/RegionCascader';
import { industryName, industryOptions } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { useMayCall } from '../../../lib/session';
import { useApiDownload } from '../../../lib/download';
import {
  useAddAttendance,
  useCreateSession,
  useEnrol,
  useEnrolCandidates,
  useRemoveAttendance,
  useTrainingCampaigns,
  useTrainingCoverage,
  useTrainingSession,
  useTrainingSessions,
  useTrainingStatistics,
} from '../api/training';

type Kind = (typeof TRAINING_KINDS)[number];
const SUB_KINDS: Partial<Record<Kind, string[]>> = {
  industry: ['common', 'sectoral', 'specific'],
  individual: ['on_site', 'remote'],
};

export default function TrainingPage() {
  const { t } = useTranslation();
  const campaigns = useTrainingCampaigns();
  const [campaignId, setCampaignId] = useState<string | undefined>();
  const [kind, setKind] = useState<Kind | undefined>();
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const sessions = useTrainingSessions({ campaignId, kind });
  const mayCreate = useMayCall(contract.create);
  const mayStats = useMayCall(contract.statistics);
  const campaignOptions = (campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name, regionCode: c.regionCode }));

  const list = (
    <>
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ minWidth: 260 }}
          placeholder={t('training.campaign')}
          options={campaignOptions}
          value={campaignId}
          onChange={setCampaignId}
          data-testid="training-campaign-filter"
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('training.kind')}
          options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainingKind.${k}`) }))}
          value={kind}
          onChange={setKind}
        />
      </Flex>
      {sessions.isError ? <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} /> : null}
      <Table<TrainingSession>
        rowKey="id"
        size="middle"
        loading={sessions.isFetching}
        dataSource={sessions.data ?? []}
        scroll={{ x: 1000 }}
        data-testid="training-table"
        onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('training.heldOn'), dataIndex: 'heldOn', width: 110 },
          { title: t('training.title'), dataIndex: 'title', width: 240, ellipsis: true },
          {
            title: t('training.kind'),
            dataIndex: 'kind',
            width: 120,
            render: (k: string, r) => (
              <Space size={4}>
                <Tag>{t(`trainingKind.${k}`)}</Tag>
                {r.delivery === 'online' ? <Tag color="blue">{t('trainingDelivery.online')}</Tag> : null}
              </Space>
            ),
          },
          { title: t('training.region'), dataIndex: 'regionName', width: 120 },
          { title: t('training.organizer'), dataIndex: 'organizerOrganizationName', width: 200, ellipsis: true },
          { title: t('training.enrolled'), dataIndex: 'enrolledCount', width: 90 },
          { title: t('training.personTimes'), dataIndex: 'personTimes', width: 90 },
        ]}
      />
    </>
  );

  return (
    <PageShell
      title={t('training.pageTitle')}
      extra={
        mayCreate ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="training-create"
          >
            {t('training.create')}
          </Button>
        ) : null
      }
    >
      {mayStats ? (
        <Tabs
          items={[
            { key: 'sessions', label: t('training.sessions'), children: list },
            {
              key: 'statistics',
              label: t('training.statistics'),
              children: <StatisticsView campaignOptions={campaignOptions} />,
            },
          ]}
        />
      ) : (
        list
      )}
      {creating ? (
        <CreateSessionDrawer
          campaignOptions={campaignOptions}
          onClose={(id) => {
            setCreating(false);
            if (id) setOpenId(id);
          }}
        />
      ) : null}
      {openId ? <SessionDrawer id={openId} onClose={() => setOpenId(null)} /> : null}
    </PageShell>
  );
}

interface SessionForm {
  campaignId: string;
  kind: Kind;
  subKind?: string;
  delivery: 'offline' | 'online';
  title: string;
  heldOn: string;
  endsOn: string;
  durationHours: number;
  place?: string;
  url?: string;
  topics: string;
  audiences?: string[];
  regionCode: string;
  industryCode?: string;
}

function CreateSessionDrawer({
  campaignOptions,
  onClose,
}: {
  campaignOptions: Array<{ value: string; label: string; regionCode: string }>;
  onClose: (id?: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionForm>();
  const create = useCreateSession();
  const kind = Form.useWatch('kind', form);
  const delivery = Form.useWatch('delivery', form);

  const submit = (v: SessionForm) =>
    create.mutate(
      {
        body: {
          campaignId: v.campaignId,
          kind: v.kind,
          subKind: (v.subKind ?? null) as never,
          delivery: v.delivery,
          title: v.title,
          heldOn: v.heldOn,
          endsOn: v.endsOn || v.heldOn,
          durationHours: v.durationHours,
          place: v.delivery === 'offline' ? (v.place ?? null) : null,
          url: v.delivery === 'online' ? (v.url ?? null) : null,
          topics: v.topics
            .split(/[；;\n]/)
            .map((s) => s.trim())
            .filter(Boolean),
          audiences: (v.audiences ?? []) as never,
          regionCode: v.regionCode,
          industryCode: v.industryCode ?? null,
        },
      },
      {
        onSuccess: (a) => {
          void message.success(t('training.created'));
          onClose(a.id);
        },
        onError: (error) => void message.error(errorText(error)),
      },
    );

  return (
    <Drawer open width={560} title={t('training.create')} onClose={() => onClose()} destroyOnHidden>
      <Form<SessionForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        // the campaign's region is the session's until the organizer narrows it
        onValuesChange={(changed: Partial<SessionForm>) => {
          const region = campaignOptions.find((c) => c.value === changed.campaignId)?.regionCode;
          if (region) form.setFieldValue('regionCode', region);
        }}
        initialValues={{ kind: 'centralized', delivery: 'offline', durationHours: 3 }}
        data-testid="training-form"
      >
        <Form.Item name="campaignId" label={t('training.campaign')} rules={[{ required: true }]}>
          <Select options={campaignOptions} data-testid="training-form-campaign" />
        </Form.Item>
        <Form.Item name="title" label={t('training.title')} rules={[{ required: true }]}>
          <Input data-testid="training-form-title" />
        </Form.Item>
        <Flex gap={8} wrap>
          <Form.Item name="kind" label={t('training.kind')} rules={[{ required: true }]} style={{ minWidth: 200 }}>
            <Select
              data-testid="training-form-kind"
              options={TRAINING_KINDS.map((k) => ({ value: k, label: t(`trainingKind.${k}`) }))}
            />
          </Form.Item>
          {kind && SUB_KINDS[kind] ? (
            <Form.Item
              name="subKind"
              label={t('training.subKind')}
              rules={[{ required: true }]}
              style={{ minWidth: 180 }}
            >
              <Select options={SUB_KINDS[kind]!.map((k) => ({ value: k, label: t(`trainingSubKind.${k}`) }))} />
            </Form.Item>
          ) : null}
          <Form.Item name="delivery" label={t('training.delivery')} style={{ minWidth: 120 }}>
            <Select
              data-testid="training-form-delivery"
              options={['offline', 'online'].map((k) => ({ value: k, label: t(`trainingDelivery.${k}`) }))}
            />
          </Form.Item>
        </Flex>
        <Flex gap={8} wrap>
          <Form.Item name="heldOn" label={t('training.heldOn')} rules={[{ required: true }]}>
            <DateInput value={undefined} onChange={() => undefined} testId="training-form-held-on" />
          </Form.Item>
          <Form.Item name="endsOn" label={t('training.endsOn')}>
            <DateInput value={undefined} onChange={() => undefined} testId="training-form-ends-on" />
          </Form.Item>
          <Form.Item name="durationHours" label={t('training.durationHours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={999} step={0.5} />
          </Form.Item>
        </Flex>
        {delivery === 'online' ? (
          <Form.Item name="url" label={t('training.url')} rules={[{ required: true }]}>
            <Input data-testid="training-form-url" />
          </Form.Item>
        ) : (
          <Form.Item name="place" label={t('training.place')} rules={[{ required: true }]}>
            <Input data-testid="training-form-place" />
          </Form.Item>
        )}
        <Form.Item name="regionCode" label={t('training.region')} rules={[{ required: true }]}>
          <RegionCascader value={undefined} onChange={() => undefined} testId="training-form-region" />
        </Form.Item>
        {kind === 'industry' ? (
          <Form.Item name="industryCode" label={t('training.industry')} rules={[{ required: true }]}>
            <Select showSearch optionFilterProp="label" options={industryOptions(lang)} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="topics"
          label={t('training.topics')}
          rules={[{ required: true }]}
          extra={t('training.topicsHint')}
        >
          <Input.TextArea rows={2} data-testid="training-form-topics" />
        </Form.Item>
        <Form.Item name="audiences" label={t('training.audiences')}>
          <Checkbox.Group
            options={TRAINING_AUDIENCES.map((a) => ({ value: a.key, label: t(`trainingAudience.${a.key}`) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="training-form-submit">
          {t('training.save')}
        </Button>
      </Form>
    </Drawer>
  );
}

function SessionDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { message } = App.useApp();
  const detail = useTrainingSession(id);
  const mayEdit = detail.data?.mayEdit ?? false;
  const candidates = useEnrolCandidates(id, mayEdit);
  const enrol = useEnrol();
  const add = useAddAttendance();
  const remove = useRemoveAttendance();
  const { download, pending } = useApiDownload();
  const [picked, setPicked] = useState<string[]>([]);
  const [form] = Form.useForm<{ participationId: string; personName: string; post?: string; audienceLevel?: string }>();
  const d = detail.data;
  const enterpriseOptions = (d?.enrolments ?? [])
    .filter((e) => d?.mayAttendFor.includes(e.participationId))
    .map((e) => ({ value: e.participationId, label: e.enterpriseName }));

  return (
    <Drawer open width={760} title={d?.session.title ?? ''} onClose={onClose} destroyOnHidden>
      {detail.isError ? <ErrorAlert error={detail.error} /> : null}
      {d ? (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('training.kind')}>
              {t(`trainingKind.${d.session.kind}`)}
              {d.session.subKind ? `（${t(`trainingSubKind.${d.session.subKind}`)}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('training.heldOn')}>
              {d.session.heldOn === d.session.endsOn ? d.session.heldOn : `${d.session.heldOn} – ${d.session.endsOn}`}（
              {d.session.durationHours} {t('training.hours')}）
            </Descriptions.Item>
            <Descriptions.Item label={d.session.delivery === 'online' ? t('training.url') : t('training.place')}>
              {d.session.delivery === 'online' ? d.session.url : d.session.place}
            </Descriptions.Item>
            <Descriptions.Item label={t('training.region')}>
              <RegionName code={d.session.regionCode} />
              {d.session.industryCode ? ` · ${industryName(d.session.industryCode, lang)}` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('training.organizer')}>
              {d.session.organizerOrganizationName}（{d.session.organizerName}）
            </Descriptions.Item>
            <Descriptions.Item label={t('training.topics')}>{d.session.topics.join('；')}</Descriptions.Item>
          </Descriptions>
          <Flex gap={8} wrap>
            <Button
              loading={pending}
              onClick={() => download(contract.signInSheet, { params: { id } }, 'sign-in.docx')}
              data-testid="training-docx"
            >
              {t('training.signInSheet')}
            </Button>
            {mayEdit ? (
              <Button onClick={() => download(contract.signInTemplate, { params: { id } }, 'sign-in.xlsx')}>
                {t('training.signInTemplate')}
              </Button>
            ) : null}
          </Flex>
          {mayEdit ? (
            <Card size="small" title={t('training.enrol')}>
              <Flex gap={8} wrap>
                <Select
                  mode="multiple"
                  style={{ minWidth: 320, flex: 1 }}
                  value={picked}
                  onChange={setPicked}
                  optionFilterProp="label"
                  data-testid="training-enrol-select"
                  options={(candidates.data ?? [])
                    .filter((c) => !c.enrolled)
                    .map((c) => ({ value: c.participationId, label: c.enterpriseName }))}
                />
                <Button
                  type="primary"
                  disabled={picked.length === 0}
                  loading={enrol.isPending}
                  data-testid="training-enrol-submit"
                  onClick={() =>
                    enrol.mutate(
                      { params: { id }, body: { participationIds: picked } },
                      {
                        onSuccess: () => setPicked([]),
                        onError: (e) => void message.error(errorText(e)),
                      },
                    )
                  }
                >
                  {t('training.enrolSubmit')}
                </Button>
              </Flex>
            </Card>
          ) : null}
          <Table
            rowKey="participationId"
            size="small"
            pagination={false}
            dataSource={d.enrolments}
            data-testid="training-enrolments"
            columns={[
              { title: t('training.enterprise'), dataIndex: 'enterpriseName' },
              { title: t('training.region'), dataIndex: 'regionCode', render: (c: string) => <RegionName code={c} /> },
              { title: t('training.attendees'), dataIndex: 'attendees', width: 90 },
            ]}
          />
          {enterpriseOptions.length > 0 ? (
            <Card size="small" title={t('training.addAttendance')}>
              <Form
                form={form}
                layout="inline"
                data-testid="training-attendance-form"
                onFinish={(v) =>
                  add.mutate(
                    {
                      params: { id },
                      body: {
                        participationId: v.participationId,
                        personName: v.personName,
                        post: v.post || null,
                        audienceLevel: (v.audienceLevel ?? null) as never,
                        evidenceFileId: null,
                      },
                    },
                    {
                      onSuccess: () => form.resetFields(['personName', 'post']),
                      onError: (e) => void message.error(errorText(e)),
                    },
                  )
                }
              >
                <Form.Item name="participationId" rules={[{ required: true }]}>
                  <Select
                    style={{ minWidth: 200 }}
                    placeholder={t('training.enterprise')}
                    options={enterpriseOptions}
                    data-testid="training-attendance-enterprise"
                  />
                </Form.Item>
                <Form.Item name="personName" rules={[{ required: true }]}>
                  <Input placeholder={t('training.personName')} data-testid="training-attendance-name" />
                </Form.Item>
                <Form.Item name="post">
                  <Input placeholder={t('training.post')} style={{ width: 120 }} />
                </Form.Item>
                <Form.Item name="audienceLevel">
                  <Select
                    allowClear
                    style={{ minWidth: 180 }}
                    placeholder={t('training.audienceLevel')}
                    options={TRAINING_AUDIENCES.map((a) => ({ value: a.key, label: t(`trainingAudience.${a.key}`) }))}
                  />
                </Form.Item>
                <Button
                  htmlType="submit"
                  type="primary"
                  loading={add.isPending}
                  data-testid="training-attendance-submit"
                >
                  {t('training.addAttendanceSubmit')}
                </Button>
              </Form>
            </Card>
          ) : null}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d.attendance}
            data-testid="training-attendance"
            scroll={{ x: 640 }}
            columns={[
              { title: t('training.enterprise'), dataIndex: 'enterpriseName' },
              { title: t('training.personName'), dataIndex: 'personName', className: 'data-user-text' },
              { title: t('training.post'), dataIndex: 'post', render: (v: string | null) => v ?? '—' },
              {
                title: t('training.audienceLevel'),
                dataIndex: 'audienceLevel',
                render: (v: string | null) => (v ? t(`trainingAudience.${v}`) : '—'),
              },
              {
                title: t('training.source'),
                dataIndex: 'source',
                render: (v: string) => t(`training.sourceName.${v}`),
              },
              {
                title: '',
                key: 'remove',
                render: (_: unknown, r) =>
                  r.mayRemove ? (
                    <Button
                      size="small"
                      danger
                      type="link"
                      onClick={() => remove.mutate({ params: { id }, body: { attendanceId: r.id } })}
                    >
                      {t('training.remove')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Flex>
      ) : null}
    </Drawer>
  );
}

const DIMENSIONS = ['region', 'industry', 'body', 'kind', 'month'] as const;

function StatisticsView({ campaignOptions }: { campaignOptions: Array<{ value: string; label: string }> }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [campaignId, setCampaignId] = useState<string | undefined>();
  const [by, setBy] = useState<(typeof DIMENSIONS)[number]>('region');
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const stats = useTrainingStatistics(
    { by, ...(campaignId ? { campaignId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) },
    true,
  );
  const coverage = useTrainingCoverage(campaignId, true);
  const s = stats.data;
  const label = (key: string, l: string) =>
    by === 'kind' ? t(`trainingKind.${key}`) : by === 'industry' ? industryName(key, lang) : l || t('training.noBody');
  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8}>
        <Select
          allowClear
          style={{ minWidth: 260 }}
          placeholder={t('training.campaign')}
          options={campaignOptions}
          value={campaignId}
          onChange={setCampaignId}
          data-testid="training-stats-campaign"
        />
        <Select
          style={{ minWidth: 140 }}
          value={by}
          onChange={setBy}
          options={DIMENSIONS.map((d) => ({ value: d, label: t(`training.by.${d}`) }))}
          data-testid="training-stats-by"
        />
        <DateInput value={from} onChange={setFrom} testId="training-stats-from" />
        <DateInput value={to} onChange={setTo} testId="training-stats-to" />
      </Flex>
      {stats.isError ? <ErrorAlert error={stats.error} /> : null}
      {s ? (
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          data-testid="training-stats-table"
          scroll={{ x: 700 }}
          dataSource={[
            ...s.rows.map((r) => ({ ...r, name: label(r.key, r.label) })),
            {
              key: '__total',
              name: t('training.total'),
              online: s.online,
              offline: s.offline,
              total: s.total,
              label: '',
            },
          ]}
          columns={[
            { title: t(`training.by.${by}`), dataIndex: 'name' },
            { title: t('training.offlinePersonTimes'), render: (_: unknown, r) => r.offline.personTimes },
            { title: t('training.onlinePersonTimes'), render: (_: unknown, r) => r.online.personTimes },
            {
              title: t('training.personTimes'),
              render: (_: unknown, r) => <strong data-testid={`stats-pt-${r.key}`}>{r.total.personTimes}</strong>,
            },
            {
              title: t('training.enterprisesTrained'),
              render: (_: unknown, r) => <strong data-testid={`stats-ent-${r.key}`}>{r.total.enterprises}</strong>,
            },
          ]}
        />
      ) : null}
      {campaignId && coverage.data ? (
        <Card size="small" title={`${t('training.coverage')}（${coverage.data.from} – ${coverage.data.to}）`}>
          <Table
            rowKey={(r) => `${r.check}-${r.regionCode}-${r.industryCode ?? ''}`}
            size="small"
            pagination={false}
            data-testid="training-coverage"
            dataSource={coverage.data.checks}
            columns={[
              { title: t('training.coverageCheck'), dataIndex: 'check', render: (c: string) => t(`trainingKind.${c}`) },
              { title: t('training.region'), dataIndex: 'regionName' },
              {
                title: t('training.industry'),
                dataIndex: 'industryCode',
                render: (c: string | null) => (c ? industryName(c, lang) : '—'),
              },
              {
                title: t('training.coverageStatus'),
                dataIndex: 'sessions',
                render: (n: number) =>
                  n > 0 ? (
                    <Tag color="green">{t('training.covered', { n })}</Tag>
                  ) : (
                    <Tag color="red">{t('training.missing')}</Tag>
                  ),
              },
            ]}
          />
        </Card>
      ) : null}
    </Flex>
  );
}
