/** A campaign's working groups (帮扶工作组): list, one, create and update (version-checked). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type {
  SaveWorkingGroupRequest,
  UpdateWorkingGroupRequest,
  WorkingGroup,
  WorkingGroupList,
} from '../../../lib/api-types';

export const workingGroupsKey = (campaignId: string) => ['working-groups', campaignId] as const;
export const workingGroupKey = (id: string | undefined) => ['working-group', id] as const;
const groupPath = (id: string) => `/api/v1/working-groups/${encodeURIComponent(id)}`;

export function useWorkingGroups(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: workingGroupsKey(campaignId),
    queryFn: () =>
      apiGet<WorkingGroupList>(`/api/v1/campaigns/${encodeURIComponent(campaignId)}/working-groups`).then(
        (r) => r.items,
      ),
    enabled,
  });
}

export function useWorkingGroup(id: string | undefined) {
  return useQuery({
    queryKey: workingGroupKey(id),
    queryFn: () => apiGet<WorkingGroup>(groupPath(id ?? '')),
    enabled: Boolean(id),
  });
}

function useGroupSaved(campaignId: string) {
  const queryClient = useQueryClient();
  return (group: WorkingGroup) => {
    queryClient.setQueryData(workingGroupKey(group.id), group);
    void queryClient.invalidateQueries({ queryKey: workingGroupsKey(campaignId) });
    void queryClient.invalidateQueries({ queryKey: ['coverage', campaignId] });
  };
}

export function useCreateWorkingGroup(campaignId: string) {
  const saved = useGroupSaved(campaignId);
  return useMutation({
    mutationFn: (body: SaveWorkingGroupRequest) =>
      apiPost<WorkingGroup>(`/api/v1/campaigns/${encodeURIComponent(campaignId)}/working-groups`, body),
    onSuccess: saved,
  });
}

export function useUpdateWorkingGroup(campaignId: string, id: string) {
  const saved = useGroupSaved(campaignId);
  return useMutation({
    mutationFn: (body: UpdateWorkingGroupRequest) => apiPost<WorkingGroup>(groupPath(id), body),
    onSuccess: saved,
  });
}
