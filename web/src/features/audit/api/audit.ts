/** The audit trail's pages and the chain check, through the audit contract. */
import { keepPreviousData, useMutation } from '@tanstack/react-query';
import { audit, type AuditEntriesQuery } from '../../../../../contracts/audit';
import { callApi } from '../../../lib/api-client';
import { useApiQuery } from '../../../lib/api-query';

export function useAuditEntries(params: AuditEntriesQuery) {
  return useApiQuery(audit.entries, { query: params }, { placeholderData: keepPreviousData });
}

/** A GET, but run on demand (the button), so it is modelled as a mutation. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => callApi(audit.verify, {}) });
}
