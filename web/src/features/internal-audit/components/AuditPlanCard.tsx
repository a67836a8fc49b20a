/**
 * 内部审核计划 and 检查表 (reference §2–3; 000 §二(4)): objectives, scope, criteria, dates, the team chosen from the
 * people trained as internal auditors (002 step 4), the schedule rows, and the checklist by clause and department.
 * Edited while the audit is planned; the server's refusals (the three-month gate, an untrained auditor, one who
 * audits their own department) show as the catalog's messages.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  Input,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CHECKLIST_RESULTS, type ChecklistResult } from '../../../../../domain/internal-audit/internal-audit.js';
import { internalAudit, type InternalAuditOverview } from '../../../../../contracts/internal-audit';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { ListEditor } from '../../../components/ListEditor';
import { useApiDownload } from '../../../lib/download';
import { useSaveAudit } from '../api/internal-audit';
import { Field } from '../../../components/FormField';
import { joinList, splitList } from '../../../lib/list-text';

type Plan = NonNullable<InternalAuditOverview['audit']>['plan'];
type Checklist = NonNullable<InternalAuditOverview['audit']>['checklist'];

interface Draft {
  objectives: string;
  scope: string;
  criteria: string;
  startsOn: string | null;
  endsOn: string | null;
  team: Plan['team'];
  schedule: Array<{ department: string; clauses: string; auditorName: string; on: string | null }>;
  checklist: Array<{ clause: string; department: string; content: string; evidence: string; result: ChecklistResult }>;
}

function draftOf(overview: InternalAuditOverview): Draft {
  const audit = overview.audit;
  if (!audit)
    return {
      objectives: '',
      scope: '',
      criteria: 'GB/T 19001-2016',
      startsOn: overview.earliestStartOn,
      endsOn: overview.earliestStartOn,
      team: [],
      schedule: [],
      checklist: [],
    };
  return {
    objectives: audit.plan.objectives,
    scope: audit.plan.scope,
    criteria: joinList(audit.plan.criteria),
    startsOn: audit.plan.startsOn,
    endsOn: audit.plan.endsOn,
    team: audit.plan.team,
    schedule: audit.plan.schedule.map((r) => ({ ...r, clauses: joinList(r.clauses) })),
    checklist: audit.checklist,
  };
}

function PlanEditor(props: { participationId: string; overview: InternalAuditOverview; onSaved: () => void }) {
  const { participationId, overview } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveAudit();
  const [draft, setDraft] = useState<Draft>(() => draftOf(overview));
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const trainedNames = overview.trainedAuditors.map((a) => a.name);
  const teamNames = draft.team.map((m) => m.name).filter(Boolean);
  const submit = () =>
    save.mutate(
      {
        params: { id: participationId },
        body: {
          plan: {
            objectives: draft.objectives,
            scope: draft.scope,
            criteria: splitList(draft.criteria),
            startsOn: draft.startsOn ?? '',
            endsOn: draft.endsOn ?? '',
            team: draft.team,
            schedule: draft.schedule.map((r) => ({ ...r, clauses: splitList(r.clauses), on: r.on ?? '' })),
          },
          checklist: draft.checklist,
          version: overview.audit?.version,
        },
      },
      {
        onSuccess: () => {
          void message.success(t('internalAudit.saved'));
          props.onSaved();
        },
      },
    );
  return (
    <Flex vertical gap={12} data-testid="audit-plan-form">
      {save.isError ? (
        <Alert type="error" showIcon title={errorText(save.error)} data-testid="audit-plan-error" />
      ) : null}
      <Row gutter={[12, 12]}>
        <Col xs={24} md={12}>
          <Field label={t('internalAudit.objectives')} required>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              value={draft.objectives}
              onChange={(e) => set({ objectives: e.target.value })}
              data-testid="audit-objectives"
            />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field label={t('internalAudit.scope')} required>
            <Input.TextArea
              rows={2}
              maxLength={2000}
              value={draft.scope}
              onChange={(e) => set({ scope: e.target.value })}
              data-testid="audit-scope"
            />
          </Field>
        </Col>
        <Col xs={24} md={12}>
          <Field label={`${t('internalAudit.criteria')}（${t('internalAudit.listHint')}）`} required>
            <Input
              maxLength={1000}
              value={draft.criteria}
              onChange={(e) => set({ criteria: e.target.value })}
              data-testid="audit-criteria"
            />
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field label={t('internalAudit.startsOn')} required>
            <DateInput
              value={draft.startsOn}
              onChange={(v) => set({ startsOn: v })}
              testId="audit-starts-on"
              allowClear={false}
            />
          </Field>
        </Col>
        <Col xs={12} md={6}>
          <Field label={t('internalAudit.endsOn')} required>
            <DateInput
              value={draft.endsOn}
              onChange={(v) => set({ endsOn: v })}
              testId="audit-ends-on"
              allowClear={false}
            />
          </Field>
        </Col>
      </Row>

      <Typography.Text strong>{t('internalAudit.team')}</Typography.Text>
      {trainedNames.length === 0 ? <Alert type="warning" showIcon title={t('internalAudit.noneTrained')} /> : null}
      <ListEditor
        rows={draft.team}
        onChange={(team) => set({ team })}
        newRow={() => ({ name: '', department: '', leader: draft.team.length === 0 })}
        addLabel={t('internalAudit.addMember')}
        testId="audit-team"
        editable
        max={20}
        renderRow={(m, i, patch) => (
          <Flex gap={8} wrap align="end">
            <Field label={t('internalAudit.name')} width={140}>
              <Select
                value={m.name || undefined}
                onChange={(name: string) => patch({ name })}
                options={trainedNames.map((n) => ({ value: n, label: n }))}
                data-testid={`audit-team-${i}-name`}
                style={{ width: '100%' }}
              />
            </Field>
            <Field label={t('internalAudit.department')} width={140}>
              <Input
                maxLength={60}
                value={m.department}
                onChange={(e) => patch({ department: e.target.value })}
                data-testid={`audit-team-${i}-department`}
              />
            </Field>
            <Checkbox
              checked={m.leader}
              onChange={(e) =>
                set({ team: draft.team.map((x, j) => ({ ...x, leader: j === i ? e.target.checked : false })) })
              }
              data-testid={`audit-team-${i}-leader`}
              style={{ paddingBottom: 5 }}
            >
              {t('internalAudit.leader')}
            </Checkbox>
          </Flex>
        )}
      />

      <Typography.Text strong>{t('internalAudit.schedule')}</Typography.Text>
      <ListEditor
        rows={draft.schedule}
        onChange={(schedule) => set({ schedule })}
        newRow={() => ({ department: '', clauses: '', auditorName: '', on: draft.startsOn })}
        addLabel={t('internalAudit.addRow')}
        testId="audit-schedule"
        editable
        renderRow={(r, i, patch) => (
          <Flex gap={8} wrap align="end">
            <Field label={t('internalAudit.auditedDepartment')} width={140}>
              <Input
                maxLength={60}
                value={r.department}
                onChange={(e) => patch({ department: e.target.value })}
                data-testid={`audit-schedule-${i}-department`}
              />
            </Field>
            <Field label={t('internalAudit.clauses')} width={140}>
              <Input
                maxLength={400}
                value={r.clauses}
                onChange={(e) => patch({ clauses: e.target.value })}
                placeholder="8.5.1；8.7"
                data-testid={`audit-schedule-${i}-clauses`}
              />
            </Field>
            <Field label={t('internalAudit.auditor')} width={120}>
              <Select
                value={r.auditorName || undefined}
                onChange={(auditorName: string) => patch({ auditorName })}
                options={teamNames.map((n) => ({ value: n, label: n }))}
                data-testid={`audit-schedule-${i}-auditor`}
                style={{ width: '100%' }}
              />
            </Field>
            <Field label={t('internalAudit.on')} width={150}>
              <DateInput
                value={r.on}
                onChange={(on) => patch({ on })}
                testId={`audit-schedule-${i}-on`}
                allowClear={false}
              />
            </Field>
          </Flex>
        )}
      />

      <Typography.Text strong>{t('internalAudit.checklist')}</Typography.Text>
      <ListEditor
        rows={draft.checklist}
        onChange={(checklist) => set({ checklist })}
        newRow={() => ({ clause: '', department: '', content: '', evidence: '', result: 'conforming' as const })}
        addLabel={t('internalAudit.addRow')}
        testId="audit-checklist"
        editable
        max={300}
        renderRow={(r, i, patch) => (
          <Flex gap={8} wrap align="end">
            <Field label={t('internalAudit.clause')} width={90}>
              <Input
                maxLength={12}
                value={r.clause}
                onChange={(e) => patch({ clause: e.target.value })}
                data-testid={`audit-checklist-${i}-clause`}
              />
            </Field>
            <Field label={t('internalAudit.auditedDepartment')} width={120}>
              <Input
                maxLength={60}
                value={r.department}
                onChange={(e) => patch({ department: e.target.value })}
                data-testid={`audit-checklist-${i}-department`}
              />
            </Field>
            <Field label={t('internalAudit.content')} width={220}>
              <Input
                maxLength={1000}
                value={r.content}
                onChange={(e) => patch({ content: e.target.value })}
                data-testid={`audit-checklist-${i}-content`}
              />
            </Field>
            <Field label={t('internalAudit.evidence')} width={220}>
              <Input
                maxLength={2000}
                value={r.evidence}
                onChange={(e) => patch({ evidence: e.target.value })}
                data-testid={`audit-checklist-${i}-evidence`}
              />
            </Field>
            <Field label={t('internalAudit.result')} width={110}>
              <Select
                value={r.result}
                onChange={(result: ChecklistResult) => patch({ result })}
                options={CHECKLIST_RESULTS.map((k) => ({ value: k, label: t(`checklistResult.${k}`) }))}
                data-testid={`audit-checklist-${i}-result`}
                style={{ width: '100%' }}
              />
            </Field>
          </Flex>
        )}
      />
      <div>
        <Button type="primary" onClick={submit} loading={save.isPending} data-testid="audit-plan-save">
          {t('internalAudit.savePlan')}
        </Button>
      </div>
    </Flex>
  );
}

function PlanView({ plan, checklist }: { plan: Plan; checklist: Checklist }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} data-testid="audit-plan-view">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'o', label: t('internalAudit.objectives'), children: plan.objectives },
          { key: 's', label: t('internalAudit.scope'), children: plan.scope },
          { key: 'c', label: t('internalAudit.criteria'), children: joinList(plan.criteria) },
          {
            key: 'd',
            label: t('internalAudit.dates'),
            children: <span data-testid="audit-dates">{`${plan.startsOn} ~ ${plan.endsOn}`}</span>,
          },
          {
            key: 't',
            label: t('internalAudit.team'),
            children: (
              <Flex gap={4} wrap>
                {plan.team.map((m) => (
                  <Tag key={m.name} color={m.leader ? 'blue' : undefined}>
                    {m.name}（{m.department}）{m.leader ? ` · ${t('internalAudit.leader')}` : ''}
                  </Tag>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      {plan.schedule.length > 0 ? (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          scroll={{ x: 'max-content' }}
          title={() => <Typography.Text strong>{t('internalAudit.schedule')}</Typography.Text>}
          dataSource={plan.schedule}
          columns={[
            { key: 'on', title: t('internalAudit.on'), dataIndex: 'on' },
            { key: 'd', title: t('internalAudit.auditedDepartment'), dataIndex: 'department' },
            { key: 'c', title: t('internalAudit.clauses'), render: (_, r) => joinList(r.clauses) },
            { key: 'a', title: t('internalAudit.auditor'), dataIndex: 'auditorName' },
          ]}
        />
      ) : null}
      <Table
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        scroll={{ x: 'max-content' }}
        title={() => <Typography.Text strong>{t('internalAudit.checklist')}</Typography.Text>}
        dataSource={checklist}
        data-testid="audit-checklist-view"
        columns={[
          { key: 'c', title: t('internalAudit.clause'), dataIndex: 'clause' },
          { key: 'd', title: t('internalAudit.auditedDepartment'), dataIndex: 'department' },
          { key: 'n', title: t('internalAudit.content'), dataIndex: 'content' },
          { key: 'e', title: t('internalAudit.evidence'), dataIndex: 'evidence' },
          { key: 'r', title: t('internalAudit.result'), render: (_, r) => t(`checklistResult.${r.result}`) },
        ]}
      />
    </Flex>
  );
}

export function AuditPlanCard({
  participationId,
  overview,
}: {
  participationId: string;
  overview: InternalAuditOverview;
}) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const audit = overview.audit;
  const editable = overview.mayWrite && audit?.status !== 'completed';
  const [editing, setEditing] = useState(false);
  return (
    <Card
      size="small"
      title={t('internalAudit.plan')}
      data-testid="audit-plan-card"
      extra={
        <Flex gap={8} wrap>
          {audit && editable && !editing ? (
            <Button size="small" onClick={() => setEditing(true)} data-testid="audit-plan-edit">
              {t('common.edit')}
            </Button>
          ) : null}
          {audit ? (
            <Button
              size="small"
              icon={<DownloadOutlined />}
              loading={pending}
              onClick={() =>
                download(internalAudit.planDocx, { params: { id: participationId } }, 'internal-audit-plan.docx')
              }
              data-testid="audit-plan-docx"
            >
              {t('internalAudit.downloadPlan')}
            </Button>
          ) : null}
        </Flex>
      }
    >
      {editable && (editing || !audit) ? (
        <PlanEditor participationId={participationId} overview={overview} onSaved={() => setEditing(false)} />
      ) : audit ? (
        <PlanView plan={audit.plan} checklist={audit.checklist} />
      ) : (
        <Typography.Text type="secondary">{t('internalAudit.noAudit')}</Typography.Text>
      )}
    </Card>
  );
}
