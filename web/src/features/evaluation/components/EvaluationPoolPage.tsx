/**
 * /evaluation — the bureau's evaluation page: the evaluator pool with each expert's qualification (003 §6.9.2:
 * 评审员 certificate and validity, or 行业专家 recommendation, industries and region), recorded by the bureau of the
 * expert's jurisdiction; and the batch panel form (003 §6.9.1), one panel for several enterprises with the
 * impartiality check per enterprise and the choice to skip those refused.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluatorPool, FormBatchPanelRequest, Qualification } from '../../../../../contracts/evaluation';
import type { z } from 'zod';
import { DateInput } from '../../../components/DateInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useEvaluatorPool, useFormBatchPanel, usePanelCandidates, useRecordQualification } from '../api/evaluation';

type PoolItem = z.output<typeof EvaluatorPool>['items'][number];

function QualificationText({ q }: { q: Qualification | null }) {
  const { t } = useTranslation();
  if (!q) return <Tag color="red">{t('evaluation.pool.none')}</Tag>;
  if (q.kind === 'auditor')
    return (
      <Space wrap>
        <Tag color="blue">{t('evaluation.pool.kind.auditor')}</Tag>
        <Typography.Text>
          {q.certificateNumber} · {q.issuingBody} · {t('evaluation.pool.validUntil')} {q.validUntil}
        </Typography.Text>
      </Space>
    );
  return (
    <Space wrap>
      <Tag color="purple">{t('evaluation.pool.kind.industry_expert')}</Tag>
      <Typography.Text>
        {q.recommendedBy} · {q.industries.join('、')} {q.regionCode ?? ''}
      </Typography.Text>
    </Space>
  );
}

function QualificationForm({ expert, onClose }: { expert: PoolItem; onClose: () => void }) {
  const { t } = useTranslation();
  const record = useRecordQualification();
  const q = expert.qualification;
  const [kind, setKind] = useState<Qualification['kind']>(q?.kind ?? 'auditor');
  const [certificateNumber, setCertificateNumber] = useState(q?.certificateNumber ?? '');
  const [issuingBody, setIssuingBody] = useState(q?.issuingBody ?? '');
  const [validFrom, setValidFrom] = useState<string | null>(q?.validFrom ?? null);
  const [validUntil, setValidUntil] = useState<string | null>(q?.validUntil ?? null);
  const [recommendedBy, setRecommendedBy] = useState(q?.recommendedBy ?? '');
  const [industries, setIndustries] = useState(q?.industries.join(',') ?? '');
  const [regionCode, setRegionCode] = useState(q?.regionCode ?? '');
  return (
    <Modal
      open
      title={t('evaluation.pool.record', { name: expert.name })}
      onCancel={onClose}
      okText={t('evaluation.pool.save')}
      confirmLoading={record.isPending}
      onOk={() =>
        record.mutate(
          {
            params: { id: expert.userId },
            body: {
              kind,
              certificateNumber: certificateNumber.trim() || null,
              issuingBody: issuingBody.trim() || null,
              validFrom,
              validUntil,
              recommendedBy: recommendedBy.trim() || null,
              industries: industries
                .split(/[,，、\s]+/)
                .map((s) => s.trim())
                .filter(Boolean),
              regionCode: regionCode.trim() || null,
            },
          },
          { onSuccess: onClose },
        )
      }
    >
      <Form layout="vertical" data-testid="evaluation-qualification-form">
        <Form.Item label={t('evaluation.pool.kindLabel')}>
          <Select
            value={kind}
            onChange={setKind}
            data-testid="evaluation-qualification-kind"
            options={[
              { value: 'auditor', label: t('evaluation.pool.kind.auditor') },
              { value: 'industry_expert', label: t('evaluation.pool.kind.industry_expert') },
            ]}
          />
        </Form.Item>
        {kind === 'auditor' ? (
          <>
            <Form.Item label={t('evaluation.pool.certificateNumber')} required>
              <Input value={certificateNumber} onChange={(e) => setCertificateNumber(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('evaluation.pool.issuingBody')} required>
              <Input value={issuingBody} onChange={(e) => setIssuingBody(e.target.value)} />
            </Form.Item>
            <Space wrap>
              <Form.Item label={t('evaluation.pool.validFrom')}>
                <DateInput value={validFrom} onChange={setValidFrom} />
              </Form.Item>
              <Form.Item label={t('evaluation.pool.validUntil')} required>
                <DateInput value={validUntil} onChange={setValidUntil} />
              </Form.Item>
            </Space>
          </>
        ) : (
          <>
            <Form.Item label={t('evaluation.pool.recommendedBy')} required>
              <Input value={recommendedBy} onChange={(e) => setRecommendedBy(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('evaluation.pool.industries')} required extra={t('evaluation.pool.industriesHint')}>
              <Input value={industries} onChange={(e) => setIndustries(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('evaluation.pool.region')}>
              <Input value={regionCode} onChange={(e) => setRegionCode(e.target.value)} />
            </Form.Item>
          </>
        )}
      </Form>
      {record.error ? <ErrorAlert error={record.error} /> : null}
    </Modal>
  );
}

function BatchPanelForm({ pool }: { pool: PoolItem[] }) {
  const { t } = useTranslation();
  const operating = usePanelCandidates('operating');
  const reviewed = usePanelCandidates('reviewed');
  const form = useFormBatchPanel();
  const [ids, setIds] = useState<string[]>([]);
  const [leader, setLeader] = useState<string | undefined>();
  const [members, setMembers] = useState<string[]>([]);
  const [methods, setMethods] = useState<string[]>(['document', 'onsite']);
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [skipRefused, setSkipRefused] = useState(false);
  const candidates = [...(reviewed.data ?? []), ...(operating.data ?? [])].map((p) => ({
    value: p.id,
    label: `${p.enterpriseName}（${t(`stage.${p.stage}`)}）`,
  }));
  const people = pool
    .filter((p) => p.qualification)
    .map((p) => ({
      value: p.userId,
      label: `${p.name}（${t(`evaluation.pool.kind.${p.qualification!.kind}`)}）`,
    }));
  const body: FormBatchPanelRequest | null =
    leader && startsOn && endsOn && ids.length > 0
      ? {
          participationIds: ids,
          leaderUserId: leader,
          memberUserIds: members.filter((m) => m !== leader),
          documentReview: methods.includes('document'),
          onsiteReview: methods.includes('onsite'),
          startsOn,
          endsOn,
          aggregation: 'mean',
          itemRule: 'all',
          skipRefused,
        }
      : null;
  return (
    <Card size="small" title={t('evaluation.batch.title')} data-testid="evaluation-batch-form">
      <Form layout="vertical">
        <Form.Item label={t('evaluation.batch.enterprises')} required>
          <Select
            mode="multiple"
            data-testid="evaluation-batch-enterprises"
            options={candidates}
            value={ids}
            onChange={setIds}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item label={t('evaluation.leader')} required>
          <Select data-testid="evaluation-batch-leader" options={people} value={leader} onChange={setLeader} />
        </Form.Item>
        <Form.Item label={t('evaluation.members')}>
          <Select
            mode="multiple"
            data-testid="evaluation-batch-members"
            options={people}
            value={members}
            onChange={setMembers}
          />
        </Form.Item>
        <Form.Item label={t('evaluation.method')}>
          <Checkbox.Group
            value={methods}
            onChange={(v) => setMethods(v.map(String))}
            options={[
              { value: 'document', label: t('evaluation.documentReview') },
              { value: 'onsite', label: t('evaluation.onsiteReview') },
            ]}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('evaluation.startsOn')} required>
            <DateInput value={startsOn} onChange={setStartsOn} testId="evaluation-batch-starts" />
          </Form.Item>
          <Form.Item label={t('evaluation.endsOn')} required>
            <DateInput value={endsOn} onChange={setEndsOn} testId="evaluation-batch-ends" />
          </Form.Item>
        </Space>
        <Form.Item>
          <Checkbox checked={skipRefused} onChange={(e) => setSkipRefused(e.target.checked)}>
            {t('evaluation.batch.skipRefused')}
          </Checkbox>
        </Form.Item>
      </Form>
      {form.error ? <ErrorAlert error={form.error} /> : null}
      {form.data ? (
        <Alert
          type={form.data.items.some((i) => i.outcome === 'skipped') ? 'warning' : 'success'}
          showIcon
          data-testid="evaluation-batch-result"
          message={
            <Flex vertical gap={4}>
              {form.data.items.map((i) => (
                <Typography.Text key={i.participationId}>
                  {i.enterpriseName}：{t(`evaluation.batch.outcome.${i.outcome}`)}
                  {i.refusals.length > 0 ? `（${i.refusals.map((r) => `${r.name} ${r.rule}`).join('；')}）` : ''}
                </Typography.Text>
              ))}
            </Flex>
          }
        />
      ) : null}
      <Button
        type="primary"
        style={{ marginTop: 12 }}
        disabled={!body}
        loading={form.isPending}
        data-testid="evaluation-batch-submit"
        onClick={() => body && form.mutate({ body })}
      >
        {t('evaluation.batch.submit')}
      </Button>
    </Card>
  );
}

export default function EvaluationPoolPage() {
  const { t } = useTranslation();
  const pool = useEvaluatorPool(true);
  const [editing, setEditing] = useState<PoolItem | null>(null);
  if (pool.isError) return <ErrorAlert error={pool.error} onRetry={() => void pool.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3}>{t('evaluation.pool.title')}</Typography.Title>
      <Card size="small" title={t('evaluation.pool.heading')}>
        <Table<PoolItem>
          size="small"
          rowKey="userId"
          loading={pool.isPending}
          pagination={false}
          dataSource={pool.data ?? []}
          data-testid="evaluation-pool"
          columns={[
            { title: t('evaluation.pool.name'), dataIndex: 'name' },
            { title: t('evaluation.pool.organization'), dataIndex: 'organizationName' },
            { title: t('evaluation.pool.qualification'), render: (_, r) => <QualificationText q={r.qualification} /> },
            {
              title: '',
              render: (_, r) =>
                r.mayRecord ? (
                  <Button size="small" onClick={() => setEditing(r)} data-testid={`evaluation-pool-record-${r.userId}`}>
                    {t('evaluation.pool.recordButton')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      <BatchPanelForm pool={pool.data ?? []} />
      {editing ? <QualificationForm expert={editing} onClose={() => setEditing(null)} /> : null}
    </Flex>
  );
}
