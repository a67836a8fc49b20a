/** The audit trail's pages, its actors, the export and the chain check, through the audit contract. */
import { keepPreviousData, useMutation } from '@tanstack/react-query';
import { audit, type AuditEntriesQuery } from '../../../../../contracts/audit';
import { callApi } from '../../../lib/api-client';
import { useApiQuery } from '../../../lib/api-query';

export function useAuditEntries(params: AuditEntriesQuery) {
  return useApiQuery(audit.entries, { query: params }, { placeholderData: keepPreviousData });
}

export function useAuditActors() {
  return useApiQuery(audit.actors, {}, { select: (a) => a.items, staleTime: 60_000 });
}

/** A GET, but run on demand (the button), so it is modelled as a mutation. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => callApi(audit.verify, {}) });
}

export const auditExport = audit.export;
