/** The signed-in person's own page: the password, and how deadline reminders reach them. */
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageShell } from '../../components/PageShell';
import { ChangePasswordForm } from '../../features/auth/components/ChangePasswordForm';
import { ReminderSettingsCard } from '../../features/reminders/components/ReminderSettingsCard';

export default function AccountPage() {
  const { t } = useTranslation();
  return (
    <PageShell title={t('reminders.accountTitle')}>
      <Card title={t('auth.changePassword')}>
        <ChangePasswordForm />
      </Card>
      <ReminderSettingsCard />
    </PageShell>
  );
}
