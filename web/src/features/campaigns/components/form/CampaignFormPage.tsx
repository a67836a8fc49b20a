/** /campaigns/new and /campaigns/:id/edit: the campaign form for the bureau (campaign:write). */
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { PageShell } from '../../../../components/PageShell';
import { ErrorAlert } from '../../../../components/ErrorAlert';
import { FullPageSpin } from '../../../../components/FullPageSpin';
import { activeMembership, useSession } from '../../../../lib/session';
import { useCampaign } from '../../api/campaigns';
import { CampaignForm } from './CampaignForm';

function EditCampaign({ id }: { id: string }) {
  const { t } = useTranslation();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <FullPageSpin />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  return (
    <PageShell title={t('campaignForm.editTitle')} subtitle={c.name} backTo={`/campaigns/${c.id}`}>
      {c.issuedByCaller ? (
        // a reloaded campaign (after a version conflict) starts the form afresh
        <CampaignForm key={c.version} campaign={c} regionCode={c.regionCode} />
      ) : (
        <Result status="403" title={t('forbidden.title')} subTitle={t('campaignForm.notIssuer')} />
      )}
    </PageShell>
  );
}

export default function CampaignFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const membership = activeMembership(useSession().data);
  if (id) return <EditCampaign id={id} />;
  return (
    <PageShell title={t('campaignForm.createTitle')} backTo="/campaigns">
      {membership?.regionCode ? (
        <CampaignForm regionCode={membership.regionCode} />
      ) : (
        <Result status="403" title={t('forbidden.title')} subTitle={t('forbidden.subtitle')} />
      )}
    </PageShell>
  );
}
