/**
 * The campaign page's buttons, each shown by its endpoint's permission: edit (issuing bureau), recommend an
 * enterprise (intake), roster import and export (rosters), and the participations of the campaign.
 */
import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined, EditOutlined, ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaigns, type CampaignDetail } from '../../../../contracts/campaigns';
import { intake } from '../../../../contracts/intake';
import { rosters } from '../../../../contracts/rosters';
import { useApiDownload } from '../../lib/download';
import { useMayCall } from '../../lib/session';
import { RecommendDrawer } from '../../features/intake/components/RecommendDrawer';

export function CampaignActions({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const [recommending, setRecommending] = useState(false);
  const { download, pending } = useApiDownload();
  const mayEdit = useMayCall(campaigns.update);
  const mayRecommend = useMayCall(intake.recommend);
  const mayImport = useMayCall(rosters.import);
  const mayExport = useMayCall(rosters.export);

  return (
    <>
      {mayEdit && campaign.issuedByCaller ? (
        <Link to={`/campaigns/${campaign.id}/edit`}>
          <Button icon={<EditOutlined />} data-testid="campaign-edit">
            {t('common.edit')}
          </Button>
        </Link>
      ) : null}
      {mayRecommend ? (
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={() => setRecommending(true)}
          data-testid="recommend-open"
        >
          {t('campaign.recommend')}
        </Button>
      ) : null}
      {mayImport ? (
        <Link to={`/campaigns/${campaign.id}/roster`}>
          <Button icon={<ImportOutlined />} data-testid="roster-open">
            {t('roster.title')}
          </Button>
        </Link>
      ) : null}
      {mayExport ? (
        <Button
          icon={<DownloadOutlined />}
          loading={pending}
          onClick={() => download(rosters.export, { params: { id: campaign.id }, query: {} }, 'participations.xlsx')}
          data-testid="roster-export"
        >
          {t('roster.export')}
        </Button>
      ) : null}
      <Link to={`/participations?campaignId=${campaign.id}`}>
        <Button>{t('campaign.viewParticipations')}</Button>
      </Link>
      {recommending ? <RecommendDrawer campaign={campaign} onClose={() => setRecommending(false)} /> : null}
    </>
  );
}
