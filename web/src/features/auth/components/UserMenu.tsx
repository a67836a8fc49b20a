/** The signed-in user's menu: change password and sign out. */
import { Button, Dropdown } from 'antd';
import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Session } from '../../../../../contracts/auth';
import { useConfirmedLogout } from '../api/use-confirmed-logout';

export function UserMenu({ session, desktop }: { session: Session; desktop: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useConfirmedLogout();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'password', icon: <KeyOutlined />, label: t('auth.changePassword') },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: t('auth.logout'), danger: true },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/account/password');
          if (key === 'logout') logout.signOut();
        },
      }}
    >
      <Button type="text" icon={<UserOutlined />} data-testid="user-menu" aria-label={session.user.displayName}>
        {desktop ? session.user.displayName : null}
      </Button>
    </Dropdown>
  );
}
