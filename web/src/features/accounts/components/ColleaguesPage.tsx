/**
 * /colleagues — an enterprise contact's colleagues in the enterprise's own accounts (e.g. its quality manager, the
 * legal representative who signs B.1): add one (its activation link is shown to pass on), open one to manage it.
 */
import { useState } from 'react';
import { Button, List, Typography } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { accounts, type AccountListItem } from '../../../../../contracts/accounts';
import { activeMembership, useMayCall, useSession } from '../../../lib/session';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useAccounts, useOrganizations } from '../api/accounts';
import { AccountStatusTag } from './AccountStatusTag';
import { AccountDrawer } from './AccountDrawer';
import { CreateAccountDialog } from './CreateAccountDialog';
import { ActivationLinkModal, type IssuedSecret } from './ActivationLinkModal';

export default function ColleaguesPage() {
  const { t } = useTranslation();
  const membership = activeMembership(useSession().data);
  const organizationId = membership?.organizationId;
  const list = useAccounts({ page: 1, pageSize: 100, organizationId });
  const organizations = useOrganizations({ page: 1, pageSize: 100 });
  const own = (organizations.data?.items ?? []).filter((o) => o.id === organizationId && o.grantableRoles.length > 0);
  const canAdd = useMayCall(accounts.create) && own.length > 0;
  const [adding, setAdding] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [issued, setIssued] = useState<IssuedSecret | null>(null);

  return (
    <PageShell
      title={t('accounts.colleaguesTitle')}
      subtitle={<Typography.Text type="secondary">{membership?.organizationName}</Typography.Text>}
      extra={
        canAdd ? (
          <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="colleague-add">
            {t('accounts.addColleague')}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('accounts.colleaguesIntro')}
      </Typography.Paragraph>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <List<AccountListItem>
        bordered
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        data-testid="colleagues"
        renderItem={(u) => (
          <List.Item
            data-testid={`colleague-${u.username}`}
            actions={[
              <Button key="open" size="small" onClick={() => setOpenId(u.id)}>
                {t('accounts.manage')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={u.displayName}
              description={
                <>
                  <span data-user-text="">{u.username}</span>
                  {u.mobile ? ` · ${u.mobile}` : ''}
                </>
              }
            />
            <AccountStatusTag account={u} />
          </List.Item>
        )}
      />
      {canAdd ? (
        <CreateAccountDialog
          organizations={own}
          fixedOrganizationId={organizationId}
          open={adding}
          onClose={() => setAdding(false)}
          onCreated={(created, displayName) => {
            setAdding(false);
            setIssued({ displayName, invitation: created.invitation });
          }}
        />
      ) : null}
      <AccountDrawer accountId={openId} organizations={own} onClose={() => setOpenId(null)} onIssued={setIssued} />
      <ActivationLinkModal issued={issued} onClose={() => setIssued(null)} />
    </PageShell>
  );
}
