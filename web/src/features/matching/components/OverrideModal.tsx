/**
 * A hand-made pair that breaks a hard rule: each broken rule is named and the change goes through
 * only with a recorded reason (ADR 0013); it is reported on the impartiality report.
 */
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PairCheck } from '../../../../../domain/matching/pair-check.js';
import { codeMessage } from '../../../lib/code-message';
import { useLanguage } from '../../../lib/use-language';

interface Props {
  enterpriseName: string;
  expertName: string;
  check: PairCheck;
  /** The server's words when it asked for a reason the local check did not foresee. */
  serverMessage?: string;
  error?: string;
  pending: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

export function OverrideModal({
  enterpriseName,
  expertName,
  check,
  serverMessage,
  error,
  pending,
  onConfirm,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [form] = Form.useForm<{ reason?: string }>();

  return (
    <Modal
      open
      title={t('assignment.overrideTitle')}
      onCancel={onCancel}
      destroyOnHidden
      mask={{ closable: !pending }}
      modalRender={(node) => <div data-testid="override-modal">{node}</div>}
      footer={[
        <Button key="cancel" onClick={onCancel} disabled={pending} data-testid="override-cancel">
          {t('common.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger
          loading={pending}
          onClick={() => form.submit()}
          data-testid="override-confirm"
        >
          {t('assignment.overrideConfirm')}
        </Button>,
      ]}
    >
      <Typography.Paragraph>
        {t('assignment.overrideText', { enterprise: enterpriseName, expert: expertName })}
      </Typography.Paragraph>
      <ul style={{ paddingInlineStart: 20, marginTop: 0 }} data-testid="override-warnings">
        {check.hard.map((rule) => (
          <li key={rule} data-testid="override-warning" data-rule={rule}>
            <Typography.Text type="danger">
              <WarningOutlined /> {codeMessage(rule, lang)}
            </Typography.Text>
          </li>
        ))}
        {check.soft.map((rule) => (
          <li key={rule} data-testid="override-soft-warning" data-rule={rule}>
            <Typography.Text type="warning">{codeMessage(rule, lang)}</Typography.Text>
          </li>
        ))}
      </ul>
      {serverMessage && check.hard.length === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={serverMessage}
          style={{ marginBottom: 12 }}
          data-testid="override-warning"
        />
      ) : null}
      {error ? (
        <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="override-error" />
      ) : null}
      <Form<{ reason?: string }>
        form={form}
        layout="vertical"
        onFinish={(v) => onConfirm((v.reason ?? '').trim())}
        disabled={pending}
      >
        <Form.Item
          name="reason"
          label={t('assignment.overrideReason')}
          required
          rules={[{ required: true, whitespace: true, message: t('assignment.overrideReasonRequired') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 6 }}
            maxLength={500}
            showCount
            placeholder={t('assignment.overrideReasonPlaceholder')}
            data-testid="override-reason"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
