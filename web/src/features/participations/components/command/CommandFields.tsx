/** The fields each stage command asks for (none for the plain confirmations). */
import { Alert, DatePicker, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Command } from '../../../../../../domain/lifecycle/transitions.js';
import { TRANSITIONS } from '../../../../../../domain/lifecycle/transitions.js';
import { operationCompleteOn } from '../../../../../../domain/lifecycle/operation-period.js';
import type { ParticipationDetail } from '../../../../../../contracts/participations';
import { CertificationBodyField } from './CertificationBodyField';
import { DateField } from './DateField';
import { ExpertsField } from './ExpertsField';
import { CertificationTeamField } from './CertificationTeamField';
import { PreferredBodyNote } from './PreferredBodyNote';

function ReasonField({ required, label, extra }: { required: boolean; label?: string; extra?: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="reason"
      label={label ?? (required ? t('dialog.reason') : t('dialog.reasonOptional'))}
      extra={extra}
      rules={required ? [{ required: true, whitespace: true, message: t('dialog.reasonRequired') }] : []}
    >
      <Input.TextArea rows={3} maxLength={500} showCount data-testid="field-reason" />
    </Form.Item>
  );
}

export function CommandFields({
  command,
  detail,
  screeningIneligible = false,
}: {
  command: Command;
  detail: ParticipationDetail;
  screeningIneligible?: boolean;
}) {
  const { t } = useTranslation();
  const confirmation = (
    <Typography.Paragraph>
      {t('dialog.confirmText', { command: t(`command.${command}`), stage: t(`stage.${TRANSITIONS[command].to}`) })}
    </Typography.Paragraph>
  );
  switch (command) {
    case 'select':
      return (
        <>
          {confirmation}
          <PreferredBodyNote detail={detail} />
          <CertificationBodyField campaignId={detail.campaign.id} required={!detail.certificationBody} />
          <ReasonField required={false} label={t('dialog.overrideReason')} extra={t('dialog.overrideReasonHint')} />
        </>
      );
    case 'screen':
      // 初审通过 on a screening that found the enterprise not eligible: the reason is recorded with the step
      return screeningIneligible ? (
        <>
          {confirmation}
          <Alert
            type="warning"
            showIcon
            title={t('dialog.screenIneligible')}
            style={{ marginBottom: 16 }}
            data-testid="screen-ineligible-warning"
          />
          <ReasonField required label={t('dialog.screenIneligibleReason')} />
        </>
      ) : (
        confirmation
      );
    case 'reject':
    case 'withdraw':
      return (
        <>
          {confirmation}
          <ReasonField required />
        </>
      );
    case 'close':
      return (
        <>
          {confirmation}
          <ReasonField required={false} />
        </>
      );
    case 'assign':
      return <ExpertsField detail={detail} />;
    case 'complete_review': {
      const started = detail.milestones.operationStartedOn;
      const hint = started ? t('dialog.operationHint', { date: operationCompleteOn(started) }) : undefined;
      return (
        <>
          <DateField name="internalAuditOn" label={t('participation.internalAuditOn')} extra={hint} />
          <DateField name="managementReviewOn" label={t('participation.managementReviewOn')} />
        </>
      );
    }
    case 'certify':
      return (
        <>
          <Form.Item
            name="certificateNumber"
            label={t('participation.certificateNumber')}
            rules={[{ required: true, whitespace: true, message: t('dialog.certificateRequired') }]}
          >
            <Input maxLength={64} data-testid="field-certificateNumber" />
          </Form.Item>
          <DateField name="certificateIssuedOn" label={t('participation.certificateIssuedOn')} required={false} />
          <Form.Item name="certificateScope" label={t('fieldName.certificateScope')}>
            <Input.TextArea rows={2} maxLength={500} data-testid="field-certificateScope" />
          </Form.Item>
          {/* domain/certification: after the issue, at most three years; three years when left empty */}
          <Form.Item
            name="certificateExpiresOn"
            label={t('fieldName.certificateExpiresOn')}
            extra={t('dialog.certificateExpiryHint')}
          >
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="field-certificateExpiresOn" />
          </Form.Item>
          <CertificationTeamField participationId={detail.id} />
        </>
      );
    default:
      return confirmation;
  }
}
