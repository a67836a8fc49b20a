/** Route guard mirroring the server's deny-by-default: pages the role may not read show 403. */
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { roleHasPermission, type Permission } from '../../../domain/access/permissions.js';
import { activeMembership, useSession } from '../lib/session';

export function RequirePermission({ permission }: { permission: Permission }) {
  const { t } = useTranslation();
  const membership = activeMembership(useSession().data);
  if (membership && roleHasPermission(membership.role, permission)) return <Outlet />;
  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.subtitle')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
