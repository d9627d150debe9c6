import { useMutation, useQueryClient } from '@tanstack/react-query';
import { scheduleQueryKey } from './keys';

/** A change to the schedule: every list of this feature asks again once it is saved. */
export function useScheduleMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scheduleQueryKey }),
  });
}
