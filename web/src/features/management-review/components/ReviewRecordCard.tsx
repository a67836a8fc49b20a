/**
 * 管理评审 (ISO 9001 9.3; 000 §二(4); 002 step 8): the form of the review held — date, chair (top management),
 * attendees, every input of 9.3.2 a)–f) (input c) starts from the platform's data), the outputs of 9.3.3 a)–c) as
 * improvement actions with owner and due date, the conclusion — and, once recorded, the record with its Word report.
 * Recording it moves the participation to "reviewed"; the server's refusals show as the catalog's messages.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Flex, Input, List, Select, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  REVIEW_INPUTS,
  REVIEW_OUTPUTS,
  type ReviewInput,
  type ReviewOutput,
} from '../../../../../domain/management-review/management-review.js';
import { managementReview, type ManagementReviewOverview } from '../../../../../contracts/management-review';
import { DateInput } from '../../../components/DateInput';
import { errorText } from '../../../components/ErrorAlert';
import { ListEditor } from '../../../components/ListEditor';
import { useApiDownload } from '../../../lib/download';
import { today } from '../../../lib/format';
import { useRecordReview } from '../api/management-review';
import { prefillText } from '../prefill-text';
import { Field } from '../../../components/FormField';
import { joinList, splitList } from '../../../lib/list-text';

const prefillKey = (p: ManagementReviewOverview['prefill']) =>
  [p.audit?.status, p.audit?.closedNonconformities, p.audit?.openNonconformities.length, p.trainingPersonTimes].join(
    '-',
  );

type Output = { kind: ReviewOutput; text: string; owner: string; dueOn: string | null };

function ReviewForm({ participationId, overview }: { participationId: string; overview: ManagementReviewOverview }) {
  const { t } = useTranslation();
  const record = useRecordReview();
  const [heldOn, setHeldOn] = useState<string | null>(today());
  const [chairName, setChairName] = useState('');
  const [chairIsTopManager, setChairIsTopManager] = useState(true);
  const [attendees, setAttendees] = useState('');
  const [inputs, setInputs] = useState<Record<ReviewInput, string>>(
    () =>
      Object.fromEntries(
        REVIEW_INPUTS.map((k) => [k, k === 'performance' ? prefillText(overview.prefill, t) : '']),
      ) as Record<ReviewInput, string>,
  );
  const [outputs, setOutputs] = useState<Output[]>([{ kind: 'improvement', text: '', owner: '', dueOn: null }]);
  const [conclusion, setConclusion] = useState('');
  const submit = () =>
    record.mutate({
      params: { id: participationId },
      body: {
        review: {
          heldOn: heldOn ?? '',
          chairName,
          chairIsTopManager,
          attendees: splitList(attendees),
          inputs,
          outputs: outputs.map((o) => ({ ...o, dueOn: o.dueOn ?? '' })),
          conclusion,
        },
        version: overview.participationVersion,
      },
    });
  return (
    <Flex vertical gap={12} data-testid="review-form">
      {record.isError ? (
        <Alert type="error" showIcon title={errorText(record.error)} data-testid="review-error" />
      ) : null}
      <Flex gap={12} wrap align="end">
        <Field label={t('managementReview.heldOn')} width={170} required>
          <DateInput value={heldOn} onChange={setHeldOn} testId="review-held-on" allowClear={false} />
        </Field>
        <Field label={t('managementReview.chairName')} width={160} required>
          <Input
            value={chairName}
            maxLength={40}
            onChange={(e) => setChairName(e.target.value)}
            data-testid="review-chair"
          />
        </Field>
        <Checkbox
          checked={chairIsTopManager}
          onChange={(e) => setChairIsTopManager(e.target.checked)}
          data-testid="review-chair-top"
          style={{ paddingBottom: 5 }}
        >
          {t('managementReview.chairIsTopManager')}
        </Checkbox>
      </Flex>
      <Field label={`${t('managementReview.attendees')}（${t('managementReview.listHint')}）`}>
        <Input
          value={attendees}
          maxLength={800}
          onChange={(e) => setAttendees(e.target.value)}
          data-testid="review-attendees"
        />
      </Field>
      <Typography.Text strong>{t('managementReview.inputs')}</Typography.Text>
      {REVIEW_INPUTS.map((k) => (
        <Field key={k} label={t(`reviewInput.${k}`)} required>
          <Input.TextArea
            rows={k === 'performance' ? 4 : 2}
            maxLength={4000}
            value={inputs[k]}
            onChange={(e) => setInputs((x) => ({ ...x, [k]: e.target.value }))}
            data-testid={`review-input-${k}`}
          />
        </Field>
      ))}
      <Typography.Text strong>{t('managementReview.outputs')}</Typography.Text>
      <ListEditor
        rows={outputs}
        onChange={setOutputs}
        newRow={() => ({ kind: 'improvement' as const, text: '', owner: '', dueOn: null })}
        addLabel={t('managementReview.addOutput')}
        testId="review-outputs"
        editable
        max={40}
        renderRow={(o, i, patch) => (
          <Flex gap={8} wrap align="end">
            <Field label={t('managementReview.kind')} width={180}>
              <Select
                value={o.kind}
                onChange={(kind: ReviewOutput) => patch({ kind })}
                options={REVIEW_OUTPUTS.map((k) => ({ value: k, label: t(`reviewOutput.${k}`) }))}
                data-testid={`review-output-${i}-kind`}
                style={{ width: '100%' }}
              />
            </Field>
            <Field label={t('managementReview.text')} width={260}>
              <Input
                value={o.text}
                maxLength={1000}
                onChange={(e) => patch({ text: e.target.value })}
                data-testid={`review-output-${i}-text`}
              />
            </Field>
            <Field label={t('managementReview.owner')} width={120}>
              <Input
                value={o.owner}
                maxLength={40}
                onChange={(e) => patch({ owner: e.target.value })}
                data-testid={`review-output-${i}-owner`}
              />
            </Field>
            <Field label={t('managementReview.dueOn')} width={160}>
              <DateInput
                value={o.dueOn}
                onChange={(dueOn) => patch({ dueOn })}
                testId={`review-output-${i}-due-on`}
                allowClear={false}
              />
            </Field>
          </Flex>
        )}
      />
      <Field label={t('managementReview.conclusion')} required>
        <Input.TextArea
          rows={2}
          maxLength={4000}
          value={conclusion}
          onChange={(e) => setConclusion(e.target.value)}
          data-testid="review-conclusion"
        />
      </Field>
      <div>
        <Button type="primary" onClick={submit} loading={record.isPending} data-testid="review-save">
          {t('managementReview.record')}
        </Button>
      </div>
    </Flex>
  );
}

function ReviewView({ review }: { review: NonNullable<ManagementReviewOverview['review']> }) {
  const { t } = useTranslation();
  const r = review.record;
  return (
    <Flex vertical gap={8} data-testid="review-record">
      <Alert
        type="success"
        showIcon
        title={t('managementReview.recorded', { on: r.heldOn })}
        data-testid="review-recorded"
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'chair',
            label: t('managementReview.chairName'),
            children: (
              <Flex gap={6} wrap>
                {r.chairName}
                {r.chairIsTopManager ? <Tag color="blue">{t('managementReview.chairIsTopManager')}</Tag> : null}
              </Flex>
            ),
          },
          { key: 'att', label: t('managementReview.attendees'), children: joinList(r.attendees) || t('common.none') },
        ]}
      />
      <List
        size="small"
        header={<Typography.Text strong>{t('managementReview.inputs')}</Typography.Text>}
        dataSource={[...REVIEW_INPUTS]}
        renderItem={(k) => (
          <List.Item>
            <Flex vertical gap={2} style={{ minWidth: 0 }}>
              <Typography.Text type="secondary">{t(`reviewInput.${k}`)}</Typography.Text>
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid={`review-record-input-${k}`}>
                {r.inputs[k]}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'c', label: t('managementReview.conclusion'), children: r.conclusion }]}
      />
    </Flex>
  );
}

export function ReviewRecordCard({
  participationId,
  overview,
}: {
  participationId: string;
  overview: ManagementReviewOverview;
}) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const auditDone = overview.prefill.audit?.status === 'completed';
  return (
    <Card
      size="small"
      title={t('managementReview.title')}
      data-testid="review-card"
      extra={
        overview.review ? (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            loading={pending}
            onClick={() =>
              download(
                managementReview.reportDocx,
                { params: { id: participationId } },
                'management-review-report.docx',
              )
            }
            data-testid="review-report-docx"
          >
            {t('managementReview.downloadReport')}
          </Button>
        ) : null
      }
    >
      {overview.review ? (
        <ReviewView review={overview.review} />
      ) : overview.mayRecord ? (
        <Flex vertical gap={12}>
          {!auditDone ? (
            <Alert type="warning" showIcon title={t('managementReview.needsAudit')} data-testid="review-needs-audit" />
          ) : null}
          {/* the platform's facts start input c): a new audit result (an NC closed, the audit completed) starts it again */}
          <ReviewForm key={prefillKey(overview.prefill)} participationId={participationId} overview={overview} />
        </Flex>
      ) : (
        <Typography.Text type="secondary" data-testid="review-none">
          {overview.verification ? t('managementReview.byVerification') : t('managementReview.notHeld')}
        </Typography.Text>
      )}
    </Card>
  );
}
