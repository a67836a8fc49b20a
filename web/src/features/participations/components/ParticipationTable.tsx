/** Server-paginated participation rows; a click opens the enterprise's file. */
import { Table, type TablePaginationConfig } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ParticipationListItem } from '../../../../../contracts/participations';
import { formatDateTime } from '../../../lib/format';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { StageTag } from '../../../components/StageTag';

interface Props {
  items: ParticipationListItem[];
  loading: boolean;
  pagination: TablePaginationConfig;
}

export function ParticipationTable({ items, loading, pagination }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const navigate = useNavigate();
  return (
    <div data-testid="participation-table">
      <Table<ParticipationListItem>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={items}
        pagination={pagination}
        scroll={{ x: 1150 }}
        rowClassName={() => 'uplift-clickable-row'}
        onRow={(row) =>
          ({
            onClick: () => void navigate(`/participations/${row.id}`),
            'data-row-id': row.id,
          }) as React.HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('participation.enterprise'),
            dataIndex: 'enterpriseName',
            fixed: 'left',
            width: 220,
            ellipsis: true,
          },
          { title: t('participation.uscc'), dataIndex: 'uscc', width: 190 },
          { title: t('participation.region'), dataIndex: 'regionName', width: 130 },
          {
            title: t('participation.industry'),
            dataIndex: 'industryCode',
            width: 200,
            ellipsis: true,
            render: (code: string) => industryName(code, lang),
          },
          {
            title: t('participation.stage'),
            dataIndex: 'stage',
            width: 130,
            render: (stage: string) => <StageTag stage={stage} />,
          },
          {
            title: t('participation.certificationBody'),
            dataIndex: 'certificationBodyName',
            width: 160,
            ellipsis: true,
            render: (v: string | null) => v ?? '—',
          },
          {
            title: t('participation.updatedAt'),
            dataIndex: 'updatedAt',
            width: 150,
            render: (v: string) => formatDateTime(v),
          },
        ]}
      />
    </div>
  );
}
