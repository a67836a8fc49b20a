/** Name, login name, mobile and email of a new account (inside a parent Form; `prefix` nests the values). */
import { Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';

export interface AccountValues {
  displayName: string;
  username?: string;
  mobile?: string;
  email?: string;
}

const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);

/** Empty optional fields are left out (the server then derives the login name from the mobile, else the email). */
export function cleanAccount(values: AccountValues) {
  return {
    displayName: values.displayName.trim(),
    username: blank(values.username),
    mobile: blank(values.mobile),
    email: blank(values.email),
  };
}

export function AccountFields({
  prefix = [],
  testIdPrefix,
  withUsername = true,
}: {
  prefix?: string[];
  testIdPrefix: string;
  withUsername?: boolean;
}) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('displayName')}
          label={t('accounts.displayName')}
          rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }]}
        >
          <Input maxLength={50} autoComplete="off" data-testid={`${testIdPrefix}-displayName`} />
        </Form.Item>
      </Col>
      {withUsername ? (
        <Col xs={24} md={12}>
          <Form.Item
            name={name('username')}
            label={t('accounts.username')}
            extra={t('accounts.usernameHint')}
            rules={[{ pattern: /^[\p{L}\p{N}._@-]{3,64}$/u, message: t('accounts.usernameFormat') }]}
          >
            <Input maxLength={64} autoComplete="off" data-testid={`${testIdPrefix}-username`} />
          </Form.Item>
        </Col>
      ) : null}
      <Col xs={24} md={12}>
        <Form.Item
          name={name('mobile')}
          label={t('accounts.mobile')}
          rules={[{ pattern: /^1\d{10}$/, message: t('accounts.mobileFormat') }]}
        >
          <Input maxLength={11} inputMode="numeric" autoComplete="off" data-testid={`${testIdPrefix}-mobile`} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('email')}
          label={t('accounts.email')}
          rules={[{ type: 'email', message: t('accounts.emailFormat') }]}
        >
          <Input maxLength={120} autoComplete="off" data-testid={`${testIdPrefix}-email`} />
        </Form.Item>
      </Col>
    </Row>
  );
}
