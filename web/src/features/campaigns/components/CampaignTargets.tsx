/** Targets and the regional quotas. */
import { Descriptions, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../lib/api-types';
import { RegionName } from '../../participations/components/RegionName';

export function CampaignTargets({ targets }: { targets: CampaignDetail['targets'] }) {
  const { t } = useTranslation();
  const quotas = Object.entries(targets.quotas ?? {}).map(([regionCode, n]) => ({ regionCode, n }));
  return (
    <>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2 }}
        items={[
          { key: 'enterprises', label: t('campaign.targetEnterprises'), children: targets.enterprises ?? '—' },
          { key: 'excellent', label: t('campaign.targetExcellentCases'), children: targets.excellentCases ?? '—' },
        ]}
      />
      {quotas.length > 0 ? (
        <Table
          style={{ marginTop: 12 }}
          size="small"
          rowKey="regionCode"
          pagination={false}
          dataSource={quotas}
          columns={[
            { title: t('campaign.quotas'), dataIndex: 'regionCode', render: (code: string) => <RegionName code={code} /> },
            { title: t('campaign.targetEnterprises'), dataIndex: 'n', align: 'right' },
          ]}
        />
      ) : null}
    </>
  );
}
