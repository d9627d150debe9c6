import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { Clinic, UpdateClinicBody } from '../../../types/api';
import { clinicQueryKey } from './get-clinic';

export type UpdateClinicInput = UpdateClinicBody;

export function updateClinic(input: UpdateClinicInput): Promise<Clinic> {
  return apiClient.patch<Clinic>('/api/clinic', input);
}

export function useUpdateClinic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateClinic,
    onSuccess: (clinic) => queryClient.setQueryData(clinicQueryKey, clinic),
  });
}
