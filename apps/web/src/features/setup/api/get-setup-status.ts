import { apiClient } from '../../../lib/api-client';
import { sharedValue, useSharedValue } from '../../../lib/shared-value';
import type { SetupStatus } from '../../../types/api';

export type { SetupStatus };

export function getSetupStatus(): Promise<SetupStatus> {
  return apiClient.get<SetupStatus>('/api/setup');
}

/** Whether the clinic still has to be set up; the guards of every page ask it first. */
export const setupStatus = sharedValue(getSetupStatus);

export function useSetupStatus() {
  return useSharedValue(setupStatus);
}
