/**
 * A tiny store for the "signed out because …" notice shown on the login page, and the hook the
 * API client calls when the server says the session is gone.
 */
import { useSyncExternalStore } from 'react';

export type AuthNotice = 'expired' | 'signed_out' | null;

let notice: AuthNotice = null;
const listeners = new Set<() => void>();

export function setAuthNotice(value: AuthNotice): void {
  notice = value;
  for (const l of listeners) l();
}

export function useAuthNotice(): AuthNotice {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => notice,
  );
}

type SessionLostHandler = (code: string) => void;
let onSessionLost: SessionLostHandler = () => undefined;

export function setSessionLostHandler(handler: SessionLostHandler): void {
  onSessionLost = handler;
}

export function notifySessionLost(code: string): void {
  onSessionLost(code);
}
