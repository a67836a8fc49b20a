/**
 * /users — the accounts of the organizations the caller manages (its own and the level below), searched and filtered
 * by organization, role, region and status (in the URL); mobile and email masked (ADR 0008). New accounts get an
 * activation link shown to pass on; a row opens the account with the actions the caller may take.
 */
import { useState } from 'react';
import { Button, Flex, Input, Select, Table, Tag } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  ACCOUNT_STATUSES,
  accounts,
  type AccountListItem,
  type AccountStatus,
} from '../../../../../contracts/accounts';
import { ROLES, type Role } from '../../../../../domain/access/roles';
import { useMayCall } from '../../../lib/session';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RegionCascader } from '../../../components/regions/RegionCascader';
import { useAbilities, useAccounts, useOrganizations, type AccountQuery } from '../api/accounts';
import { AccountStatusTag } from './AccountStatusTag';
import { AccountDrawer } from './AccountDrawer';
import { CreateAccountDialog } from './CreateAccountDialog';
import { ActivationLinkModal, type IssuedSecret } from './ActivationLinkModal';

const FILTERS = ['q', 'organizationId', 'role', 'regionCode', 'status'] as const;

function readQuery(search: URLSearchParams): AccountQuery {
  const role = search.get('role');
  const status = search.get('status');
  return {
    page: Math.max(1, Number(search.get('page')) || 1),
    pageSize: Math.min(100, Math.max(1, Number(search.get('pageSize')) || 20)),
    q: search.get('q') || undefined,
    organizationId: search.get('organizationId') || undefined,
    role: role && (ROLES as ReadonlyArray<string>).includes(role) ? (role as Role) : undefined,
    regionCode: search.get('regionCode') || undefined,
    status:
      status && (ACCOUNT_STATUSES as ReadonlyArray<string>).includes(status) ? (status as AccountStatus) : undefined,
  };
}

export default function UsersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const query = readQuery(search);
  const list = useAccounts(query);
  const abilities = useAbilities();
  const organizations = useOrganizations({ page: 1, pageSize: 100 });
  const grantable = (organizations.data?.items ?? []).filter((o) => o.grantableRoles.length > 0);
  const canCreate = useMayCall(accounts.create) && Boolean(abilities.data?.manageAccounts) && grantable.length > 0;
  const canImport = useMayCall(accounts.import) && Boolean(abilities.data?.bulkImport);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);

  const update = (
    patch: Partial<Record<(typeof FILTERS)[number] | 'page' | 'pageSize', string | number | undefined>>,
  ) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === '') next.delete(key);
      else next.set(key, String(value));
    }
    setSearch(next);
  };
  const filter = (key: (typeof FILTERS)[number], value: string | undefined) =>
    update({ [key]: value, page: undefined });

  return (
    <PageShell
      title={t('users.title')}
      extra={
        <>
          {canImport ? (
            <Button icon={<UploadOutlined />} onClick={() => void navigate('/users/import')} data-testid="user-import">
              {t('accounts.bulkImport')}
            </Button>
          ) : null}
          {canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
              {t('accounts.createAccount')}
            </Button>
          ) : null}
        </>
      }
    >
      <Flex gap={8} wrap data-testid="users-filters">
        <Input.Search
          key={query.q ?? ''}
          allowClear
          defaultValue={query.q}
          placeholder={t('accounts.searchPlaceholder')}
          onSearch={(v) => filter('q', v.trim() || undefined)}
          style={{ width: 240, maxWidth: '100%' }}
          data-testid="users-search"
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('accounts.organization')}
          value={query.organizationId}
          onChange={(v: string | undefined) => filter('organizationId', v)}
          options={(organizations.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
          style={{ width: 220, maxWidth: '100%' }}
          data-testid="users-filter-organization"
        />
        <Select<Role>
          allowClear
          placeholder={t('accounts.role')}
          value={query.role}
          onChange={(v) => filter('role', v)}
          options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          style={{ width: 170 }}
          data-testid="users-filter-role"
        />
        <RegionCascader
          value={query.regionCode}
          onChange={(code) => filter('regionCode', code)}
          style={{ width: 220, maxWidth: '100%' }}
          testId="users-filter-region"
          placeholder={t('accounts.region')}
        />
        <Select<AccountStatus>
          allowClear
          placeholder={t('accounts.status')}
          value={query.status}
          onChange={(v) => filter('status', v)}
          options={ACCOUNT_STATUSES.map((s) => ({ value: s, label: t(`accounts.status_${s}`) }))}
          style={{ width: 130 }}
          data-testid="users-filter-status"
        />
        <Button onClick={() => setSearch({})}>{t('common.reset')}</Button>
      </Flex>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <div data-testid="users-table">
        <Table<AccountListItem>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          scroll={{ x: 1000 }}
          onRow={(u) =>
            ({
              'data-username': u.username,
              'data-testid': `user-row-${u.username}`,
              onClick: () => setOpenId(u.id),
              style: { cursor: 'pointer' },
            }) as React.HTMLAttributes<HTMLElement>
          }
          pagination={{
            current: Number(query.page),
            pageSize: Number(query.pageSize),
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('common.total', { total }),
            onChange: (page, pageSize) =>
              update({ page: page === 1 ? undefined : page, pageSize: pageSize === 20 ? undefined : pageSize }),
          }}
          columns={[
            {
              title: t('accounts.username'),
              dataIndex: 'username',
              width: 140,
              fixed: 'left',
              // a name the person chose: data, not an identifier of ours
              render: (v: string) => <span data-user-text="">{v}</span>,
            },
            { title: t('accounts.displayName'), dataIndex: 'displayName', width: 120 },
            { title: t('accounts.mobile'), dataIndex: 'mobile', width: 130, render: (v: string | null) => v ?? '—' },
            {
              title: t('users.memberships'),
              dataIndex: 'memberships',
              render: (ms: AccountListItem['memberships']) => (
                <Flex wrap gap={4}>
                  {ms.map((m) => (
                    <Tag key={m.id}>
                      {m.organizationName} · {t(`role.${m.role}`)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            {
              title: t('accounts.status'),
              key: 'status',
              width: 190,
              render: (_v, u) => <AccountStatusTag account={u} />,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 90,
              render: (_v, u) => (
                <Button size="small" onClick={() => setOpenId(u.id)} data-testid={`user-manage-${u.username}`}>
                  {t('accounts.manage')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      {canCreate ? (
        <CreateAccountDialog
          organizations={grantable}
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(created, displayName) => {
            setCreating(false);
            setIssued({ displayName, invitation: created.invitation });
          }}
        />
      ) : null}
      <AccountDrawer
        accountId={openId}
        organizations={grantable}
        onClose={() => setOpenId(null)}
        onIssued={setIssued}
      />
      <ActivationLinkModal issued={issued} onClose={() => setIssued(null)} />
    </PageShell>
  );
}
