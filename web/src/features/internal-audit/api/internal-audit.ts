/** The internal audit (000 §二(4); 002 steps 4, 6, 7) through its contract: the overview and its writes. */
import { internalAudit } from '../../../../../contracts/internal-audit';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const internalAuditKeys = queryKeys(internalAudit);

export function useInternalAudit(id: string, enabled = true) {
  return useApiQuery(internalAudit.get, { params: { id } }, { enabled });
}

/**
 * A write refetches the audit; the 一企一档 (stage, timeline, milestones) and the management review, which reads the
 * audit's results (9.3.2 c)), refresh too — by their cache prefixes, so no other feature is imported.
 */
const refresh = { invalidates: [internalAuditKeys.all, ['participations'], ['management-review'], ['notifications']] };

export const useSaveAudit = () => useApiMutation(internalAudit.save, refresh);
export const useAddFinding = () => useApiMutation(internalAudit.addFinding, refresh);
export const useRecordNcStep = () => useApiMutation(internalAudit.recordStep, refresh);
export const useCompleteAudit = () => useApiMutation(internalAudit.complete, refresh);
