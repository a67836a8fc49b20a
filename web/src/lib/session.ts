/** Session queries and mutations; every SessionResponse refreshes the CSRF token. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, apiGet, apiPost, setCsrfToken } from './api-client';
import type { Membership, Meta, Session } from './api-types';
import { setAuthNotice } from './auth-events';
import type { Endpoint } from '../../../contracts/endpoint';
import type { Role } from '../../../domain/access/roles';
import { roleHasPermission } from '../../../domain/access/permissions';

export const SESSION_KEY = ['session'] as const;

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

async function fetchSession(): Promise<Session | null> {
  try {
    return remember(await apiGet<Session>('/api/v1/auth/session'));
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

/** Forget everything cached for the previous identity and install the new session. */
export function installSession(queryClient: QueryClient, session: Session | null): void {
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' && q.queryKey[0] !== 'meta' });
  setCsrfToken(session?.csrfToken ?? null);
  queryClient.setQueryData(SESSION_KEY, session);
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => apiPost<Session>('/api/v1/auth/login', body),
    onSuccess: (session) => {
      setAuthNotice(null);
      installSession(queryClient, remember(session));
    },
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiPost<void>('/api/v1/auth/logout'),
    onSettled: () => {
      setAuthNotice('signed_out');
      installSession(queryClient, null);
    },
  });
}

export function useSwitchMembership() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (membershipId: string) => apiPost<Session>('/api/v1/auth/switch-membership', { membershipId }),
    onSuccess: (session) => installSession(queryClient, remember(session)),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      apiPost<void>('/api/v1/auth/change-password', body),
  });
}

export function useMeta() {
  return useQuery({ queryKey: ['meta'], queryFn: () => apiGet<Meta>('/api/v1/meta'), staleTime: Infinity, retry: 1 });
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
