import { apiClient } from '../../../lib/api-client';
import { sharedValue, useSharedValue } from '../../../lib/shared-value';
import type { Clinic } from '../../../types/api';

export function getClinic(): Promise<Clinic> {
  return apiClient.get<Clinic>('/api/clinic');
}

/**
 * The clinic's public details for the signed-out pages and the app's frame (name, language,
 * clock), without the query library, which the sign-in page does not download; the signed-in
 * area's `clinicQueryKey` query is kept in step with it.
 */
export const publicClinic = sharedValue(getClinic);

export function usePublicClinic() {
  return useSharedValue(publicClinic);
}
