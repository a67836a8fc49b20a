/**
 * A campaign's participations with the roll-up of the campaigns below it (ADR 0034): one number when nothing is
 * below, else "本级 0 / 含下级 16", so a province's campaign is not read as empty while its cities enrol.
 */
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../../contracts/campaigns';

export function ParticipationCount({
  campaign,
}: {
  campaign: Pick<CampaignSummary, 'participationCount' | 'participationCountWithChildren'>;
}) {
  const { t } = useTranslation();
  const own = campaign.participationCount;
  const all = campaign.participationCountWithChildren;
  if (own === all) return <span data-testid="participation-count">{own}</span>;
  return (
    <span data-testid="participation-count" data-own={own} data-all={all} style={{ whiteSpace: 'nowrap' }}>
      {t('campaign.countOwnAndBelow', { own, all })}
    </span>
  );
}
