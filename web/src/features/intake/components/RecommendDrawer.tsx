/** "推荐企业": the bureau fills in the application form for an enterprise of its jurisdiction. */
import { useRef } from 'react';
import { App, Drawer, Grid } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isWithinRegion } from '../../../../../domain/regions/region-code.js';
import type { CampaignDetail } from '../../../../../contracts/campaigns';
import { activeMembership, useSession } from '../../../lib/session';
import { useRecommend } from '../api/intake';
import { ApplicationForm, type ApplicationFormHandle } from './application/ApplicationForm';

export function RecommendDrawer({ campaign, onClose }: { campaign: CampaignDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const wide = Grid.useBreakpoint().md ?? true;
  const membership = activeMembership(useSession().data);
  const recommend = useRecommend();
  const formRef = useRef<ApplicationFormHandle>(null);
  // a bureau recommends within its own jurisdiction and the campaign's region: the deeper of the two
  const bureauRegion = membership?.regionCode;
  const regionRoot =
    bureauRegion && isWithinRegion(bureauRegion, campaign.regionCode) ? bureauRegion : campaign.regionCode;

  return (
    <Drawer
      open
      title={t('application.recommendTitle', { campaign: campaign.name })}
      size={wide ? 960 : '100%'}
      onClose={onClose}
      destroyOnHidden
      mask={{ closable: !recommend.isPending }}
      data-testid="recommend-drawer"
    >
      <ApplicationForm
        ref={formRef}
        mode="recommend"
        campaignRegion={{ code: campaign.regionCode, name: campaign.regionName }}
        regionRoot={regionRoot}
        bodies={campaign.certificationBodies}
        submitting={recommend.isPending}
        submitLabel={t('application.recommendSubmit')}
        onCancel={onClose}
        onSubmit={(body) =>
          recommend.mutate(
            { params: { id: campaign.id }, body: { ...body, origin: 'bureau' } },
            {
              onSuccess: ({ participationId }) => {
                void message.success(t('application.recommended'));
                onClose();
                void navigate(`/participations/${participationId}`);
              },
              onError: (error) => formRef.current?.showError(error),
            },
          )
        }
      />
    </Drawer>
  );
}
