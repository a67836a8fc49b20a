/**
 * Server-paginated participations; a click opens the enterprise's file. Wide screens get a table that
 * fits its width (fixed layout, long texts cut with an ellipsis); narrow ones (below antd's lg, e.g. a
 * 390 px phone) get one card per enterprise with its name, stage and next action.
 */
import { Card, Flex, Grid, List, Table, Tag, Typography, type TablePaginationConfig } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ParticipationListItem } from '../../../../../contracts/participations';
import { nextStep } from '../../../../../domain/lifecycle/transitions.js';
import type { Stage } from '../../../../../domain/lifecycle/stages.js';
import { formatDateTime } from '../../../lib/format';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { StageTag } from '../../../components/StageTag';

interface Props {
  items: ParticipationListItem[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

/** "下一步：初审通过", or that the process has ended. */
/** 003 §6.8.1: the implementation items past due (domain/implementation overdueFlags), one tag each. */
function OverdueTags({ flags }: { flags: ParticipationListItem['overdue'] }) {
  const { t } = useTranslation();
  return flags.map((flag) => (
    <Tag key={flag} color="warning" data-testid={`overdue-tag-${flag}`}>
      {t(`implementation.overdueShort.${flag}`)}
    </Tag>
  ));
}

export function useNextActionText(): (stage: string) => string {
  const { t } = useTranslation();
  return (stage) => {
    const step = nextStep(stage as Stage);
    return step ? t('participation.nextAction', { action: t(`command.${step}`) }) : t('participation.noNextAction');
  };
}

function ParticipationCards({ items, loading, pagination }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const nextAction = useNextActionText();
  return (
    <List<ParticipationListItem>
      data-testid="participation-cards"
      loading={loading}
      dataSource={items}
      rowKey="id"
      pagination={{
        current: pagination.current,
        pageSize: pagination.pageSize,
        total: pagination.total,
        size: 'small',
        align: 'center',
        showTotal: pagination.showTotal,
        onChange: pagination.onChange,
      }}
      renderItem={(row) => (
        <List.Item style={{ padding: '4px 0', border: 'none' }}>
          <Card
            size="small"
            hoverable
            style={{ width: '100%' }}
            data-testid="participation-card"
            data-row-id={row.id}
            onClick={() => void navigate(`/participations/${row.id}`)}
          >
            <Flex justify="space-between" align="flex-start" gap={8}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Typography.Text strong data-testid="participation-card-name">
                  {row.enterpriseName}
                </Typography.Text>
                <Flex gap={8} align="center" wrap>
                  <StageTag stage={row.stage} />
                  <Typography.Text data-testid="participation-card-next">{nextAction(row.stage)}</Typography.Text>
                  <OverdueTags flags={row.overdue} />
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[row.regionName, row.certificationBodyName ?? t('participation.noBody')].join(' · ')}
                </Typography.Text>
              </Flex>
              <RightOutlined style={{ color: '#8c8c8c', marginTop: 4 }} />
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}

export function ParticipationTable(props: Props) {
  const { items, loading, pagination } = props;
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  // the list keeps one test id whichever way it is shown
  if (!(screens.lg ?? true))
    return (
      <div data-testid="participation-table" data-view="cards">
        <ParticipationCards {...props} />
      </div>
    );
  return (
    <div data-testid="participation-table" data-view="table">
      <Table<ParticipationListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={pagination}
        tableLayout="fixed"
        rowClassName={() => 'uplift-clickable-row'}
        onRow={(row) =>
          ({
            onClick: () => void navigate(`/participations/${row.id}`),
            'data-row-id': row.id,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          { title: t('participation.enterprise'), dataIndex: 'enterpriseName', ellipsis: true },
          { title: t('participation.uscc'), dataIndex: 'uscc', width: 180, ellipsis: true },
          { title: t('participation.region'), dataIndex: 'regionName', width: 100, ellipsis: true },
          {
            title: t('participation.industry'),
            dataIndex: 'industryCode',
            ellipsis: true,
            render: (code: string) => industryName(code, lang),
          },
          {
            title: t('participation.stage'),
            dataIndex: 'stage',
            width: 120,
            render: (stage: string, row: ParticipationListItem) => (
              <Flex gap={4} wrap>
                <StageTag stage={stage} />
                <OverdueTags flags={row.overdue} />
              </Flex>
            ),
          },
          {
            title: t('participation.certificationBody'),
            dataIndex: 'certificationBodyName',
            width: 150,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('participation.updatedAt'),
            dataIndex: 'updatedAt',
            width: 140,
            render: (v: string) => formatDateTime(v),
          },
        ]}
      />
    </div>
  );
}
