/**
 * Asks why before the full contact is shown (R31): a reason from the fixed list, and a note
 * (required for "other"). The server limits reveals per hour and records the reason in the trail.
 */
import { Alert, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  REVEAL_NOTE_MAX_LENGTH,
  REVEAL_REASONS,
  revealNoteRequired,
  type RevealReason,
} from '../../../../../domain/privacy/reveal-reasons.js';
import type { RevealRequest } from '../../../../../contracts/participations';

interface Props {
  pending: boolean;
  error?: string;
  onConfirm: (request: RevealRequest) => void;
  onCancel: () => void;
}

export function RevealContactDialog({ pending, error, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: RevealReason; note?: string }>();
  const reason = Form.useWatch('reason', form);

  return (
    <Modal
      open
      title={t('reveal.title')}
      okText={t('reveal.confirm')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      destroyOnHidden
      modalRender={(node) => <div data-testid="reveal-dialog">{node}</div>}
    >
      <Typography.Paragraph type="secondary">{t('reveal.hint')}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          onConfirm({ reason: values.reason!, ...(values.note?.trim() ? { note: values.note.trim() } : {}) })
        }
      >
        <Form.Item
          name="reason"
          label={t('reveal.reason')}
          rules={[{ required: true, message: t('reveal.reasonRequired') }]}
        >
          <Radio.Group data-testid="reveal-reason">
            <Space direction="vertical">
              {REVEAL_REASONS.map((r) => (
                <Radio key={r} value={r} data-testid={`reveal-reason-${r}`}>
                  {t(`reveal.reasons.${r}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="note"
          label={reason && revealNoteRequired(reason) ? t('reveal.note') : t('reveal.noteOptional')}
          rules={[
            {
              required: Boolean(reason && revealNoteRequired(reason)),
              whitespace: true,
              message: t('reveal.noteRequired'),
            },
          ]}
        >
          <Input.TextArea rows={2} maxLength={REVEAL_NOTE_MAX_LENGTH} showCount data-testid="reveal-note" />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon title={error} data-testid="reveal-error" /> : null}
    </Modal>
  );
}
