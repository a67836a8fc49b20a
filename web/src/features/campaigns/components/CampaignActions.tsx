/**
 * The campaign page's buttons, each by permission: edit (issuing bureau), recommend an enterprise,
 * roster import, export the list, and the participations of the campaign.
 */
import { useState } from 'react';
import { Button } from 'antd';
import { DownloadOutlined, EditOutlined, ImportOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleHasPermission } from '../../../../../domain/access/permissions.js';
import type { Role } from '../../../../../domain/access/roles.js';
import type { CampaignDetail } from '../../../lib/api-types';
import { useDownload } from '../../../lib/download';
import { RecommendDrawer } from '../../intake/components/RecommendDrawer';
import { rosterPaths } from '../../rosters/api/rosters';

export function CampaignActions({ campaign, role }: { campaign: CampaignDetail; role: Role }) {
  const { t } = useTranslation();
  const [recommending, setRecommending] = useState(false);
  const { download, pending } = useDownload();
  const can = (p: Parameters<typeof roleHasPermission>[1]) => roleHasPermission(role, p);

  return (
    <>
      {can('campaign:write') && campaign.issuedByCaller ? (
        <Link to={`/campaigns/${campaign.id}/edit`}>
          <Button icon={<EditOutlined />} data-testid="campaign-edit">
            {t('common.edit')}
          </Button>
        </Link>
      ) : null}
      {can('application:create') ? (
        <Button
          type="primary"
          icon={<UserAddOutlined />}
          onClick={() => setRecommending(true)}
          data-testid="recommend-open"
        >
          {t('campaign.recommend')}
        </Button>
      ) : null}
      {can('roster:import') ? (
        <Link to={`/campaigns/${campaign.id}/roster`}>
          <Button icon={<ImportOutlined />} data-testid="roster-open">
            {t('roster.title')}
          </Button>
        </Link>
      ) : null}
      {can('roster:export') ? (
        <Button
          icon={<DownloadOutlined />}
          loading={pending}
          onClick={() => download(rosterPaths.export(campaign.id), 'participations.xlsx')}
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
