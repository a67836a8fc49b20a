/**
 * React Query over the contracts (ADR 0031). A query's key comes from its endpoint — `[capability, name, params,
 * query]` — so a capability's cache is one prefix (`queryKeys(bodies).all`) and a mutation invalidates what it names.
 */
import {
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type { AnswerOf, CallInput, Endpoint } from '../../../contracts/endpoint';
import { useRef } from 'react';
import { ApiError, callApi, urlOf } from './api-client';
import { SubmissionKeys } from './submission-keys';

type Contract = Readonly<Record<string, Endpoint>>;

/** The query-key factory of one capability: `all` (every query of it), `of(endpoint, input)` one query. */
export function queryKeys<C extends Contract>(contract: C) {
  const capability = Object.values(contract)[0]?.capability ?? '';
  return {
    all: [capability] as const,
    /** Every query of one endpoint, whatever its input. */
    allOf: (endpoint: C[keyof C]) => [capability, endpoint.name] as const,
    of: <E extends C[keyof C]>(endpoint: E, input: CallInput<E>) => queryKeyOf(endpoint, input),
  };
}

export function queryKeyOf<E extends Endpoint>(endpoint: E, input: CallInput<E>): QueryKey {
  const { params, query } = input as { params?: unknown; query?: unknown };
  return [endpoint.capability, endpoint.name, params ?? {}, query ?? {}];
}

type QueryOptions<E extends Endpoint, T> = Omit<UseQueryOptions<AnswerOf<E>, ApiError, T>, 'queryKey' | 'queryFn'>;

/** `useApiQuery(bodies.list, {})` — a GET of the contracts, cached under its endpoint's key. */
export function useApiQuery<E extends Endpoint, T = AnswerOf<E>>(
  endpoint: E,
  input: CallInput<E>,
  options: QueryOptions<E, T> = {},
) {
  return useQuery<AnswerOf<E>, ApiError, T>({
    queryKey: queryKeyOf(endpoint, input),
    queryFn: () => callApi(endpoint, input),
    ...options,
  });
}

type MutationOptions<E extends Endpoint> = Omit<
  UseMutationOptions<AnswerOf<E>, ApiError, CallInput<E>>,
  'mutationFn'
> & {
  /** Query keys (or key prefixes) to refetch after success, e.g. `[queryKeys(bodies).all]`. */
  invalidates?: ReadonlyArray<QueryKey> | ((answer: AnswerOf<E>, input: CallInput<E>) => ReadonlyArray<QueryKey>);
};

/** `useApiMutation(bodies.register, { invalidates: [keys.all] })` — a write of the contracts. */
export function useApiMutation<E extends Endpoint>(endpoint: E, options: MutationOptions<E> = {}) {
  const queryClient = useQueryClient();
  const { invalidates, onSuccess, ...rest } = options;
  // ADR 0039: a submission sent again (a retry after a network error, a second click) keeps its key
  const submissions = useRef(new SubmissionKeys());
  return useMutation<AnswerOf<E>, ApiError, CallInput<E>>({
    mutationFn: async (input) => {
      const idempotencyKey = submissions.current.keyFor(
        `${urlOf(endpoint, input)} ${JSON.stringify((input as { body?: unknown }).body ?? null)}`,
      );
      try {
        const answer = await callApi(endpoint, input, { idempotencyKey });
        submissions.current.settle(200);
        return answer;
      } catch (error) {
        if (error instanceof ApiError) submissions.current.settle(error.status, error.code);
        throw error;
      }
    },
    ...rest,
    onSuccess: async (answer, input, ...more) => {
      const keys = typeof invalidates === 'function' ? invalidates(answer, input) : (invalidates ?? []);
      await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      await onSuccess?.(answer, input, ...more);
    },
  });
}
