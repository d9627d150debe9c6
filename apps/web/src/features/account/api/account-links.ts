import { apiClient } from '../../../lib/api-client';

// Plain calls, without the query library: the signed-out pages do not download it.

export function requestPasswordReset(email: string): Promise<unknown> {
  return apiClient.post('/api/auth/password-reset', { email });
}

export function confirmPasswordReset(token: string, password: string): Promise<void> {
  return apiClient.post('/api/auth/password-reset/confirm', { token, password });
}

export function verifyEmail(token: string): Promise<void> {
  return apiClient.post('/api/auth/verify-email', { token });
}

export function resendEmailConfirmation(): Promise<void> {
  return apiClient.post('/api/auth/verify-email/resend');
}
