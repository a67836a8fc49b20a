/**
 * Where the draft stands: saved on the server, changed here (kept on this device), offline (kept
 * on this device, sent when back online), syncing, or waiting for conflicts to be decided.
 * Test id `survey-sync-status` with `data-state`.
 */
import { Button, Flex, Progress, Tag, Typography } from 'antd';
import {
  CloudSyncOutlined,
  CloudUploadOutlined,
  CheckCircleOutlined,
  DisconnectOutlined,
  EditOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { SyncState } from '../../../lib/survey-draft';

const LOOK: Record<SyncState, { color: string; icon: ReactNode }> = {
  saved: { color: 'green', icon: <CheckCircleOutlined /> },
  dirty: { color: 'blue', icon: <EditOutlined /> },
  offline: { color: 'orange', icon: <DisconnectOutlined /> },
  syncing: { color: 'processing', icon: <CloudSyncOutlined spin /> },
  conflict: { color: 'red', icon: <WarningOutlined /> },
};

interface Props {
  state: SyncState;
  editable: boolean;
  answered: number;
  total: number;
  lastSavedAt: string | null;
  pendingPhotos: number;
  blocked: boolean;
  onSyncNow: () => void;
}

export function SyncStatus({
  state,
  editable,
  answered,
  total,
  lastSavedAt,
  pendingPhotos,
  blocked,
  onSyncNow,
}: Props) {
  const { t } = useTranslation();
  const look = LOOK[state];
  const text =
    state === 'saved'
      ? lastSavedAt
        ? t('survey.sync.saved', { at: formatDateTime(lastSavedAt) })
        : t('survey.sync.clean')
      : state === 'dirty'
        ? blocked
          ? t('survey.sync.blocked')
          : t('survey.sync.dirty')
        : t(`survey.sync.${state}`);
  return (
    <Flex
      vertical
      gap={4}
      style={{
        position: 'sticky',
        top: 0,
        zIndex: 20,
        background: '#fff',
        border: '1px solid #e8ecf1',
        borderRadius: 8,
        padding: '8px 12px',
      }}
    >
      <Flex gap={8} align="center" wrap justify="space-between">
        {editable ? (
          <Tag
            color={look.color}
            icon={look.icon}
            data-testid="survey-sync-status"
            data-state={state}
            style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}
          >
            {text}
          </Tag>
        ) : (
          <Tag data-testid="survey-sync-status" data-state="saved" style={{ marginInlineEnd: 0 }}>
            {t('survey.readOnly')}
          </Tag>
        )}
        {editable && (state === 'dirty' || (state === 'offline' && navigator.onLine)) && !blocked ? (
          <Button size="small" icon={<CloudUploadOutlined />} onClick={onSyncNow} data-testid="survey-sync-now">
            {t('survey.syncNow')}
          </Button>
        ) : null}
      </Flex>
      {pendingPhotos > 0 ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }} data-testid="survey-pending-photos">
          {t('survey.pendingPhotos', { count: pendingPhotos })}
        </Typography.Text>
      ) : null}
      <Flex gap={8} align="center">
        <Typography.Text
          type="secondary"
          style={{ fontSize: 12, whiteSpace: 'nowrap' }}
          data-testid="survey-progress"
          data-answered={answered}
          data-total={total}
        >
          {t('survey.progress', { answered, total })}
        </Typography.Text>
        <Progress
          percent={total ? Math.round((answered / total) * 100) : 0}
          size="small"
          showInfo={false}
          style={{ margin: 0, flex: 1 }}
        />
      </Flex>
    </Flex>
  );
}
