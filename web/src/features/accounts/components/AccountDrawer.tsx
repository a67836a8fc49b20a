/**
 * One account: its contacts (masked), state, membership history (moves keep the ended memberships) and the actions
 * the server says the caller may take now (`allowed`): edit, invite again, disable / enable, move; for the security
 * administrator reset the password (link or temporary password), end the sessions, lift a lockout.
 */
import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Grid, Popconfirm, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { admin } from '../../../../../contracts/admin';
import type { AccountMembership, Organization } from '../../../../../contracts/accounts';
import { formatDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/api-query';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import {
  accountKeys,
  useAccount,
  useEnableAccount,
  useEndSessions,
  useInviteAccount,
  useResetPassword,
} from '../api/accounts';
import { AccountStatusTag } from './AccountStatusTag';
import { DisableAccountDialog, EditAccountDialog, MoveAccountDialog } from './AccountDialogs';
import type { IssuedSecret } from './ActivationLinkModal';

type Dialog = 'edit' | 'disable' | 'move' | null;

export function AccountDrawer({
  accountId,
  organizations,
  onClose,
  onIssued,
}: {
  accountId: string | null;
  organizations: Organization[];
  onClose: () => void;
  onIssued: (issued: IssuedSecret) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const wide = Grid.useBreakpoint().md ?? true;
  const account = useAccount(accountId ?? undefined);
  const [dialog, setDialog] = useState<Dialog>(null);
  const invite = useInviteAccount();
  const enable = useEnableAccount();
  const reset = useResetPassword();
  const endSessions = useEndSessions();
  const unlock = useApiMutation(admin.unlock, { invalidates: [accountKeys.all] });
  const a = account.data;
  const failed = (e: unknown) => void message.error(errorText(e));

  const actions = a ? (
    <Flex gap={8} wrap data-testid="account-actions">
      {a.allowed.edit ? (
        <Button onClick={() => setDialog('edit')} data-testid="account-edit">
          {t('common.edit')}
        </Button>
      ) : null}
      {a.allowed.invite ? (
        <Button
          loading={invite.isPending}
          data-testid="account-invite"
          onClick={() =>
            invite.mutate(
              { params: { id: a.id } },
              { onSuccess: (invitation) => onIssued({ displayName: a.displayName, invitation }), onError: failed },
            )
          }
        >
          {t('accounts.invite')}
        </Button>
      ) : null}
      {a.allowed.move ? (
        <Button onClick={() => setDialog('move')} data-testid="account-move">
          {t('accounts.move')}
        </Button>
      ) : null}
      {a.allowed.enable ? (
        <Button
          loading={enable.isPending}
          data-testid="account-enable"
          onClick={() =>
            enable.mutate(
              { params: { id: a.id } },
              { onSuccess: () => void message.success(t('accounts.enabled')), onError: failed },
            )
          }
        >
          {t('accounts.enable')}
        </Button>
      ) : null}
      {a.allowed.disable ? (
        <Button danger onClick={() => setDialog('disable')} data-testid="account-disable">
          {t('accounts.disable')}
        </Button>
      ) : null}
      {a.allowed.resetPassword
        ? (['link', 'temporary'] as const).map((mode) => (
            <Popconfirm
              key={mode}
              title={t(`accounts.resetConfirm_${mode}`)}
              description={t('accounts.resetConfirmText')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                reset.mutate(
                  { params: { id: a.id }, body: { mode } },
                  {
                    onSuccess: (answer) =>
                      onIssued({
                        displayName: a.displayName,
                        invitation: answer.invitation,
                        temporaryPassword: answer.temporaryPassword,
                      }),
                    onError: failed,
                  },
                )
              }
            >
              <Button
                loading={reset.isPending && reset.variables?.body.mode === mode}
                data-testid={`account-reset-${mode}`}
              >
                {t(`accounts.reset_${mode}`)}
              </Button>
            </Popconfirm>
          ))
        : null}
      {a.allowed.endSessions ? (
        <Popconfirm
          title={t('accounts.endSessionsConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            endSessions.mutate(
              { params: { id: a.id } },
              {
                onSuccess: (answer) => void message.success(t('accounts.sessionsEnded', { count: answer.ended })),
                onError: failed,
              },
            )
          }
        >
          <Button loading={endSessions.isPending} data-testid="account-end-sessions">
            {t('accounts.endSessions')}
          </Button>
        </Popconfirm>
      ) : null}
      {a.allowed.unlock ? (
        <Button
          loading={unlock.isPending}
          data-testid="account-unlock"
          onClick={() =>
            unlock.mutate(
              { params: { id: a.id } },
              { onSuccess: () => void message.success(t('users.unlocked', { name: a.displayName })), onError: failed },
            )
          }
        >
          {t('users.unlock')}
        </Button>
      ) : null}
    </Flex>
  ) : null;

  return (
    <Drawer
      open={accountId !== null}
      onClose={onClose}
      size={wide ? 640 : 'default'}
      title={
        a ? (
          <>
            {a.displayName}（<span data-user-text="">{a.username}</span>）
          </>
        ) : (
          t('accounts.account')
        )
      }
      destroyOnHidden
      data-testid="account-drawer"
    >
      {account.isError ? <ErrorAlert error={account.error} onRetry={() => void account.refetch()} /> : null}
      {account.isPending && accountId ? <FullPageSpin /> : null}
      {a ? (
        <Flex vertical gap={16}>
          {actions}
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              { key: 'username', label: t('accounts.username'), children: <span data-user-text="">{a.username}</span> },
              { key: 'displayName', label: t('accounts.displayName'), children: a.displayName },
              { key: 'mobile', label: t('accounts.mobile'), children: a.mobile ?? '—' },
              { key: 'email', label: t('accounts.email'), children: a.email ?? '—' },
              { key: 'status', label: t('accounts.status'), children: <AccountStatusTag account={a} /> },
              ...(a.invitationExpiresAt
                ? [
                    {
                      key: 'invitation',
                      label: t('accounts.invitation'),
                      children: t('accounts.invitationOpen', { at: formatDateTime(a.invitationExpiresAt) }),
                    },
                  ]
                : []),
              ...(a.mustChangePassword
                ? [{ key: 'must', label: t('accounts.password'), children: t('accounts.mustChangePassword') }]
                : []),
              { key: 'created', label: t('accounts.createdAt'), children: formatDateTime(a.createdAt) },
            ]}
          />
          <div>
            <Typography.Title level={5}>{t('accounts.history')}</Typography.Title>
            <Table<AccountMembership>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={a.history}
              scroll={{ x: 520 }}
              data-testid="account-history"
              columns={[
                { title: t('accounts.organization'), dataIndex: 'organizationName' },
                { title: t('accounts.role'), dataIndex: 'role', render: (r: string) => t(`role.${r}`) },
                {
                  title: t('accounts.period'),
                  key: 'period',
                  render: (_v, m) => (
                    <span>
                      {formatDateTime(m.startedAt)} –{' '}
                      {m.endedAt ? formatDateTime(m.endedAt) : <Tag color="green">{t('accounts.current')}</Tag>}
                    </span>
                  ),
                },
              ]}
            />
          </div>
        </Flex>
      ) : null}
      {a && dialog === 'edit' ? <EditAccountDialog account={a} onClose={() => setDialog(null)} /> : null}
      {a && dialog === 'disable' ? <DisableAccountDialog account={a} onClose={() => setDialog(null)} /> : null}
      {a && dialog === 'move' ? (
        <MoveAccountDialog account={a} organizations={organizations} onClose={() => setDialog(null)} />
      ) : null}
    </Drawer>
  );
}
