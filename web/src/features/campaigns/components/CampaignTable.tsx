/** Campaign rows (year, name, region, issuing bureau, participations, target); row click opens it. */
import { Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CampaignSummary } from '../../../../../contracts/campaigns';
import { ParticipationCount } from './ParticipationCount';

type Props = Omit<TableProps<CampaignSummary>, 'columns' | 'rowKey'>;

export function CampaignTable(props: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Table<CampaignSummary>
      rowKey="id"
      size="middle"
      scroll={{ x: 900 }}
      rowClassName={() => 'uplift-clickable-row'}
      onRow={(row) => ({ onClick: () => void navigate(`/campaigns/${row.id}`) })}
      columns={[
        { title: t('campaign.year'), dataIndex: 'year', width: 80 },
        { title: t('campaign.name'), dataIndex: 'name', ellipsis: true },
        { title: t('campaign.region'), dataIndex: 'regionName', width: 140 },
        { title: t('campaign.issuingOrganization'), dataIndex: 'issuingOrganizationName', width: 200, ellipsis: true },
        {
          title: t('campaign.participations'),
          key: 'participations',
          width: 160,
          align: 'right',
          render: (_: unknown, row: CampaignSummary) => <ParticipationCount campaign={row} />,
        },
        {
          title: t('campaign.target'),
          dataIndex: 'targetEnterprises',
          width: 120,
          align: 'right',
          render: (v: number | null) => v ?? '—',
        },
      ]}
      {...props}
    />
  );
}
