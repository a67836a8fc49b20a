/**
 * The lifecycle timeline (一企一档): the 12 main stages with status, date, actor and role; a side
 * exit (rejected / withdrawn) comes last with its reason. Entries come from the server, built by
 * domain/lifecycle/timeline.ts.
 */
import type { ReactNode } from 'react';
import { Card, Flex, Tag, Timeline, Typography } from 'antd';
import {
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleFilled,
  MinusCircleOutlined,
  StopOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TimelineStatus } from '../../../../../domain/lifecycle/timeline.js';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { formatDateTime } from '../../../lib/format';

type Entry = ParticipationDetail['timeline'][number];

const SIDE_EXITS = new Set(['rejected', 'withdrawn']);

function look(entry: Entry): { color: string; icon: ReactNode; tag: string } {
  if (SIDE_EXITS.has(entry.stage))
    return { color: 'red', icon: <CloseCircleFilled style={{ color: '#cf1322' }} />, tag: 'red' };
  const byStatus: Record<TimelineStatus, { color: string; icon: ReactNode; tag: string }> = {
    done: { color: 'green', icon: <CheckCircleFilled style={{ color: '#389e0d' }} />, tag: 'success' },
    current: { color: 'blue', icon: <SyncOutlined style={{ color: '#1f5fbf' }} />, tag: 'processing' },
    pending: { color: 'gray', icon: <ClockCircleOutlined style={{ color: '#8c8c8c' }} />, tag: 'default' },
    skipped: { color: 'gray', icon: <MinusCircleOutlined style={{ color: '#8c8c8c' }} />, tag: 'default' },
    not_reached: { color: 'gray', icon: <StopOutlined style={{ color: '#bfbfbf' }} />, tag: 'default' },
  };
  return byStatus[entry.status];
}

function EntryContent({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const { tag } = look(entry);
  const muted = entry.status === 'pending' || entry.status === 'not_reached' || entry.status === 'skipped';
  return (
    <div data-testid={`timeline-stage-${entry.stage}`} data-status={entry.status}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong type={muted ? 'secondary' : undefined}>
          {t(`stage.${entry.stage}`)}
        </Typography.Text>
        <Tag color={tag}>{t(`timelineStatus.${entry.status}`)}</Tag>
      </Flex>
      {entry.enteredAt || entry.actorName ? (
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {[
            entry.enteredAt ? formatDateTime(entry.enteredAt) : null,
            entry.actorName,
            entry.actorRole ? t(`role.${entry.actorRole}`, { defaultValue: entry.actorRole }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      ) : null}
      {entry.reason ? (
        <div>
          <Typography.Text type={SIDE_EXITS.has(entry.stage) ? 'danger' : 'secondary'} style={{ fontSize: 13 }}>
            {t('participation.reasonValue', { reason: entry.reason })}
          </Typography.Text>
        </div>
      ) : null}
    </div>
  );
}

export function LifecycleTimeline({ timeline }: { timeline: ParticipationDetail['timeline'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('participation.timeline')} size="small" style={{ height: '100%' }}>
      <div data-testid="timeline">
        <Timeline
          items={timeline.map((entry) => {
            const { color, icon } = look(entry);
            return { key: entry.stage, color, icon, content: <EntryContent entry={entry} /> };
          })}
        />
      </div>
    </Card>
  );
}
