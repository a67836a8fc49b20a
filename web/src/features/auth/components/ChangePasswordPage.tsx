import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageShell } from '../../../components/PageShell';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function ChangePasswordPage() {
  const { t } = useTranslation();
  return (
    <PageShell title={t('auth.changePassword')}>
      <Card>
        <ChangePasswordForm />
      </Card>
    </PageShell>
  );
}
