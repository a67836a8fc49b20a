/**
 * A new account in an organization the caller manages, with a role the caller may grant there (the server's
 * `grantableRoles`); the answer carries the activation link to pass on.
 */
import { useEffect } from 'react';
import { Alert, Form, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountCreated, Organization } from '../../../../../contracts/accounts';
import type { Role } from '../../../../../domain/access/roles';
import { errorText } from '../../../components/ErrorAlert';
import { useCreateAccount } from '../api/accounts';
import { AccountFields, cleanAccount, type AccountValues } from './AccountFields';

interface Values extends AccountValues {
  organizationId: string;
  role: Role;
}

export function CreateAccountDialog({
  organizations,
  fixedOrganizationId,
  open,
  onClose,
  onCreated,
}: {
  /** Organizations where the caller may grant at least one role. */
  organizations: Organization[];
  /** The colleagues page: always the caller's own enterprise. */
  fixedOrganizationId?: string;
  open: boolean;
  onClose: () => void;
  onCreated: (created: AccountCreated, displayName: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const organizationId = Form.useWatch('organizationId', form);
  const organization = organizations.find((o) => o.id === organizationId);
  const roles = organization?.grantableRoles ?? [];

  // one organization (a body's administrator, an enterprise contact): chosen already; one role: chosen too
  useEffect(() => {
    if (!open) return;
    const only = fixedOrganizationId ?? (organizations.length === 1 ? organizations[0]!.id : undefined);
    if (only && !form.getFieldValue('organizationId')) form.setFieldValue('organizationId', only);
  }, [open, organizations, fixedOrganizationId, form]);
  useEffect(() => {
    const current = form.getFieldValue('role') as Role | undefined;
    if (current && !roles.includes(current)) form.setFieldValue('role', undefined);
    if (roles.length === 1 && current !== roles[0]) form.setFieldValue('role', roles[0]);
  }, [roles, form]);

  const submit = (values: Values) => {
    const account = cleanAccount(values);
    create.mutate(
      { body: { ...account, organizationId: values.organizationId, role: values.role } },
      {
        onSuccess: (created) => {
          form.resetFields();
          onCreated(created, account.displayName);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('accounts.createAccount')}
      okText={t('accounts.createAndInvite')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'user-submit' } as Record<string, string>}
      width={640}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} disabled={create.isPending}>
        {create.isError ? (
          <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="organizationId"
          label={t('accounts.organization')}
          rules={[{ required: true, message: t('accounts.organizationRequired') }]}
          hidden={Boolean(fixedOrganizationId)}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="user-organization"
          />
        </Form.Item>
        <Form.Item
          name="role"
          label={t('accounts.role')}
          rules={[{ required: true, message: t('accounts.roleRequired') }]}
        >
          <Select
            disabled={roles.length === 0}
            options={roles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            data-testid="user-role"
          />
        </Form.Item>
        <AccountFields testIdPrefix="user" />
      </Form>
    </Modal>
  );
}
