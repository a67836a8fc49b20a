/** Sign-in: user name and password, the demo hint on demo installations, language switch. */
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Link } from 'react-router';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useLogin, useMeta } from '../../../lib/session';
import { useAuthNotice } from '../../../lib/auth-events';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { DemoBanner } from '../../../components/DemoBanner';
import { errorText } from '../../../components/ErrorAlert';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const login = useLogin();
  const meta = useMeta();
  const notice = useAuthNotice();

  return (
    <Flex vertical style={{ minHeight: '100vh' }}>
      <DemoBanner />
      <Flex justify="flex-end" style={{ padding: 8 }}>
        <LanguageSwitch />
      </Flex>
      <Flex flex={1} align="center" justify="center" style={{ padding: 16 }}>
        <Card style={{ width: '100%', maxWidth: 420 }}>
          <Flex vertical gap={16}>
            <div>
              <Typography.Title level={3} style={{ marginBottom: 4 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.fullName')}</Typography.Text>
            </div>
            {notice === 'expired' ? <Alert type="warning" showIcon title={t('auth.expired')} /> : null}
            {notice === 'signed_out' ? <Alert type="info" showIcon title={t('auth.signedOut')} /> : null}
            {login.isError ? <Alert type="error" showIcon title={errorText(login.error)} /> : null}
            <Form<LoginValues>
              layout="vertical"
              requiredMark={false}
              onFinish={(values) => login.mutate(values)}
              disabled={login.isPending}
            >
              <Form.Item
                name="username"
                label={t('auth.username')}
                rules={[{ required: true, whitespace: true, message: t('auth.usernameRequired') }]}
              >
                <Input
                  prefix={<UserOutlined />}
                  autoComplete="username"
                  autoFocus
                  data-testid="login-username"
                  maxLength={64}
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('auth.password')}
                rules={[{ required: true, message: t('auth.passwordRequired') }]}
              >
                <Input.Password
                  prefix={<LockOutlined />}
                  autoComplete="current-password"
                  data-testid="login-password"
                  maxLength={128}
                />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={login.isPending} data-testid="login-submit">
                {t('auth.submit')}
              </Button>
            </Form>
            <Typography.Text type="secondary">
              {t('application.publicLoginHint')}{' '}
              <Link to="/apply" data-testid="public-apply-link">
                {t('application.publicTitle')}
              </Link>
            </Typography.Text>
            {meta.data?.demo ? (
              <Alert
                type="info"
                title={t('demo.loginHintTitle')}
                description={t('demo.loginHint')}
                data-testid="demo-hint"
              />
            ) : null}
          </Flex>
        </Card>
      </Flex>
    </Flex>
  );
}
