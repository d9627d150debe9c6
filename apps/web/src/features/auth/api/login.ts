import { apiClient } from '../../../lib/api-client';
import { startSession } from '../../../lib/session';
import type { LoginBody, SessionResponse } from '../../../types/api';

export type LoginInput = LoginBody;

/** Signs in; the guards, following the session, then take the user onward. */
export async function login(input: LoginInput): Promise<SessionResponse> {
  const session = await apiClient.post<SessionResponse>('/api/auth/login', input);
  startSession(session.user);
  return session;
}
