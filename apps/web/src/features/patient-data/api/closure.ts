import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type {
  ClosedAccount,
  ClosureRequest,
  ClosureRequestBody,
  ClosureStatus,
} from '../../../types/api';

export const closureStatusQueryKey = (userId: number) => ['users', userId, 'closure'] as const;
export const closureRequestsQueryKey = ['closure-requests'] as const;

/** Where the account stands: closed or not, and its open request to close it, if any. */
export function useClosureStatus(userId: number) {
  return useQuery({
    queryKey: closureStatusQueryKey(userId),
    queryFn: ({ signal }) =>
      apiClient.get<ClosureStatus>(`/api/users/${userId}/closure-request`, { signal }),
  });
}

/** The patients' open requests, for owner and staff. */
export function useClosureRequests() {
  return useQuery({
    queryKey: closureRequestsQueryKey,
    queryFn: ({ signal }) => apiClient.get<ClosureRequest[]>('/api/closure-requests', { signal }),
  });
}

export function useRequestClosure(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ClosureRequestBody) =>
      apiClient.post<ClosureRequest>(`/api/users/${userId}/closure-request`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: closureStatusQueryKey(userId) }),
  });
}

export function useWithdrawClosure(userId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.delete(`/api/users/${userId}/closure-request`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: closureStatusQueryKey(userId) }),
  });
}

export function useCloseAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: number) => apiClient.post<ClosedAccount>(`/api/users/${userId}/close`),
    // Names change everywhere the person appeared: in the book, the lists and the requests.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

/** Where the browser downloads the JSON copy, or opens the printable one. */
export const exportUrl = (userId: number) => `/api/users/${userId}/export`;
export const printableExportUrl = (userId: number) => `/api/users/${userId}/export.html`;
