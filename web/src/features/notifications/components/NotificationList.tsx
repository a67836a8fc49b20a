/**
 * The organization's notifications, newest first, each naming its action, enterprise and campaign;
 * opening one marks it read and shows the enterprise's file (or the campaign).
 */
import { Badge, Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationItem } from '../../../../../contracts/notifications';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useMarkRead, useNotifications } from '../api/notifications';

function reasonOf(n: NotificationItem): string | null {
  const reason = n.params.reason;
  return typeof reason === 'string' && reason.trim() ? reason : null;
}

/** A reminder's date (the deadline it is about). */
function dueOf(n: NotificationItem): string | null {
  const due = n.params.dueOn;
  return typeof due === 'string' ? due : null;
}

function targetOf(n: NotificationItem): string | null {
  if (n.participationId) return `/participations/${n.participationId}`;
  if (n.campaignId) return `/campaigns/${n.campaignId}`;
  return null;
}

export function NotificationList({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useNotifications(true);
  const markRead = useMarkRead();

  const open = (n: NotificationItem) => {
    if (!n.read) markRead.mutate({ params: { id: n.id } });
    const to = targetOf(n);
    if (to) {
      onNavigate();
      void navigate(to);
    }
  };

  if (list.isPending) return <FullPageSpin />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.data.items.length === 0)
    return <Empty description={t('notification.none')} image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  return (
    <List
      size="small"
      dataSource={list.data.items}
      style={{ maxHeight: 420, overflowY: 'auto' }}
      data-testid="notification-list"
      renderItem={(n) => {
        const reason = reasonOf(n);
        return (
          <List.Item
            key={n.id}
            onClick={() => open(n)}
            style={{ cursor: 'pointer', background: n.read ? undefined : '#f0f6ff', paddingInline: 8 }}
            data-testid="notification-item"
            data-id={n.id}
            data-kind={n.kind}
            data-read={String(n.read)}
          >
            <div style={{ minWidth: 0, width: '100%' }}>
              <div>
                <Badge status={n.read ? 'default' : 'processing'} style={{ marginInlineEnd: 6 }} />
                <Typography.Text strong={!n.read}>
                  {t(`notification.kind.${n.kind}`, { defaultValue: t('notification.kind.other') })}
                </Typography.Text>
              </div>
              {n.enterpriseName || n.campaignName ? (
                <div style={{ marginTop: 2 }} data-testid="notification-subject">
                  {n.enterpriseName ? <Typography.Text>{n.enterpriseName}</Typography.Text> : null}
                  {n.campaignName ? (
                    <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                      {n.campaignName}
                    </Typography.Text>
                  ) : null}
                </div>
              ) : null}
              {dueOf(n) ? (
                <Typography.Text style={{ display: 'block', fontSize: 12 }} data-testid="notification-due">
                  {t('notification.dueOn', { date: dueOf(n) })}
                </Typography.Text>
              ) : null}
              {reason ? (
                <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0' }} ellipsis={{ rows: 2 }}>
                  {t('participation.reasonValue', { reason })}
                </Typography.Paragraph>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                {formatDateTime(n.createdAt)}
              </Typography.Text>
              {targetOf(n) ? (
                <Typography.Link
                  href={targetOf(n)!}
                  onClick={(e) => {
                    e.preventDefault();
                    e.stopPropagation();
                    open(n);
                  }}
                  style={{ fontSize: 12 }}
                  data-testid="notification-link"
                >
                  {n.participationId ? t('notification.open') : t('notification.openCampaign')}
                </Typography.Link>
              ) : null}
            </div>
          </List.Item>
        );
      }}
    />
  );
}
