/** While mustChangePassword is set, this is the only page (the server refuses everything else). */
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../../../lib/session';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { DemoBanner } from '../../../components/DemoBanner';
import { ChangePasswordForm } from './ChangePasswordForm';

export function ForcedPasswordChangePage() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Flex vertical style={{ minHeight: '100vh' }}>
      <DemoBanner />
      <Flex justify="flex-end" gap={8} style={{ padding: 8 }}>
        <LanguageSwitch />
        <Button type="text" onClick={() => logout.mutate()} data-testid="logout">
          {t('auth.logout')}
        </Button>
      </Flex>
      <Flex flex={1} justify="center" style={{ padding: 16 }}>
        <Card style={{ width: '100%', maxWidth: 480 }}>
          <Typography.Title level={4}>{t('auth.mustChangeTitle')}</Typography.Title>
          <Alert type="warning" showIcon title={t('auth.mustChangeText')} style={{ marginBottom: 16 }} />
          <ChangePasswordForm />
        </Card>
      </Flex>
    </Flex>
  );
}
