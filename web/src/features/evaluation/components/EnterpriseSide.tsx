/**
 * The enterprise's side of the evaluation: its self-evaluation with the C.1 table before the panel (003 Annex C.2;
 * shown beside the panel's sheets, never counted), its 《企业实施情况及成效总结》 (001 §四(三)) by section with the
 * Word download, and the improvement and innovation action plan after the evaluation (003 §6.9.7; mandatory for
 * 不合格), which the assisting body follows.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Flex, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { evaluation, type EvaluationView, type SaveActionPlanRequest } from '../../../../../contracts/evaluation';
import { SUMMARY_SECTIONS, SUMMARY_SECTION_MAX } from '../../../../../domain/evaluation/enterprise-side.js';
import { MAX_TOTAL } from '../../../../../domain/evaluation/annex-c.js';
import { DateInput } from '../../../components/DateInput';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiDownload } from '../../../lib/download';
import { useSaveActionPlan, useSaveSummary } from '../api/evaluation';
import { GradeTag, SheetEditor, SheetTable } from './SheetTable';

export function SelfAssessmentCard({ view, id }: { view: EvaluationView; id: string }) {
  const { t } = useTranslation();
  const self = view.selfAssessment;
  if (!self && !view.you.maySelfAssess) return null;
  return (
    <Flex vertical gap={8} data-testid="evaluation-self">
      {self ? (
        <Card
          size="small"
          title={t('evaluation.self.title')}
          extra={
            <Space>
              <span data-testid="evaluation-self-total">
                {t('evaluation.total')} {self.total} / {MAX_TOTAL}
              </span>
              <GradeTag grade={self.grade} />
            </Space>
          }
        >
          <Typography.Paragraph type="secondary">{t('evaluation.self.notCounted')}</Typography.Paragraph>
          <SheetTable sheet={{ ...self, raterUserId: '', raterName: self.updatedByName, effective: false }} />
        </Card>
      ) : null}
      {view.you.maySelfAssess ? <SheetEditor view={view} id={id} mine={self} self /> : null}
    </Flex>
  );
}

export function SummaryCard({ view, id }: { view: EvaluationView; id: string }) {
  const { t } = useTranslation();
  const save = useSaveSummary(id);
  const { download, pending } = useApiDownload();
  const stored = view.summary?.sections;
  const [sections, setSections] = useState<Record<string, string>>(() =>
    Object.fromEntries(SUMMARY_SECTIONS.map((k) => [k, stored?.[k] ?? ''])),
  );
  const editing = view.you.mayEditSummary;
  if (!view.summary && !editing) return null;
  return (
    <Card
      size="small"
      title={t('evaluation.summary.title')}
      data-testid="evaluation-summary"
      extra={
        <Button
          size="small"
          loading={pending}
          data-testid="evaluation-summary-docx"
          onClick={() => download(evaluation.summaryDocx, { params: { id } }, 'summary.docx')}
        >
          {t('evaluation.summary.download')}
        </Button>
      }
    >
      <Flex vertical gap={12}>
        {SUMMARY_SECTIONS.map((key) => (
          <div key={key}>
            <Typography.Text strong>{t(`evaluation.summary.section.${key}`)}</Typography.Text>
            {editing ? (
              <Input.TextArea
                aria-label={t(`evaluation.summary.section.${key}`)}
                data-testid={`evaluation-summary-${key}`}
                autoSize={{ minRows: 2, maxRows: 8 }}
                maxLength={SUMMARY_SECTION_MAX}
                showCount
                value={sections[key]}
                onChange={(e) => setSections((s) => ({ ...s, [key]: e.target.value }))}
              />
            ) : (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {stored?.[key] || t('evaluation.summary.empty')}
              </Typography.Paragraph>
            )}
          </div>
        ))}
        {view.summary && view.summary.missing.length > 0 ? (
          <Typography.Text type="secondary" data-testid="evaluation-summary-missing">
            {t('evaluation.summary.missing', {
              sections: view.summary.missing.map((k) => t(`evaluation.summary.section.${k}`)).join('、'),
            })}
          </Typography.Text>
        ) : null}
        {save.error ? <ErrorAlert error={save.error} /> : null}
        {editing ? (
          <Button
            type="primary"
            loading={save.isPending}
            data-testid="evaluation-summary-save"
            onClick={() =>
              save.mutate({
                params: { id },
                body: {
                  sections: {
                    profile: sections.profile ?? '',
                    implementation: sections.implementation ?? '',
                    results: sections.results ?? '',
                    problems: sections.problems ?? '',
                    next_steps: sections.next_steps ?? '',
                  },
                },
              })
            }
          >
            {t('evaluation.summary.save')}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}

type Item = SaveActionPlanRequest['items'][number];
const emptyItem = (): Item => ({
  kind: 'improvement',
  action: '',
  owner: '',
  dueOn: '',
  done: false,
  doneOn: null,
  followUp: '',
});

export function ActionPlanCard({ view, id }: { view: EvaluationView; id: string }) {
  const { t } = useTranslation();
  const save = useSaveActionPlan(id);
  const [items, setItems] = useState<Item[]>(() => view.actionPlan?.items ?? []);
  const editing = view.you.mayEditActionPlan;
  if (!view.actionPlan && !editing && !view.actionPlanRequired) return null;
  const set = (n: number, patch: Partial<Item>) =>
    setItems((list) => list.map((it, i) => (i === n ? { ...it, ...patch } : it)));
  return (
    <Card size="small" title={t('evaluation.actionPlan.title')} data-testid="evaluation-action-plan">
      <Flex vertical gap={12}>
        {view.actionPlanRequired && !view.actionPlan ? (
          <Alert type="warning" showIcon message={t('evaluation.actionPlan.required')} />
        ) : null}
        {editing ? (
          items.map((item, n) => (
            <Flex key={n} gap={8} wrap align="center" data-testid={`evaluation-action-${n}`}>
              <Select
                style={{ minWidth: 90 }}
                value={item.kind}
                onChange={(kind) => set(n, { kind })}
                options={[
                  { value: 'improvement', label: t('evaluation.actionPlan.kind.improvement') },
                  { value: 'innovation', label: t('evaluation.actionPlan.kind.innovation') },
                ]}
              />
              <Input
                style={{ flex: 2, minWidth: 220 }}
                placeholder={t('evaluation.actionPlan.action')}
                aria-label={t('evaluation.actionPlan.action')}
                value={item.action}
                onChange={(e) => set(n, { action: e.target.value })}
              />
              <Input
                style={{ flex: 1, minWidth: 120 }}
                placeholder={t('evaluation.actionPlan.owner')}
                aria-label={t('evaluation.actionPlan.owner')}
                value={item.owner}
                onChange={(e) => set(n, { owner: e.target.value })}
              />
              <DateInput value={item.dueOn || null} onChange={(d) => set(n, { dueOn: d ?? '' })} />
              <Checkbox checked={item.done} onChange={(e) => set(n, { done: e.target.checked })}>
                {t('evaluation.actionPlan.done')}
              </Checkbox>
              {item.done ? <DateInput value={item.doneOn} onChange={(d) => set(n, { doneOn: d })} /> : null}
              <Input
                style={{ flex: 1, minWidth: 160 }}
                placeholder={t('evaluation.actionPlan.followUp')}
                aria-label={t('evaluation.actionPlan.followUp')}
                value={item.followUp}
                onChange={(e) => set(n, { followUp: e.target.value })}
              />
            </Flex>
          ))
        ) : (
          <Table
            size="small"
            rowKey={(_, n) => String(n)}
            pagination={false}
            dataSource={view.actionPlan?.items ?? []}
            columns={[
              {
                title: t('evaluation.actionPlan.kindLabel'),
                dataIndex: 'kind',
                render: (k: string) => t(`evaluation.actionPlan.kind.${k}`),
              },
              { title: t('evaluation.actionPlan.action'), dataIndex: 'action' },
              { title: t('evaluation.actionPlan.owner'), dataIndex: 'owner' },
              { title: t('evaluation.actionPlan.dueOn'), dataIndex: 'dueOn' },
              {
                title: t('evaluation.actionPlan.done'),
                render: (_, r) => (r.done ? <Tag color="green">{r.doneOn}</Tag> : <Tag>{t('evaluation.open')}</Tag>),
              },
              { title: t('evaluation.actionPlan.followUp'), dataIndex: 'followUp' },
            ]}
          />
        )}
        {save.error ? <ErrorAlert error={save.error} /> : null}
        {editing ? (
          <Space>
            <Button onClick={() => setItems((l) => [...l, emptyItem()])} data-testid="evaluation-action-add">
              {t('evaluation.actionPlan.add')}
            </Button>
            <Button
              type="primary"
              loading={save.isPending}
              data-testid="evaluation-action-save"
              onClick={() => save.mutate({ params: { id }, body: { items } })}
            >
              {t('evaluation.actionPlan.save')}
            </Button>
          </Space>
        ) : null}
      </Flex>
    </Card>
  );
}

export function EnterpriseSide({ view, id }: { view: EvaluationView; id: string }) {
  return (
    <>
      <SummaryCard view={view} id={id} />
      <ActionPlanCard view={view} id={id} />
    </>
  );
}
