/** The header bell: the unread count (polled) opening the notification list. */
import { useState } from 'react';
import { Badge, Button, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../../domain/access/roles.js';
import { notifications } from '../../../../../contracts/notifications';
import { mayCall } from '../../../lib/session';
import { useUnreadNotifications } from '../api/notifications';
import { NotificationList } from './NotificationList';

export function NotificationBell({ role }: { role: Role }) {
  const { t } = useTranslation();
  const allowed = mayCall(role, notifications.list);
  const unread = useUnreadNotifications(allowed);
  const [open, setOpen] = useState(false);
  if (!allowed) return null;
  const count = unread.data?.unread ?? 0;

  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      placement="bottomRight"
      title={<Typography.Text strong>{t('notification.title')}</Typography.Text>}
      content={
        <div style={{ width: 'min(360px, calc(100vw - 32px))' }}>
          {open ? <NotificationList onNavigate={() => setOpen(false)} /> : null}
        </div>
      }
    >
      <Button
        type="text"
        aria-label={t('notification.bell', { count })}
        title={t('notification.title')}
        data-testid="notifications-bell"
        data-unread={count}
      >
        <Badge count={count} size="small" overflowCount={99}>
          <BellOutlined style={{ fontSize: 18 }} />
        </Badge>
      </Button>
    </Popover>
  );
}
