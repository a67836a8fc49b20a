/** The small dialogs of the account drawer: edit the contact details, disable with a reason, move to another organization. */
import { useEffect } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountDetail, Organization } from '../../../../../contracts/accounts';
import type { Role } from '../../../../../domain/access/roles';
import { errorText } from '../../../components/ErrorAlert';
import { useDisableAccount, useMoveAccount, useUpdateAccount } from '../api/accounts';
import { AccountFields, type AccountValues } from './AccountFields';

const okProps = (testId: string) => ({ 'data-testid': testId }) as Record<string, string>;
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);

export function EditAccountDialog({ account, onClose }: { account: AccountDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AccountValues>();
  const update = useUpdateAccount();
  return (
    <Modal
      open
      title={t('accounts.editAccount', { name: account.displayName })}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={update.isPending}
      okButtonProps={okProps('account-edit-submit')}
      destroyOnHidden
    >
      <Form<AccountValues>
        form={form}
        layout="vertical"
        // the list and detail carry masked contacts: the fields start empty and an empty field keeps the stored value
        initialValues={{ displayName: account.displayName }}
        onFinish={(values) =>
          update.mutate(
            {
              params: { id: account.id },
              body: {
                displayName: values.displayName.trim(),
                ...(values.mobile?.trim() ? { mobile: orNull(values.mobile) } : {}),
                ...(values.email?.trim() ? { email: orNull(values.email) } : {}),
              },
            },
            { onSuccess: onClose },
          )
        }
      >
        {update.isError ? (
          <Alert type="error" showIcon title={errorText(update.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Alert type="info" showIcon title={t('accounts.editHint')} style={{ marginBottom: 16 }} />
        <AccountFields testIdPrefix="edit" withUsername={false} />
      </Form>
    </Modal>
  );
}

export function DisableAccountDialog({ account, onClose }: { account: AccountDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  const disable = useDisableAccount();
  return (
    <Modal
      open
      title={t('accounts.disableTitle', { name: account.displayName })}
      okText={t('accounts.disable')}
      okButtonProps={{ danger: true, ...okProps('account-disable-submit') }}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={disable.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          disable.mutate(
            { params: { id: account.id }, body: { reason: values.reason?.trim() || undefined } },
            { onSuccess: onClose },
          )
        }
      >
        {disable.isError ? (
          <Alert type="error" showIcon title={errorText(disable.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Alert type="warning" showIcon title={t('accounts.disableText')} style={{ marginBottom: 16 }} />
        <Form.Item name="reason" label={t('accounts.reason')}>
          <Input.TextArea maxLength={200} rows={2} data-testid="account-disable-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface MoveValues {
  fromMembershipId: string;
  organizationId: string;
  role: Role;
  reason?: string;
}

export function MoveAccountDialog({
  account,
  organizations,
  onClose,
}: {
  account: AccountDetail;
  organizations: Organization[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveAccount();
  const organizationId = Form.useWatch('organizationId', form);
  const roles = organizations.find((o) => o.id === organizationId)?.grantableRoles ?? [];
  const current = account.memberships.filter((m) => m.endedAt === null);
  useEffect(() => {
    const role = form.getFieldValue('role') as Role | undefined;
    if (role && !roles.includes(role)) form.setFieldValue('role', undefined);
    if (roles.length === 1 && role !== roles[0]) form.setFieldValue('role', roles[0]);
  }, [roles, form]);
  return (
    <Modal
      open
      title={t('accounts.moveTitle', { name: account.displayName })}
      okText={t('accounts.move')}
      okButtonProps={okProps('account-move-submit')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={move.isPending}
      destroyOnHidden
    >
      <Form<MoveValues>
        form={form}
        layout="vertical"
        initialValues={{ fromMembershipId: current.length === 1 ? current[0]!.id : undefined }}
        onFinish={(values) =>
          move.mutate(
            { params: { id: account.id }, body: { ...values, reason: values.reason?.trim() || undefined } },
            { onSuccess: onClose },
          )
        }
      >
        {move.isError ? (
          <Alert type="error" showIcon title={errorText(move.error)} style={{ marginBottom: 16 }} />
        ) : null}
        <Form.Item
          name="fromMembershipId"
          label={t('accounts.moveFrom')}
          rules={[{ required: true, message: t('accounts.moveFromRequired') }]}
        >
          <Select
            options={current.map((m) => ({ value: m.id, label: `${m.organizationName} · ${t(`role.${m.role}`)}` }))}
            data-testid="account-move-from"
          />
        </Form.Item>
        <Form.Item
          name="organizationId"
          label={t('accounts.moveTo')}
          rules={[{ required: true, message: t('accounts.organizationRequired') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={organizations.map((o) => ({ value: o.id, label: o.name }))}
            data-testid="account-move-to"
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
            data-testid="account-move-role"
          />
        </Form.Item>
        <Form.Item name="reason" label={t('accounts.reason')} extra={t('accounts.moveHint')}>
          <Input.TextArea maxLength={200} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
