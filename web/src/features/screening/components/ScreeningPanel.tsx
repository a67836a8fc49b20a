/**
 * 遴选核查 on the enterprise's file: the required items with result, evidence, source and who
 * verified them when; the outcome (shared rule) live. The bureau edits while the stage is applied
 * or screened; the enterprise contact reads its outcome and the reasons.
 */
import { Alert, App, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { screening as screeningContract, type ScreeningView } from '../../../../../contracts/screening';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { mayCall } from '../../../lib/session';
import { ApiError } from '../../../lib/api-client';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { screeningKey, useRecordScreening, useScreening } from '../api/screening';
import { ScreeningItemRow } from './ScreeningItemRow';
import { ScreeningOutcome } from './ScreeningOutcome';
import { WaitlistToggle } from './WaitlistToggle';
import { SizeFigures } from './SizeFigures';
import { liveSummary, toFormValues, toRecordRequest, type ScreeningFormValues } from './screening-values';
import { SCREENING_OPEN_STAGES } from '../../../../../domain/intake/screening.js';

function ScreeningForm({
  detail,
  view,
  editable,
}: {
  detail: ParticipationDetail;
  view: ScreeningView;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ScreeningFormValues>();
  const record = useRecordScreening(detail.id);
  const initial = toFormValues(view);
  const values: ScreeningFormValues = Form.useWatch((v: ScreeningFormValues) => v, form) ?? initial;
  const summary = editable ? liveSummary(view, { ...initial, ...values }) : view.summary;
  const dirty =
    editable &&
    JSON.stringify(toRecordRequest(view, { ...initial, ...values })) !== JSON.stringify(toRecordRequest(view, initial));

  const save = (v: ScreeningFormValues) =>
    record.mutate(
      { params: { id: detail.id }, body: toRecordRequest(view, { ...initial, ...v }) },
      {
        onSuccess: () => void message.success(t('screening.saved')),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') {
            void message.warning(t('error.versionConflict'));
            void queryClient.invalidateQueries({ queryKey: screeningKey(detail.id) });
          }
        },
      },
    );

  const conflict = record.error instanceof ApiError && record.error.code === 'VERSION_CONFLICT';
  return (
    <Form<ScreeningFormValues>
      form={form}
      initialValues={initial}
      onFinish={save}
      disabled={record.isPending}
      data-testid="screening-form"
    >
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <ScreeningOutcome summary={summary} />
          {detail.stage === 'screened' || view.waitlisted ? (
            <WaitlistToggle
              participationId={detail.id}
              version={detail.version}
              waitlisted={view.waitlisted}
              editable={editable && detail.stage === 'screened'}
            />
          ) : null}
        </Flex>
        {record.isError && !conflict ? (
          <Alert type="error" showIcon title={errorText(record.error)} data-testid="screening-error" />
        ) : null}
        <div>
          {view.items.map((item, i) => (
            <ScreeningItemRow key={item.key} item={item} index={i} editable={editable} />
          ))}
        </div>
        {editable ? (
          <>
            <Form.Item name="note" label={t('screening.note')} layout="vertical" style={{ marginBottom: 8 }}>
              <Input.TextArea
                autoSize={{ minRows: 2, maxRows: 6 }}
                maxLength={2000}
                showCount
                data-testid="screening-note"
              />
            </Form.Item>
            <Flex justify="flex-end" gap={8} align="center" wrap>
              {dirty ? <Typography.Text type="warning">{t('screening.unsaved')}</Typography.Text> : null}
              {/* not a submit button: Enter in a field (a date, say) must not send the whole form */}
              <Button
                type="primary"
                loading={record.isPending}
                onClick={() => form.submit()}
                data-testid="screening-save"
              >
                {t('screening.save')}
              </Button>
            </Flex>
          </>
        ) : view.note ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="screening-note-text">
            {t('screening.noteValue', { value: view.note })}
          </Typography.Paragraph>
        ) : null}
      </Flex>
    </Form>
  );
}

export function ScreeningPanel({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const canRead = mayCall(detail.actingRole, screeningContract.get);
  const screening = useScreening(detail.id, canRead);
  if (!canRead) return null;
  const editable = mayCall(detail.actingRole, screeningContract.record) && SCREENING_OPEN_STAGES.has(detail.stage);

  return (
    <Card title={t('screening.title')} size="small" data-testid="screening-panel" data-editable={String(editable)}>
      {screening.isPending ? (
        <FullPageSpin />
      ) : screening.isError ? (
        <ErrorAlert error={screening.error} onRetry={() => void screening.refetch()} />
      ) : (
        // a recorded (or reloaded) screening starts the form afresh
        <Flex vertical gap={16}>
          <ScreeningForm
            key={`${screening.data.version}-${screening.data.figures.participationVersion}-${editable}`}
            detail={detail}
            view={screening.data}
            editable={editable}
          />
          {/* outside the checklist form: a correction is its own recorded action */}
          <SizeFigures participationId={detail.id} figures={screening.data.figures} editable={editable} />
        </Flex>
      )}
    </Card>
  );
}
