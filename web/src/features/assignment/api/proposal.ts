/** A working group's assignment proposal: the current one, (re)run, hand edits and confirmation. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiGet, apiPost } from '../../../lib/api-client';
import type {
  ConfirmProposalRequest,
  ConfirmProposalResult,
  EditProposalItemRequest,
  ProposalResponse,
  RunProposalRequest,
} from '../../../lib/api-types';

export const proposalKey = (groupId: string | undefined) => ['proposal', groupId] as const;
const path = (groupId: string) => `/api/v1/working-groups/${encodeURIComponent(groupId)}/proposal`;

export function useProposal(groupId: string | undefined) {
  return useQuery({
    queryKey: proposalKey(groupId),
    queryFn: () => apiGet<ProposalResponse>(path(groupId ?? '')).then((r) => r.proposal),
    enabled: Boolean(groupId),
  });
}

export function useRunProposal(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RunProposalRequest) => apiPost<ProposalResponse>(path(groupId), body),
    onSuccess: (r) => queryClient.setQueryData(proposalKey(groupId), r.proposal),
  });
}

export function useEditProposalItem(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: EditProposalItemRequest) => apiPost<ProposalResponse>(`${path(groupId)}/items`, body),
    onSuccess: (r) => queryClient.setQueryData(proposalKey(groupId), r.proposal),
  });
}

export function useConfirmProposal(groupId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConfirmProposalRequest) => apiPost<ConfirmProposalResult>(`${path(groupId)}/confirm`, body),
    onSuccess: (r) => {
      queryClient.setQueryData(proposalKey(groupId), r.proposal);
      // enterprises moved to "assigned", experts' loads and the campaign's coverage changed
      for (const key of ['participations', 'participation', 'campaign', 'coverage', 'experts', 'notifications']) {
        void queryClient.invalidateQueries({ queryKey: [key] });
      }
    },
  });
}
