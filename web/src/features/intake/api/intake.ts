/** Intake: a bureau's recommendation, and the public registration form (no login), through the intake contract. */
import { campaigns } from '../../../../../contracts/campaigns';
import { intake } from '../../../../../contracts/intake';
import { participations } from '../../../../../contracts/participations';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export function useRecommend() {
  return useApiMutation(intake.recommend, {
    invalidates: [queryKeys(participations).all, queryKeys(campaigns).all],
  });
}

export function usePublicCampaigns() {
  return useApiQuery(intake.publicCampaigns, {}, { select: (answer) => answer.items });
}

export function usePublicApply() {
  return useApiMutation(intake.applyPublicly);
}
