/**
 * /activate?token=… — the public page a one-time link opens (no login): whom it is for, then a password set under the
 * policy (R02) with its rules checked live. An invalid, expired or used link says so and what to do.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Form, Input, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api-client';
import { DemoBanner } from '../../../components/DemoBanner';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { errorText } from '../../../components/ErrorAlert';
import { PasswordHints, passwordMeetsPolicy } from '../../../components/PasswordHints';
import { useActivate, useInspectInvitation } from '../api/accounts';

const LINK_PROBLEMS = new Set(['INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED']);

interface Values {
  password: string;
  confirm: string;
}

function LinkProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : 'INVITATION_INVALID';
  const used = code === 'INVITATION_USED';
  return (
    <Result
      status={used ? 'info' : 'warning'}
      title={t(`accounts.link_${LINK_PROBLEMS.has(code) ? code : 'other'}`)}
      subTitle={errorText(error)}
      extra={
        <Link to="/login">
          <Button type="primary">{t('accounts.goToLogin')}</Button>
        </Link>
      }
      data-testid="activate-invalid"
      data-code={code}
    />
  );
}

function ActivateForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const inspect = useInspectInvitation();
  const activate = useActivate();
  const [form] = Form.useForm<Values>();
  const password = Form.useWatch('password', form) ?? '';
  const [done, setDone] = useState<string | null>(null);
  const { mutate } = inspect;
  useEffect(() => mutate({ body: { token } }), [mutate, token]);

  if (done) {
    return (
      <Result
        status="success"
        title={t('accounts.activated')}
        subTitle={t('accounts.activatedText', { username: done })}
        extra={
          <Link to="/login">
            <Button type="primary" data-testid="activate-login">
              {t('accounts.goToLogin')}
            </Button>
          </Link>
        }
        data-testid="activate-done"
      />
    );
  }
  if (inspect.isError) return <LinkProblem error={inspect.error} />;
  if (!inspect.data) return <FullPageSpin />;
  if (activate.isError && activate.error instanceof ApiError && LINK_PROBLEMS.has(activate.error.code)) {
    return <LinkProblem error={activate.error} />;
  }
  const info = inspect.data;
  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={4} style={{ marginBottom: 4 }}>
          {info.purpose === 'reset' ? t('accounts.resetTitle') : t('accounts.activateTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('accounts.activateIntro')}</Typography.Text>
      </div>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'name', label: t('accounts.displayName'), children: info.displayName },
          {
            key: 'username',
            label: t('accounts.username'),
            children: (
              <span data-testid="activate-username" data-user-text="">
                {info.username}
              </span>
            ),
          },
          ...(info.organizationName
            ? [{ key: 'org', label: t('accounts.organization'), children: info.organizationName }]
            : []),
        ]}
      />
      {activate.isError ? <Alert type="error" showIcon title={errorText(activate.error)} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        disabled={activate.isPending}
        onFinish={(values) =>
          activate.mutate(
            { body: { token, password: values.password } },
            { onSuccess: (answer) => setDone(answer.username) },
          )
        }
      >
        <Form.Item
          name="password"
          label={t('auth.newPassword')}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || passwordMeetsPolicy(value, info.username)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('accounts.policyNotMet'))),
            },
          ]}
          extra={<PasswordHints password={password} username={info.username} />}
        >
          <Input.Password autoComplete="new-password" maxLength={128} data-testid="activate-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t('auth.confirmPassword')}
          dependencies={['password']}
          rules={[
            { required: true, message: t('auth.passwordRequired') },
            ({ getFieldValue }) => ({
              validator: (_rule, value: string | undefined) =>
                !value || value === getFieldValue('password')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" maxLength={128} data-testid="activate-confirm" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={activate.isPending} data-testid="activate-submit">
          {info.purpose === 'reset' ? t('accounts.resetSubmit') : t('accounts.activateSubmit')}
        </Button>
      </Form>
    </Flex>
  );
}

export default function ActivatePage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const token = search.get('token') ?? '';
  return (
    <Flex vertical style={{ minHeight: '100vh' }} data-testid="activate-page">
      <DemoBanner />
      <div className="uplift-header">
        <Typography.Text className="uplift-header-title" title={t('app.fullName')}>
          {t('app.name')}
        </Typography.Text>
        <div className="uplift-header-spacer" />
        <LanguageSwitch />
      </div>
      <Flex flex={1} justify="center" style={{ padding: 16 }}>
        <Card style={{ width: '100%', maxWidth: 480, alignSelf: 'flex-start' }}>
          {token.length >= 16 ? (
            <ActivateForm token={token} />
          ) : (
            <LinkProblem error={new ApiError(400, 'INVITATION_INVALID', t('accounts.link_missing'))} />
          )}
        </Card>
      </Flex>
    </Flex>
  );
}
