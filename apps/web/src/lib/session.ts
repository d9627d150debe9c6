import type { Role, User } from '../types/api';
import { apiClient } from './api-client';
import { sharedValue } from './shared-value';

/** The signed-in user's key in the signed-in area's query cache (a copy of `sessionUser`). */
export const meQueryKey = ['auth', 'me'] as const;

export function dashboardPath(role: Role): string {
  return `/${role}`;
}

/**
 * Not being signed in is an answer, not an error: it resolves to null. Asked of
 * `/api/auth/session`, which answers a visitor 200 `{user: null}`, because the 401 of
 * `/api/auth/me` would be logged as a console error on every sign-in page.
 */
export async function getSessionUser(): Promise<User | null> {
  const { user } = await apiClient.get<{ user: User | null }>('/api/auth/session');
  return user;
}

/** The signed-in user, or null when there is no session. Guards read it to decide where to go. */
export const sessionUser = sharedValue(getSessionUser);

const sessionStartListeners = new Set<() => void>();

/** Called before a new session's user is set: the query cache drops the last one's data. */
export function onSessionStart(listener: () => void): () => void {
  sessionStartListeners.add(listener);
  return () => {
    sessionStartListeners.delete(listener);
  };
}

/** A new session must never show data cached for the previous one. */
export function startSession(user: User): void {
  for (const listener of sessionStartListeners) listener();
  sessionUser.set(user);
}

/** Route guards react to the missing user by sending the browser to /login. */
export function endSession(): void {
  sessionUser.set(null);
}
