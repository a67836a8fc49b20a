/** The working group form: leader, managers and experts as picked, and the members they make. */
import type { GroupRole } from '../../../../../domain/matching/working-group.js';
import type { SaveWorkingGroupRequest, WorkingGroup } from '../../../../../contracts/matching';

export interface WorkingGroupFormValues {
  name?: string;
  regionCodes?: string[];
  leaderId?: string;
  managerIds?: string[];
  expertIds?: string[];
}

export function fromGroup(group: WorkingGroup | undefined): WorkingGroupFormValues {
  if (!group) return { name: '', regionCodes: [], managerIds: [], expertIds: [] };
  const of = (role: GroupRole) => group.members.filter((m) => m.role === role).map((m) => m.userId);
  return {
    name: group.name,
    regionCodes: [...group.regionCodes],
    leaderId: of('leader')[0],
    managerIds: of('manager'),
    expertIds: of('expert'),
  };
}

export function toMembers(v: WorkingGroupFormValues): Array<{ userId: string; role: GroupRole }> {
  return [
    ...(v.leaderId ? [{ userId: v.leaderId, role: 'leader' as const }] : []),
    ...(v.managerIds ?? []).map((userId) => ({ userId, role: 'manager' as const })),
    ...(v.expertIds ?? []).map((userId) => ({ userId, role: 'expert' as const })),
  ];
}

export function toSaveRequest(v: WorkingGroupFormValues): SaveWorkingGroupRequest {
  return { name: (v.name ?? '').trim(), regionCodes: v.regionCodes ?? [], members: toMembers(v) };
}
