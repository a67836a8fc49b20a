/**
 * On a selected enterprise's file, for the bureau: the account of the contact named in the application (made when the
 * bureau selected it), its state, and its activation link issued (again) to pass on (enterprise onboarding).
 */
import { useState } from 'react';
import { App, Button, Card, Descriptions } from 'antd';
import { MailOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { useEnterpriseAccount, useInviteEnterprise } from '../api/accounts';
import { AccountStatusTag } from './AccountStatusTag';
import { ActivationLinkModal, type IssuedSecret } from './ActivationLinkModal';

export function EnterpriseAccountCard({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const account = useEnterpriseAccount(participationId, true);
  const invite = useInviteEnterprise();
  const [issued, setIssued] = useState<IssuedSecret | null>(null);
  const data = account.data;
  const activated = data?.account?.status === 'active';

  return (
    <Card
      size="small"
      title={t('accounts.enterpriseAccount')}
      data-testid="enterprise-account"
      data-status={data?.account?.status ?? 'none'}
      extra={
        data && !activated && data.account?.status !== 'disabled' ? (
          <Button
            icon={<MailOutlined />}
            loading={invite.isPending}
            data-testid="enterprise-invite"
            onClick={() =>
              invite.mutate(
                { params: { id: participationId } },
                {
                  onSuccess: (invitation) =>
                    setIssued({ displayName: data.contactName ?? data.enterpriseName, invitation }),
                  onError: (e) => void message.error(errorText(e)),
                },
              )
            }
          >
            {data.account ? t('accounts.inviteAgain') : t('accounts.openEnterpriseAccount')}
          </Button>
        ) : null
      }
    >
      {account.isError ? <ErrorAlert error={account.error} onRetry={() => void account.refetch()} /> : null}
      {data ? (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'contact', label: t('accounts.contactName'), children: data.contactName ?? '—' },
            { key: 'phone', label: t('accounts.mobile'), children: data.contactPhone ?? '—' },
            {
              key: 'username',
              label: t('accounts.username'),
              children: (
                <span data-testid="enterprise-account-username" data-user-text="">
                  {data.account?.username ?? '—'}
                </span>
              ),
            },
            {
              key: 'status',
              label: t('accounts.status'),
              children: data.account ? (
                <AccountStatusTag account={{ status: data.account.status, lockedUntil: null }} />
              ) : (
                t('accounts.noAccountYet')
              ),
            },
            ...(data.invitationExpiresAt
              ? [
                  {
                    key: 'invitation',
                    label: t('accounts.invitation'),
                    children: t('accounts.invitationOpen', { at: formatDateTime(data.invitationExpiresAt) }),
                  },
                ]
              : []),
          ]}
        />
      ) : null}
      <ActivationLinkModal issued={issued} onClose={() => setIssued(null)} />
    </Card>
  );
}
