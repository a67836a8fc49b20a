/** Product name, acting organization and role, language switch and the user's menu. */
import { Button, Typography } from 'antd';
import { LogoutOutlined, MenuOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Membership, Session } from '../../../contracts/auth';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { MembershipSwitch } from '../features/auth/components/MembershipSwitch';
import { UserMenu } from '../features/auth/components/UserMenu';
import { useConfirmedLogout } from '../features/auth/api/use-confirmed-logout';
import { NotificationBell } from '../features/notifications/components/NotificationBell';

interface HeaderBarProps {
  session: Session;
  membership: Membership;
  desktop: boolean;
  onOpenMenu: () => void;
}

export function HeaderBar({ session, membership, desktop, onOpenMenu }: HeaderBarProps) {
  const { t } = useTranslation();
  const logout = useConfirmedLogout();
  return (
    <div className="uplift-header">
      {desktop ? null : (
        <Button
          type="text"
          icon={<MenuOutlined />}
          aria-label={t('nav.menu')}
          onClick={onOpenMenu}
          data-testid="nav-toggle"
        />
      )}
      <Typography.Text className="uplift-header-title" title={t('app.fullName')}>
        {desktop ? t('app.name') : 'Uplift'}
      </Typography.Text>
      <div className="uplift-header-spacer" />
      <MembershipSwitch session={session} membership={membership} desktop={desktop} />
      <NotificationBell role={membership.role} />
      <LanguageSwitch compact={!desktop} />
      <UserMenu session={session} desktop={desktop} />
      <Button
        type="text"
        icon={<LogoutOutlined />}
        loading={logout.isPending}
        onClick={logout.signOut}
        data-testid="logout"
        aria-label={t('auth.logout')}
        title={t('auth.logout')}
      >
        {desktop ? t('auth.logout') : null}
      </Button>
    </div>
  );
}
