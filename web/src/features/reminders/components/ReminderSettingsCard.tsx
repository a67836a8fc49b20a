/**
 * The signed-in person's choice of deadline reminder emails (ADR 0042): each at once, one a day, or only in the
 * platform; says where the mails go, or that the account has no address. Shown to the roles that get reminders.
 */
import { Alert, App, Button, Card, Radio, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reminders, type ReminderPreference } from '../../../../../contracts/reminders';
import { EMAIL_MODES, type EmailMode } from '../../../../../domain/reminders/reminders';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { useMayCall } from '../../../lib/session';
import { useReminderPreference, useSetReminderPreference } from '../api/reminders';

export function ReminderSettingsCard() {
  const { t } = useTranslation();
  const allowed = useMayCall(reminders.getPreference);
  const preference = useReminderPreference(allowed);
  if (!allowed) return null;
  return (
    <Card title={t('reminders.settings.title')} data-testid="reminder-settings" style={{ marginTop: 16 }}>
      {preference.isError ? (
        <ErrorAlert error={preference.error} onRetry={() => void preference.refetch()} />
      ) : preference.data ? (
        <ReminderForm current={preference.data} />
      ) : null}
    </Card>
  );
}

function ReminderForm({ current }: { current: ReminderPreference }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSetReminderPreference();
  const [mode, setMode] = useState<EmailMode>(current.emailMode);
  useEffect(() => setMode(current.emailMode), [current.emailMode]);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('reminders.settings.intro')}
      </Typography.Paragraph>
      <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as EmailMode)} data-testid="reminder-mode">
        <Space direction="vertical">
          {EMAIL_MODES.map((m) => (
            <Radio key={m} value={m} data-value={m}>
              {t(`reminders.settings.mode.${m}`)}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
      {current.email ? (
        <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
          {t('reminders.settings.email', { email: current.email })}
        </Typography.Text>
      ) : (
        <Alert type="info" showIcon message={t('reminders.settings.noEmail')} />
      )}
      <Button
        type="primary"
        loading={save.isPending}
        disabled={mode === current.emailMode}
        data-testid="reminder-save"
        onClick={() =>
          save.mutate(
            { body: { emailMode: mode } },
            {
              onSuccess: () => void message.success(t('reminders.settings.saved')),
              onError: (e) => void message.error(errorText(e)),
            },
          )
        }
      >
        {t('reminders.settings.save')}
      </Button>
    </Space>
  );
}
