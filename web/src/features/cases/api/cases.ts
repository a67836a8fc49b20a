/** Excellent cases through their contract: the participation's case, the draft, the review steps, the library. */
import { cases } from '../../../../../contracts/cases';
import type { CallInput } from '../../../../../contracts/endpoint';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const caseKeys = queryKeys(cases);
const refresh = { invalidates: [caseKeys.all, ['notifications']] };

export const useParticipationCase = (id: string) => useApiQuery(cases.ofParticipation, { params: { id } });
export const useCase = (id: string | null) => useApiQuery(cases.view, { params: { id: id ?? '' } }, { enabled: !!id });
export const useReviewQueue = () => useApiQuery(cases.reviewQueue, {}, { select: (a) => a.items });
export const useCaseTargets = () => useApiQuery(cases.targets, {});
export const useCaseLibrary = (query: CallInput<typeof cases.library>['query']) =>
  useApiQuery(cases.library, { query });

export const useSaveCase = () => useApiMutation(cases.save, refresh);
export const useSubmitCase = () => useApiMutation(cases.submit, refresh);
export const useReturnCase = () => useApiMutation(cases.returnCase, refresh);
export const useAcceptCase = () => useApiMutation(cases.accept, refresh);
export const useRecommendCase = () => useApiMutation(cases.recommend, refresh);
export const usePublishCase = () => useApiMutation(cases.publish, refresh);
export const useWithdrawCase = () => useApiMutation(cases.withdraw, refresh);
