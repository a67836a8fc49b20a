/**
 * 审核发现 (reference §4): nonconformities graded 严重 / 一般 and observations, each with clause, department and
 * objective evidence; every nonconformity through its cycle (ISO 9001 10.2; 002 step 7): correction → root cause →
 * corrective action → effectiveness verification → closure, each step a form with its owner, dates and evidence.
 * The server refuses a closure without a verified corrective action; its message shows as the catalog has it.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, List, Modal, Radio, Select, Tag, Typography, Upload } from 'antd';
import { CheckOutlined, DownloadOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  FINDING_GRADES,
  NC_STEPS,
  type FindingGrade,
  type NcStep,
} from '../../../../../domain/internal-audit/internal-audit.js';
import { internalAudit, type AuditFinding, type InternalAuditOverview } from '../../../../../contracts/internal-audit';
import type { UploadedFile } from '../../../../../contracts/files';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { EVIDENCE_ACCEPT, fileUrl, uploadParticipationFile } from '../../../components/files/files';
import { useApiDownload } from '../../../lib/download';
import { today } from '../../../lib/format';
import { useAddFinding, useRecordNcStep } from '../api/internal-audit';
import { Field } from '../../../components/FormField';

const GRADE_COLOR: Record<FindingGrade, string> = { major: 'red', minor: 'orange', observation: 'blue' };

function FindingDialog({ participationId, onClose }: { participationId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddFinding();
  const [v, setV] = useState({
    grade: 'minor' as FindingGrade,
    clause: '',
    department: '',
    evidence: '',
    foundOn: today() as string | null,
    dueOn: null as string | null,
  });
  const set = (patch: Partial<typeof v>) => setV((x) => ({ ...x, ...patch }));
  const submit = () =>
    add.mutate(
      {
        params: { id: participationId },
        body: {
          grade: v.grade,
          clause: v.clause,
          department: v.department,
          evidence: v.evidence,
          foundOn: v.foundOn ?? '',
          dueOn: v.grade === 'observation' ? undefined : (v.dueOn ?? undefined),
        },
      },
      { onSuccess: onClose },
    );
  return (
    <Modal
      open
      title={t('internalAudit.addFinding')}
      onCancel={onClose}
      destroyOnHidden
      okText={t('common.save')}
      onOk={submit}
      okButtonProps={{ loading: add.isPending, 'data-testid': 'finding-save' }}
    >
      <Flex vertical gap={12} data-testid="finding-form">
        {add.isError ? <Alert type="error" showIcon title={errorText(add.error)} data-testid="finding-error" /> : null}
        <Field label={t('internalAudit.grade')} required>
          <Radio.Group
            value={v.grade}
            onChange={(e) => set({ grade: e.target.value as FindingGrade })}
            data-testid="finding-grade"
            options={FINDING_GRADES.map((g) => ({ value: g, label: t(`auditGrade.${g}`) }))}
          />
        </Field>
        <Flex gap={12} wrap>
          <Field label={t('internalAudit.clause')} width={120} required>
            <Input
              value={v.clause}
              maxLength={12}
              onChange={(e) => set({ clause: e.target.value })}
              data-testid="finding-clause"
            />
          </Field>
          <Field label={t('internalAudit.auditedDepartment')} width={160} required>
            <Input
              value={v.department}
              maxLength={60}
              onChange={(e) => set({ department: e.target.value })}
              data-testid="finding-department"
            />
          </Field>
        </Flex>
        <Field label={t('internalAudit.evidence')} required>
          <Input.TextArea
            rows={3}
            maxLength={2000}
            value={v.evidence}
            onChange={(e) => set({ evidence: e.target.value })}
            data-testid="finding-evidence"
          />
        </Field>
        <Flex gap={12} wrap>
          <Field label={t('internalAudit.foundOn')} width={170} required>
            <DateInput
              value={v.foundOn}
              onChange={(foundOn) => set({ foundOn })}
              testId="finding-found-on"
              allowClear={false}
            />
          </Field>
          {v.grade !== 'observation' ? (
            <Field label={t('internalAudit.dueOn')} width={170}>
              <DateInput value={v.dueOn} onChange={(dueOn) => set({ dueOn })} testId="finding-due-on" />
            </Field>
          ) : null}
        </Flex>
      </Flex>
    </Modal>
  );
}

/** The next step of one nonconformity: the step (when two may come next), owner, due and done dates, text, files. */
function StepForm({ participationId, finding }: { participationId: string; finding: AuditFinding }) {
  const { t } = useTranslation();
  const record = useRecordNcStep();
  const [step, setStep] = useState<NcStep>(finding.nextSteps[0]!);
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [doneOn, setDoneOn] = useState<string | null>(today());
  const [text, setText] = useState('');
  const [effective, setEffective] = useState<boolean | undefined>(undefined);
  const [files, setFiles] = useState<UploadedFile[]>([]);
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const current = finding.nextSteps.includes(step) ? step : finding.nextSteps[0]!;
  const hasDue = current === 'correction' || current === 'root_cause' || current === 'corrective_action';
  const submit = () =>
    record.mutate(
      {
        params: { id: participationId, findingId: finding.id },
        body: {
          step: current,
          owner,
          dueOn: hasDue ? (dueOn ?? undefined) : undefined,
          doneOn: doneOn ?? '',
          text,
          fileIds: files.map((f) => f.id),
          effective: current === 'verification' ? effective : undefined,
          version: finding.version,
        },
      },
      {
        onSuccess: () => {
          setOwner('');
          setText('');
          setDueOn(null);
          setEffective(undefined);
          setFiles([]);
        },
      },
    );
  return (
    <Flex
      vertical
      gap={8}
      data-testid={`nc-step-form-${finding.number}`}
      data-step={current}
      style={{ background: '#f7f9fc', padding: 12, borderRadius: 6 }}
    >
      <Typography.Text strong>
        {t('internalAudit.nextStep')}：{t(`ncStep.${current}`)}
      </Typography.Text>
      {record.isError || uploadError ? (
        <Alert type="error" showIcon title={errorText(record.error ?? uploadError)} data-testid="nc-step-error" />
      ) : null}
      <Flex gap={8} wrap align="end">
        {finding.nextSteps.length > 1 ? (
          <Field label={t('internalAudit.step')} width={140}>
            <Select
              value={current}
              onChange={(s: NcStep) => setStep(s)}
              options={finding.nextSteps.map((s) => ({ value: s, label: t(`ncStep.${s}`) }))}
              data-testid="nc-step-kind"
              style={{ width: '100%' }}
            />
          </Field>
        ) : null}
        <Field label={t('internalAudit.owner')} width={140} required>
          <Input value={owner} maxLength={40} onChange={(e) => setOwner(e.target.value)} data-testid="nc-step-owner" />
        </Field>
        {hasDue ? (
          <Field label={t('internalAudit.dueOn')} width={160}>
            <DateInput value={dueOn} onChange={setDueOn} testId="nc-step-due-on" />
          </Field>
        ) : null}
        <Field label={t('internalAudit.doneOn')} width={160} required>
          <DateInput value={doneOn} onChange={setDoneOn} testId="nc-step-done-on" allowClear={false} />
        </Field>
      </Flex>
      <Field label={t('internalAudit.text')} required={current !== 'closure'}>
        <Input.TextArea
          rows={2}
          maxLength={2000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          data-testid="nc-step-text"
        />
      </Field>
      {current === 'verification' ? (
        <Radio.Group
          value={effective}
          onChange={(e) => setEffective(e.target.value as boolean)}
          data-testid="nc-step-effective"
          options={[
            { value: true, label: t('internalAudit.effective') },
            { value: false, label: t('internalAudit.ineffective') },
          ]}
        />
      ) : null}
      <Flex gap={8} wrap align="center">
        <Upload
          accept={EVIDENCE_ACCEPT}
          showUploadList={false}
          customRequest={({ file }) => {
            setUploading(true);
            setUploadError(null);
            uploadParticipationFile(participationId, 'operation_record', file as File)
              .then((f) => setFiles((list) => [...list, f]))
              .catch(setUploadError)
              .finally(() => setUploading(false));
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={uploading}>
            {t('internalAudit.upload')}
          </Button>
        </Upload>
        {files.map((f) => (
          <Typography.Text key={f.id} data-user-text>
            <PaperClipOutlined /> {f.fileName}
          </Typography.Text>
        ))}
      </Flex>
      <div>
        <Button
          type="primary"
          onClick={submit}
          loading={record.isPending}
          disabled={uploading}
          data-testid="nc-step-save"
        >
          {t('internalAudit.recordStep')}
        </Button>
      </div>
    </Flex>
  );
}

function FindingItem(props: { participationId: string; finding: AuditFinding; mayWrite: boolean }) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const { finding } = props;
  const nc = finding.grade !== 'observation';
  const doneSteps = new Set(finding.steps.map((s) => s.step));
  return (
    <List.Item data-testid={`finding-${finding.number}`} data-state={finding.state ?? 'observation'}>
      <Flex vertical gap={8} style={{ width: '100%', minWidth: 0 }}>
        <Flex gap={8} wrap align="baseline">
          <Typography.Text strong>{t('internalAudit.findingNumber', { n: finding.number })}</Typography.Text>
          <Tag color={GRADE_COLOR[finding.grade]}>{t(`auditGrade.${finding.grade}`)}</Tag>
          <Typography.Text type="secondary">
            {t('internalAudit.clause')} {finding.clause} · {finding.department} · {finding.foundOn}
          </Typography.Text>
          {finding.state ? (
            <Tag color={finding.state === 'closed' ? 'green' : 'gold'} data-testid={`finding-${finding.number}-state`}>
              {t(`ncState.${finding.state}`)}
            </Tag>
          ) : null}
          {finding.dueOn ? (
            <Typography.Text type="secondary">
              {t('internalAudit.dueOn')}：{finding.dueOn}
            </Typography.Text>
          ) : null}
          {finding.overdue ? <Tag color="red">{t('internalAudit.overdue')}</Tag> : null}
          {nc ? (
            <Button
              size="small"
              type="link"
              icon={<DownloadOutlined />}
              loading={pending}
              onClick={() =>
                download(
                  internalAudit.ncReportDocx,
                  { params: { id: props.participationId, findingId: finding.id } },
                  `nc-report-${finding.number}.docx`,
                )
              }
              data-testid={`finding-${finding.number}-docx`}
            >
              {t('internalAudit.downloadNc')}
            </Button>
          ) : null}
        </Flex>
        <Typography.Paragraph style={{ marginBottom: 0 }}>{finding.evidence}</Typography.Paragraph>
        {nc ? (
          <>
            <Flex gap={4} wrap align="center" data-testid={`finding-${finding.number}-cycle`}>
              {NC_STEPS.map((s, i) => (
                <Flex key={s} gap={4} align="center">
                  {i > 0 ? <Typography.Text type="secondary">→</Typography.Text> : null}
                  <Tag
                    color={doneSteps.has(s) ? 'green' : finding.nextSteps.includes(s) ? 'processing' : 'default'}
                    icon={doneSteps.has(s) ? <CheckOutlined /> : undefined}
                  >
                    {t(`ncStep.${s}`)}
                  </Tag>
                </Flex>
              ))}
            </Flex>
            {finding.steps.length > 0 ? (
              <List
                size="small"
                header={<Typography.Text strong>{t('internalAudit.cycle')}</Typography.Text>}
                dataSource={finding.steps}
                data-testid={`finding-${finding.number}-steps`}
                renderItem={(s, i) => (
                  <List.Item key={i} data-testid="nc-step" data-step={s.step}>
                    <Flex vertical gap={2} style={{ width: '100%', minWidth: 0 }}>
                      <Flex gap={8} wrap align="baseline">
                        <Tag>{t(`ncStep.${s.step}`)}</Tag>
                        <Typography.Text type="secondary">{s.doneOn}</Typography.Text>
                        <Typography.Text>{s.owner}</Typography.Text>
                        {s.dueOn ? (
                          <Typography.Text type="secondary">
                            {t('internalAudit.dueOn')}：{s.dueOn}
                          </Typography.Text>
                        ) : null}
                        {s.step === 'verification' ? (
                          <Tag color={s.effective ? 'green' : 'red'}>
                            {s.effective ? t('internalAudit.effective') : t('internalAudit.ineffective')}
                          </Tag>
                        ) : null}
                      </Flex>
                      {s.text ? <Typography.Text>{s.text}</Typography.Text> : null}
                      {s.fileIds.length > 0 ? (
                        <Flex gap={8} wrap>
                          {s.fileIds.map((id, j) => (
                            <Typography.Link key={id} href={fileUrl(id)} target="_blank">
                              <PaperClipOutlined /> {t('internalAudit.evidenceFile', { n: j + 1 })}
                            </Typography.Link>
                          ))}
                        </Flex>
                      ) : null}
                    </Flex>
                  </List.Item>
                )}
              />
            ) : null}
            {props.mayWrite && finding.nextSteps.length > 0 ? (
              <StepForm key={finding.version} participationId={props.participationId} finding={finding} />
            ) : null}
          </>
        ) : null}
      </Flex>
    </List.Item>
  );
}

export function FindingsCard({
  participationId,
  overview,
}: {
  participationId: string;
  overview: InternalAuditOverview;
}) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const mayAdd = overview.mayWrite && overview.audit?.status === 'planned';
  return (
    <Card
      size="small"
      title={t('internalAudit.findings')}
      data-testid="audit-findings-card"
      extra={
        mayAdd ? (
          <Button size="small" type="primary" onClick={() => setAdding(true)} data-testid="finding-add">
            {t('internalAudit.addFinding')}
          </Button>
        ) : null
      }
    >
      <List
        dataSource={overview.findings}
        locale={{ emptyText: t('internalAudit.noFindings') }}
        renderItem={(f) => (
          <FindingItem key={f.id} participationId={participationId} finding={f} mayWrite={overview.mayWrite} />
        )}
      />
      {adding ? <FindingDialog participationId={participationId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
