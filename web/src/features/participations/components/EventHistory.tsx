/** Every stage event of the participation: when, what, from → to, who, and why. */
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { formatDateTime } from '../../../lib/format';
import { StageTag } from '../../../components/StageTag';

type Event = ParticipationDetail['events'][number];

export function EventHistory({ events }: { events: ParticipationDetail['events'] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('participation.events')} size="small">
      <Table<Event>
        rowKey="id"
        size="small"
        dataSource={events}
        pagination={events.length > 20 ? { pageSize: 20 } : false}
        scroll={{ x: 960 }}
        data-testid="event-table"
        columns={[
          {
            title: t('participation.eventTime'),
            dataIndex: 'occurredAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
          {
            title: t('participation.eventCommand'),
            dataIndex: 'command',
            width: 150,
            render: (c: string) => t(`command.${c}`, { defaultValue: c }),
          },
          {
            title: t('participation.eventFrom'),
            dataIndex: 'fromStage',
            width: 130,
            render: (s: string | null) => (s ? <StageTag stage={s} /> : '—'),
          },
          {
            title: t('participation.eventTo'),
            dataIndex: 'toStage',
            width: 130,
            render: (s: string) => <StageTag stage={s} />,
          },
          {
            title: t('participation.eventActor'),
            dataIndex: 'actorName',
            width: 140,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('participation.eventRole'),
            dataIndex: 'actorRole',
            width: 150,
            render: (r: string | null) => (r ? t(`role.${r}`, { defaultValue: r }) : '—'),
          },
          { title: t('participation.eventReason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </Card>
  );
}
