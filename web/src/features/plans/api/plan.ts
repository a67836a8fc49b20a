/** The plan (一企一策): its versions, saving the draft, the assistance side's and the enterprise's actions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type {
  PlanActionRequest,
  PlanOverview,
  PlanResponseRequest,
  PlanVersion,
  SavePlanRequest,
} from '../../../lib/api-types';
import type { Plan } from '../../../../../domain/plan/plan.js';
import { participations } from '../../../../../contracts/participations';
import { queryKeyOf } from '../../../lib/api-query';

export const planKey = (id: string) => ['plan', id] as const;
export const planPath = (id: string) => `/api/v1/participations/${encodeURIComponent(id)}/plan`;

export function usePlan(id: string, enabled: boolean) {
  return useQuery({ queryKey: planKey(id), queryFn: () => apiGet<PlanOverview>(planPath(id)), enabled });
}

export function usePlanVersion(id: string, version: number | null) {
  return useQuery({
    queryKey: ['plan-version', id, version],
    queryFn: () => apiGet<PlanVersion>(`${planPath(id)}/versions/${version ?? 0}`),
    enabled: version !== null,
  });
}

/** The plan content (domain Plan; the response types string enums loosely). */
export function planOf(version: Pick<PlanVersion, 'plan'>): Plan {
  return version.plan as unknown as Plan;
}

function useOverviewMutation<T>(id: string, send: (body: T) => Promise<PlanOverview>, moves = false) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (overview) => {
      queryClient.setQueryData(planKey(id), overview);
      void queryClient.invalidateQueries({ queryKey: ['plan-version', id] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      if (moves) {
        void queryClient.invalidateQueries({ queryKey: queryKeyOf(participations.detail, { params: { id } }) });
        void queryClient.invalidateQueries({ queryKey: ['participations'] });
      }
    },
  });
}

export function useSavePlan(id: string) {
  return useOverviewMutation(id, (body: { lockVersion: number; plan: Plan }) =>
    apiPost<PlanOverview>(planPath(id), body as unknown as SavePlanRequest),
  );
}

export function usePlanAction(id: string) {
  return useOverviewMutation(id, (body: PlanActionRequest) => apiPost<PlanOverview>(`${planPath(id)}/actions`, body));
}

/** comment / accept (the first acceptance moves the participation to plan agreed). */
export function usePlanResponse(id: string) {
  return useOverviewMutation(
    id,
    (body: PlanResponseRequest) => apiPost<PlanOverview>(`${planPath(id)}/responses`, body),
    true,
  );
}
