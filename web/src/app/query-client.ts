import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api-client';
import { setAuthNotice, setSessionLostHandler } from '../lib/auth-events';
import { installSession, SESSION_KEY } from '../lib/session';
import type { Session } from '../../../contracts/auth';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // client errors (4xx) will not improve on retry
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

/** A 401 anywhere ends the signed-in view; a notice explains why when a session was active. */
setSessionLostHandler(() => {
  const current = queryClient.getQueryData<Session | null>(SESSION_KEY);
  if (current) {
    setAuthNotice('expired');
    installSession(queryClient, null);
  }
});
