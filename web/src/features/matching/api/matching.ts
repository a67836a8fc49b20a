/**
 * Matching through its contract (contracts/matching.ts): a campaign's working groups (帮扶工作组), a group's
 * assignment proposal (the current one, (re)run, hand edits, confirmation) and the campaign's coverage.
 */
import { useQueryClient } from '@tanstack/react-query';
import { experts } from '../../../../../contracts/experts';
import { matching, type WorkingGroup } from '../../../../../contracts/matching';
import { participations } from '../../../../../contracts/participations';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const matchingKeys = queryKeys(matching);

/** A working group's own cache entry. */
export const workingGroupKey = (id: string | undefined) =>
  matchingKeys.of(matching.workingGroup, { params: { id: id ?? '' } });
/** A campaign's working groups. */
export const workingGroupsKey = (campaignId: string) =>
  matchingKeys.of(matching.workingGroups, { params: { id: campaignId } });
const coverageKey = (campaignId: string) => matchingKeys.of(matching.coverage, { params: { id: campaignId } });
const proposalKey = (groupId: string) => matchingKeys.of(matching.proposal, { params: { id: groupId } });

export function useWorkingGroups(campaignId: string, enabled = true) {
  return useApiQuery(
    matching.workingGroups,
    { params: { id: campaignId } },
    { enabled, select: (answer) => answer.items },
  );
}

export function useWorkingGroup(id: string | undefined) {
  return useApiQuery(matching.workingGroup, { params: { id: id ?? '' } }, { enabled: Boolean(id) });
}

/** The body's experts and managers, whom a group is formed from (the experts capability's list). */
export function useGroupCandidates() {
  return useApiQuery(experts.list, {});
}

function useGroupSaved(campaignId: string) {
  const queryClient = useQueryClient();
  return (group: WorkingGroup) => {
    queryClient.setQueryData(workingGroupKey(group.id), group);
    void queryClient.invalidateQueries({ queryKey: workingGroupsKey(campaignId) });
    void queryClient.invalidateQueries({ queryKey: coverageKey(campaignId) });
  };
}

export function useCreateWorkingGroup(campaignId: string) {
  return useApiMutation(matching.createWorkingGroup, { onSuccess: useGroupSaved(campaignId) });
}

export function useUpdateWorkingGroup(campaignId: string) {
  return useApiMutation(matching.updateWorkingGroup, { onSuccess: useGroupSaved(campaignId) });
}

/** The group's proposal (null when none was run yet). */
export function useProposal(groupId: string | undefined) {
  return useApiQuery(
    matching.proposal,
    { params: { id: groupId ?? '' } },
    { enabled: Boolean(groupId), select: (answer) => answer.proposal },
  );
}

export function useRunProposal(groupId: string) {
  const queryClient = useQueryClient();
  return useApiMutation(matching.runProposal, {
    onSuccess: (answer) => queryClient.setQueryData(proposalKey(groupId), answer),
  });
}

export function useEditProposalItem(groupId: string) {
  const queryClient = useQueryClient();
  return useApiMutation(matching.editProposalItem, {
    onSuccess: (answer) => queryClient.setQueryData(proposalKey(groupId), answer),
  });
}

/**
 * Enterprises move to "assigned", experts' loads and the campaign's coverage change, notifications go out.
 * ADR 0031: the campaigns and notifications keys become `queryKeys(<their contract>).all` once those capabilities
 * have their contracts.
 */
const CONFIRMED_CHANGES = [
  queryKeys(participations).all,
  queryKeys(experts).all,
  matchingKeys.allOf(matching.coverage),
  ['campaign'],
  ['campaigns'],
  ['notifications'],
] as const;

export function useConfirmProposal(groupId: string) {
  const queryClient = useQueryClient();
  return useApiMutation(matching.confirmProposal, {
    onSuccess: (answer) => {
      queryClient.setQueryData(proposalKey(groupId), { proposal: answer.proposal });
      for (const queryKey of CONFIRMED_CHANGES) void queryClient.invalidateQueries({ queryKey });
    },
  });
}

export function useCoverage(campaignId: string, enabled = true) {
  return useApiQuery(matching.coverage, { params: { id: campaignId } }, { enabled });
}
