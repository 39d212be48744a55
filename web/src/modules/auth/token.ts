import { useSyncExternalStore } from 'react';

/**
 * The session token lives in localStorage so that a reload keeps the user signed in. Everything
 * that needs it (the Apollo link, GraphiQL, the auth guard) reads it here, and listens for changes.
 */
const TOKEN_KEY = 'vinh-danh.token';
const EXPIRES_KEY = 'vinh-danh.token-expires';

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

export const readToken = (): string | null => {
  const token = localStorage.getItem(TOKEN_KEY);
  const expires = localStorage.getItem(EXPIRES_KEY);
  if (!token) return null;
  if (expires && Date.parse(expires) <= Date.now()) return null;
  return token;
};

export const storeToken = (token: string, expiresAt: string): void => {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(EXPIRES_KEY, expiresAt);
  notify();
};

export const clearToken = (): void => {
  if (localStorage.getItem(TOKEN_KEY) === null) return;
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
  notify();
};

/** Calls `listener` whenever the token changes here or in another tab; returns the unsubscribe. */
export const onTokenChange = (listener: () => void): (() => void) => {
  listeners.add(listener);
  // Another tab signing in or out changes this tab's session too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
};

export const useToken = (): string | null => useSyncExternalStore(onTokenChange, readToken);
