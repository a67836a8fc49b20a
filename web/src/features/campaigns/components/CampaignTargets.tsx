/** Targets and the regional quotas with the places already taken. */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { QuotaProgress } from './QuotaProgress';

export function CampaignTargets({
  targets,
  progress,
}: {
  targets: CampaignDetail['targets'];
  progress: CampaignDetail['quotaProgress'];
}) {
  const { t } = useTranslation();
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
      {progress.length > 0 ? (
        <div style={{ marginTop: 12 }}>
          <QuotaProgress progress={progress} />
        </div>
      ) : null}
    </>
  );
}
