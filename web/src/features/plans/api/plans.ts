/** The plan (一企一策) through the plans contract: its versions, saving the draft, both sides' actions. */
import { useQueryClient } from '@tanstack/react-query';
import { plans, type PlanOverview, type PlanVersion } from '../../../../../contracts/plans';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';
import type { Plan } from '../../../../../domain/plans/plan.js';

export const planKeys = queryKeys(plans);
export const planKey = (id: string) => planKeys.of(plans.overview, { params: { id } });

export function usePlan(id: string, enabled: boolean) {
  return useApiQuery(plans.overview, { params: { id } }, { enabled });
}

export function usePlanVersion(id: string, version: number | null) {
  return useApiQuery(plans.version, { params: { id, version: version ?? 0 } }, { enabled: version !== null });
}

/** The plan content (domain Plan). */
export function planOf(version: Pick<PlanVersion, 'plan'>): Plan {
  return version.plan;
}

/** A write answering the overview: it replaces the cached one; versions, notifications (and the stage) refresh. */
function useOverviewUpdate(id: string, moves = false) {
  const queryClient = useQueryClient();
  return {
    onSuccess: (overview: PlanOverview) => queryClient.setQueryData(planKey(id), overview),
    invalidates: [
      planKeys.allOf(plans.version),
      ['notifications'],
      ...(moves ? [['participation', id], ['participations']] : []),
    ],
  };
}

export function useSavePlan(id: string) {
  return useApiMutation(plans.save, useOverviewUpdate(id));
}

export function usePlanAction(id: string) {
  return useApiMutation(plans.act, useOverviewUpdate(id));
}

/** comment / accept (the first acceptance moves the participation to plan agreed). */
export function usePlanResponse(id: string) {
  return useApiMutation(plans.respond, useOverviewUpdate(id, true));
}
