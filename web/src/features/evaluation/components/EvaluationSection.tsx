/**
 * 验收评价 (003 §6.9, Annex C 表 C.1): the panel and its method, each rater's C.1 table (before, target, after with its
 * evidence, result, points), the item rule, the differences between raters, the aggregated total and grade, the
 * leader's sign-off and a reopening with its reason. Cards below `lg`.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Form, Input, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GradeBandsList } from '../../../components/GradeBandsList';
import type { EvaluationView } from '../../../../../contracts/evaluation';
import { MAX_TOTAL } from '../../../../../domain/evaluation/annex-c.js';
import { DateInput } from '../../../components/DateInput';
import { EnterpriseSide, SelfAssessmentCard } from './EnterpriseSide';
import { GradeTag, SheetEditor, SheetTable } from './SheetTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useEvaluation, useEvaluatorPool, useFormPanel, useReopen, useSignOff } from '../api/evaluation';

function PanelForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const pool = useEvaluatorPool(true);
  const form = useFormPanel(id);
  const [leader, setLeader] = useState<string | undefined>();
  const [members, setMembers] = useState<string[]>([]);
  const [methods, setMethods] = useState<string[]>(['document', 'onsite']);
  const [startsOn, setStartsOn] = useState<string | null>(null);
  const [endsOn, setEndsOn] = useState<string | null>(null);
  const [aggregation, setAggregation] = useState<'mean' | 'median'>('mean');
  // 003 §6.9.2: each expert with the qualification recorded in the pool (an unqualified one is refused by name)
  const options = (pool.data ?? []).map((p) => ({
    value: p.userId,
    label: `${p.name}（${p.organizationName} · ${
      p.qualification ? t(`evaluation.pool.kind.${p.qualification.kind}`) : t('evaluation.pool.none')
    }）`,
  }));
  return (
    <Card size="small" title={t('evaluation.formPanel')} data-testid="evaluation-panel-form">
      <Form layout="vertical">
        <Form.Item label={t('evaluation.leader')} required>
          <Select data-testid="evaluation-leader" options={options} value={leader} onChange={setLeader} />
        </Form.Item>
        <Form.Item label={t('evaluation.members')}>
          <Select
            mode="multiple"
            data-testid="evaluation-members"
            options={options}
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
            <DateInput value={startsOn} onChange={setStartsOn} testId="evaluation-starts" />
          </Form.Item>
          <Form.Item label={t('evaluation.endsOn')} required>
            <DateInput value={endsOn} onChange={setEndsOn} testId="evaluation-ends" />
          </Form.Item>
          <Form.Item label={t('evaluation.aggregation')}>
            <Select
              style={{ minWidth: 120 }}
              value={aggregation}
              onChange={setAggregation}
              options={[
                { value: 'mean', label: t('evaluation.aggregationName.mean') },
                { value: 'median', label: t('evaluation.aggregationName.median') },
              ]}
            />
          </Form.Item>
        </Space>
      </Form>
      {form.error ? <ErrorAlert error={form.error} /> : null}
      <Button
        type="primary"
        data-testid="evaluation-form-panel"
        loading={form.isPending}
        disabled={!leader || !startsOn || !endsOn}
        onClick={() =>
          form.mutate({
            params: { id },
            body: {
              leaderUserId: leader!,
              memberUserIds: members.filter((m) => m !== leader),
              documentReview: methods.includes('document'),
              onsiteReview: methods.includes('onsite'),
              startsOn: startsOn!,
              endsOn: endsOn!,
              aggregation,
              itemRule: 'all',
            },
          })
        }
      >
        {t('evaluation.formPanelSubmit')}
      </Button>
    </Card>
  );
}

function LeaderActions({ view, id }: { view: EvaluationView; id: string }) {
  const { t } = useTranslation();
  const signOff = useSignOff(id);
  const reopen = useReopen(id);
  const [reason, setReason] = useState('');
  const panel = view.panel!;
  if (panel.status === 'open')
    return (
      <Flex vertical gap={8}>
        {signOff.error ? <ErrorAlert error={signOff.error} /> : null}
        <Button
          type="primary"
          data-testid="evaluation-sign-off"
          loading={signOff.isPending}
          onClick={() => signOff.mutate({ params: { id }, body: { version: panel.version } })}
        >
          {t('evaluation.signOff')}
        </Button>
      </Flex>
    );
  return (
    <Flex gap={8} wrap>
      <Input
        style={{ maxWidth: 360 }}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('evaluation.reopenReason')}
        data-testid="evaluation-reopen-reason"
      />
      <Button
        disabled={!reason.trim()}
        loading={reopen.isPending}
        onClick={() => reopen.mutate({ params: { id }, body: { version: panel.version, reason } })}
        data-testid="evaluation-reopen"
      >
        {t('evaluation.reopen')}
      </Button>
      {reopen.error ? <ErrorAlert error={reopen.error} /> : null}
    </Flex>
  );
}

export function EvaluationSection({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const query = useEvaluation(participationId);
  if (query.isPending) return null;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const view = query.data;
  const panel = view.panel;
  const names = new Map(panel?.members.map((m) => [m.userId, m.name]) ?? []);
  return (
    <Flex vertical gap={16} data-testid="evaluation-section">
      {panel ? (
        <Card size="small" title={t('evaluation.panel')}>
          <Descriptions size="small" column={{ xs: 1, lg: 2 }}>
            <Descriptions.Item label={t('evaluation.members')}>
              {panel.members.map((m) => (
                <Tag key={m.userId} color={m.leader ? 'blue' : undefined}>
                  {m.name}
                  {m.leader ? ` · ${t('evaluation.leader')}` : ''}
                  {m.scored ? ' ✓' : ''}
                </Tag>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.method')}>
              {[
                panel.documentReview && t('evaluation.documentReview'),
                panel.onsiteReview && t('evaluation.onsiteReview'),
              ]
                .filter(Boolean)
                .join('、')}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.period')}>
              {panel.startsOn} — {panel.endsOn}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.aggregation')}>
              {t(`evaluation.aggregationName.${panel.aggregation}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.itemRuleLabel')}>
              <span data-testid="evaluation-item-rule">{t(`evaluation.itemRule.${panel.itemRule}`)}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('evaluation.status')}>
              {panel.status === 'signed_off'
                ? t('evaluation.signedOffBy', {
                    name: panel.signedOffByName ?? '',
                    at: panel.signedOffAt?.slice(0, 10) ?? '',
                  })
                : t('evaluation.open')}
            </Descriptions.Item>
            {panel.reopenReason ? (
              <Descriptions.Item label={t('evaluation.reopenReason')}>{panel.reopenReason}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
      ) : (
        <Alert type="info" showIcon message={t('evaluation.noPanel')} />
      )}
      <Card size="small" title={t('evaluation.bandsInForce')} data-testid="evaluation-bands">
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }} data-testid="evaluation-bands-source">
          {t(`evaluation.bandsSource.${view.bandsSource}`)}
        </Typography.Paragraph>
        <GradeBandsList bands={view.bandsInForce} />
      </Card>
      {view.you.mayFormPanel ? <PanelForm id={participationId} /> : null}
      {view.you.mayScore ? (
        <SheetEditor view={view} id={participationId} mine={view.sheets.find((s) => s.raterUserId === me(view))} />
      ) : null}
      {view.sheets.map((s) => (
        <Card
          key={s.raterUserId}
          size="small"
          title={t('evaluation.sheetOf', { name: s.raterName })}
          extra={
            <Space>
              <span data-testid="evaluation-sheet-total">
                {t('evaluation.total')} {s.total} / {MAX_TOTAL}
              </span>
              <GradeTag grade={s.grade} />
            </Space>
          }
        >
          <SheetTable sheet={s} />
          {s.items.some((i) => i.reason === 'no_indicator') ? (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
              {t('evaluation.noIndicatorItems', {
                items: s.items
                  .filter((i) => i.reason === 'no_indicator')
                  .map((i) => t(`evaluationItem.${i.item}`))
                  .join('、'),
              })}
            </Typography.Paragraph>
          ) : null}
          {s.effective ? <Tag color="green">{t('evaluation.effective')}</Tag> : null}
        </Card>
      ))}
      <SelfAssessmentCard view={view} id={participationId} />
      {view.sheets.length > 1 ? (
        <Card size="small" title={t('evaluation.differences')}>
          <Flex vertical gap={4}>
            {view.differences
              .filter((d) => d.differs)
              .map((d) => (
                <Typography.Text key={d.item} data-testid="evaluation-difference">
                  {t(`evaluationItem.${d.item}`)}：
                  {Object.entries(d.points)
                    .map(([u, p]) => `${names.get(u) ?? ''} ${p}`)
                    .join('；')}
                </Typography.Text>
              ))}
            {view.differences.every((d) => !d.differs) ? (
              <Typography.Text type="secondary">{t('evaluation.noDifferences')}</Typography.Text>
            ) : null}
          </Flex>
        </Card>
      ) : null}
      {view.result ? (
        <Card size="small" title={t('evaluation.aggregate')}>
          <Flex gap={12} align="center" wrap data-testid="evaluation-result">
            <Typography.Text strong>
              {t('evaluation.total')} {view.result.total} / {MAX_TOTAL}
            </Typography.Text>
            <GradeTag grade={view.result.grade} />
            <Typography.Text type="secondary">{t('evaluation.raters', { count: view.result.raters })}</Typography.Text>
          </Flex>
        </Card>
      ) : null}
      {panel && (view.you.maySignOff || view.you.mayReopen) ? <LeaderActions view={view} id={participationId} /> : null}
      <EnterpriseSide view={view} id={participationId} />
    </Flex>
  );
}

/** The rater the caller is: the one whose entries they made (the view carries no session). */
function me(view: EvaluationView): string | undefined {
  return view.you.raterUserId ?? undefined;
}
