/** Session queries and mutations over the auth contract; every Session answer refreshes the CSRF token. */
import { useMutation, useQuery, useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError, callApi, setCsrfToken } from './api-client';
import { queryKeyOf, useApiQuery } from './api-query';
import { setAuthNotice } from './auth-events';
import {
  auth,
  type ChangePasswordRequest,
  type LoginRequest,
  type Membership,
  type Session,
} from '../../../contracts/auth';
import { reference } from '../../../contracts/reference';
import type { Endpoint } from '../../../contracts/endpoint';
import type { Role } from '../../../domain/access/roles';
import { roleHasPermission } from '../../../domain/access/permissions';

export const SESSION_KEY = queryKeyOf(auth.session, {});
const META_KEY = queryKeyOf(reference.meta, {});

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

async function fetchSession(): Promise<Session | null> {
  try {
    return remember(await callApi(auth.session, {}));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: 5 * 60_000, retry: false });
}

/** The membership the user acts through (throws nothing; undefined while signed out). */
export function activeMembership(session: Session | null | undefined): Membership | undefined {
  return session?.memberships.find((m) => m.id === session.activeMembershipId);
}

const sameKey = (a: QueryKey, b: QueryKey) => a[0] === b[0] && a[1] === b[1];

/** Forget everything cached for the previous identity and install the new session. */
export function installSession(queryClient: QueryClient, session: Session | null): void {
  queryClient.removeQueries({ predicate: (q) => !sameKey(q.queryKey, SESSION_KEY) && !sameKey(q.queryKey, META_KEY) });
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(SESSION_KEY, session);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginRequest) => callApi(auth.login, { body }),
    onSuccess: (session) => {
      setAuthNotice(null);
      installSession(queryClient, remember(session));
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => callApi(auth.logout, {}),
    onSettled: () => {
      setAuthNotice('signed_out');
      installSession(queryClient, null);
    },
  });
}

export function useSwitchMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => callApi(auth.switchMembership, { body: { membershipId } }),
    onSuccess: (session) => installSession(queryClient, remember(session)),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => callApi(auth.changePassword, { body }) });
}

export function useMeta() {
  return useApiQuery(reference.meta, {}, { staleTime: Infinity, retry: 1 });
}

/**
 * Whether the acting role may call an endpoint: the contract's own permission (ADR 0031), so a button shows for
 * exactly the roles the server lets through. Row scope (which enterprise) is still the server's to decide.
 */
export function mayCall(role: Role | undefined, endpoint: Endpoint): boolean {
  return role !== undefined && roleHasPermission(role, endpoint.spec.permission);
}

/** `useMayCall(bodies.register)`: `mayCall` for the membership the user acts through. */
export function useMayCall(endpoint: Endpoint): boolean {
  return mayCall(activeMembership(useSession().data)?.role, endpoint);
}
