/** Accounts with memberships and lock state; the security admin can lift a lockout. */
import { App, Button, Flex, Table, Tag } from 'antd';
import { UnlockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { admin, type AdminUser } from '../../../../../contracts/admin';
import { formatDateTime } from '../../../lib/format';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { useMayCall } from '../../../lib/session';
import { useUnlockUser, useUsers } from '../api/admin';

export default function UsersPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const users = useUsers();
  const unlock = useUnlockUser();
  const canUnlock = useMayCall(admin.unlock);

  return (
    <PageShell title={t('users.title')}>
      {users.isError ? <ErrorAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
      <div data-testid="users-table">
        <Table<AdminUser>
          rowKey="id"
          size="middle"
          loading={users.isFetching}
          dataSource={users.data ?? []}
          scroll={{ x: 1000 }}
          pagination={{
            defaultPageSize: 50,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          columns={[
            { title: t('users.username'), dataIndex: 'username', width: 130, fixed: 'left' },
            { title: t('users.displayName'), dataIndex: 'displayName', width: 160 },
            { title: t('users.phone'), dataIndex: 'phone', width: 130, render: (v: string | null) => v ?? '—' },
            {
              title: t('users.memberships'),
              dataIndex: 'memberships',
              render: (ms: AdminUser['memberships']) => (
                <Flex wrap gap={4}>
                  {ms.map((m) => (
                    <Tag key={`${m.role}-${m.organizationName}`}>
                      {m.organizationName} · {t(`role.${m.role}`, { defaultValue: m.role })}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              title: t('users.status'),
              key: 'status',
              width: 200,
              render: (_v, u) =>
                u.disabled ? (
                  <Tag color="default">{t('users.disabled')}</Tag>
                ) : u.lockedUntil ? (
                  <Tag color="red">{t('users.locked', { until: formatDateTime(u.lockedUntil) })}</Tag>
                ) : (
                  <Tag color="green">{t('users.active')}</Tag>
                ),
            },
            ...(canUnlock
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 130,
                    render: (_v: unknown, u: AdminUser) =>
                      u.lockedUntil ? (
                        <Button
                          size="small"
                          icon={<UnlockOutlined />}
                          loading={unlock.isPending && unlock.variables?.params.id === u.id}
                          data-testid={`unlock-${u.username}`}
                          onClick={() =>
                            unlock.mutate(
                              { params: { id: u.id } },
                              {
                                onSuccess: () => void message.success(t('users.unlocked', { name: u.displayName })),
                                onError: (e) => void message.error(errorText(e)),
                              },
                            )
                          }
                        >
                          {t('users.unlock')}
                        </Button>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </div>
    </PageShell>
  );
}
