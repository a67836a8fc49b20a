/** The statistics table (002 Annex 2 附表), the rows behind its figures and the policy register, through their contracts. */
import { policies } from '../../../../../contracts/policies';
import { statistics, type Drill } from '../../../../../contracts/statistics';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const statisticsKeys = queryKeys(statistics);
export const policyKeys = queryKeys(policies);

export interface TableScope {
  code: string;
  from?: string;
  to?: string;
}

const period = (s: TableScope) => ({ ...(s.from ? { from: s.from } : {}), ...(s.to ? { to: s.to } : {}) });

export function useStatisticsTable(scope: TableScope) {
  return useApiQuery(
    statistics.table,
    { params: { code: scope.code }, query: period(scope) },
    { enabled: !!scope.code },
  );
}

/** The rows behind one figure (its drill), first page of 100. */
export function useDrillRows(scope: TableScope, drill: Drill | null) {
  const query = { ...period(scope), page: 1, pageSize: 100 };
  const policyRows = useApiQuery(
    statistics.policyRows,
    { params: { code: scope.code }, query: period(scope) },
    { enabled: drill?.rows === 'policies' },
  );
  const trainingRows = useApiQuery(
    statistics.trainingRows,
    { params: { code: scope.code }, query: { ...query, ...(drill?.delivery ? { delivery: drill.delivery } : {}) } },
    { enabled: drill?.rows === 'training' },
  );
  const assistedRows = useApiQuery(
    statistics.assistedRows,
    {
      params: { code: scope.code },
      query: {
        ...query,
        ...(drill?.industryCode ? { industryCode: drill.industryCode } : {}),
        ...(drill?.bodyId ? { bodyId: drill.bodyId } : {}),
      },
    },
    { enabled: drill?.rows === 'assisted' },
  );
  return { policyRows, trainingRows, assistedRows };
}

export function usePolicies(regionCode: string | undefined) {
  return useApiQuery(
    policies.list,
    { query: regionCode ? { regionCode } : {} },
    { enabled: !!regionCode, select: (a) => a.items },
  );
}

export function useCreatePolicy() {
  return useApiMutation(policies.create, { invalidates: [policyKeys.all, statisticsKeys.all] });
}

export function useUpdatePolicy() {
  return useApiMutation(policies.update, { invalidates: [policyKeys.all, statisticsKeys.all] });
}
