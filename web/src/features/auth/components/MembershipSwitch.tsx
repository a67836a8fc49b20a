/** The acting organization and role; a select when the user holds more than one membership. */
import { App, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Membership, Session } from '../../../../../contracts/auth';
import { errorText } from '../../../components/ErrorAlert';
import { useSwitchMembership } from '../../../lib/session';

interface Props {
  session: Session;
  membership: Membership;
  desktop: boolean;
}

export function MembershipSwitch({ session, membership, desktop }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const switcher = useSwitchMembership();
  const label = (m: Membership) => (desktop ? `${m.organizationName} · ${t(`role.${m.role}`)}` : t(`role.${m.role}`));

  if (session.memberships.length <= 1) {
    return (
      <Typography.Text
        data-testid="current-role"
        data-role={membership.role}
        ellipsis={{ tooltip: `${membership.organizationName} · ${t(`role.${membership.role}`)}` }}
        style={{ maxWidth: desktop ? 360 : 110 }}
      >
        {label(membership)}
      </Typography.Text>
    );
  }

  return (
    <span data-testid="current-role" data-role={membership.role}>
      <Select
        value={membership.id}
        loading={switcher.isPending}
        aria-label={t('auth.switchMembership')}
        style={{ width: desktop ? 300 : 120 }}
        popupMatchSelectWidth={false}
        options={session.memberships.map((m) => ({ value: m.id, label: label(m) }))}
        onChange={(membershipId: string) =>
          switcher.mutate(membershipId, {
            onSuccess: (next) => {
              const role = next.memberships.find((m) => m.id === next.activeMembershipId)?.role;
              if (role) void message.success(t('auth.switched', { role: t(`role.${role}`) }));
              void navigate('/');
            },
            onError: (error) => void message.error(errorText(error)),
          })
        }
      />
    </span>
  );
}
