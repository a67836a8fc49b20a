/**
 * Current password, new password twice with the policy's rules checked live; the server checks the policy again and
 * answers in the UI language.
 */
import { Alert, App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { SESSION_KEY, useChangePassword, useSession } from '../../../lib/session';
import { errorText } from '../../../components/ErrorAlert';
import { PasswordHints } from '../../../components/PasswordHints';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const queryClient = useQueryClient();
  const username = useSession().data?.user.username;
  const newPassword = Form.useWatch('newPassword', form) ?? '';

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: async () => {
          void message.success(t('auth.passwordChanged'));
          form.resetFields();
          await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
          onDone?.();
        },
      },
    );

  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={change.isPending} style={{ maxWidth: 420 }}>
      {change.isError ? (
        <Alert type="error" showIcon title={errorText(change.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="currentPassword"
        label={t('auth.currentPassword')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
      >
        <Input.Password autoComplete="current-password" data-testid="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        rules={[{ required: true, message: t('auth.passwordRequired') }]}
        extra={<PasswordHints password={newPassword} username={username} />}
      >
        <Input.Password autoComplete="new-password" data-testid="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t('auth.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: t('auth.passwordRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('auth.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" data-testid="confirm-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="change-password-submit">
        {t('auth.changePassword')}
      </Button>
    </Form>
  );
}
