/**
 * 帮扶工作组 (seed 000 §一; 001 附件 §一): a certification body forms one or more per campaign, each
 * with one leader (组长), managers who coordinate (管理人员) and the assistance experts (帮扶专家).
 */
import type { ErrorCode } from '../errors/codes.js';
import { isRegionCode } from '../regions/region-code.js';

export const GROUP_ROLES = ['leader', 'manager', 'expert'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

interface WorkingGroupInput {
  name: string;
  members: ReadonlyArray<{ userId: string; role: GroupRole }>;
  /** Regions the group covers; empty = the whole campaign. */
  regionCodes: ReadonlyArray<string>;
}

export function workingGroupProblems(g: WorkingGroupInput): Array<{ field: string; code: ErrorCode; detail?: string }> {
  const problems: Array<{ field: string; code: ErrorCode; detail?: string }> = [];
  if (!g.name.trim()) problems.push({ field: 'name', code: 'VALIDATION_FAILED', detail: 'required' });
  const leaders = g.members.filter((m) => m.role === 'leader').length;
  if (leaders !== 1) problems.push({ field: 'members', code: 'WORKING_GROUP_ONE_LEADER', detail: String(leaders) });
  if (!g.members.some((m) => m.role === 'expert'))
    problems.push({ field: 'members', code: 'WORKING_GROUP_NEEDS_EXPERT' });
  const seen = new Set<string>();
  for (const m of g.members) {
    if (seen.has(m.userId))
      problems.push({ field: 'members', code: 'WORKING_GROUP_DUPLICATE_MEMBER', detail: m.userId });
    seen.add(m.userId);
  }
  for (const r of g.regionCodes)
    if (!isRegionCode(r)) problems.push({ field: 'regionCodes', code: 'REGION_UNKNOWN', detail: r });
  return problems;
}
