import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isStaleRefusal } from '../utils/save-error';
import { scheduleQueryKey } from './keys';

/**
 * A change to the schedule: every list of this feature asks again once it is saved, or once
 * the server refused it because the list on screen was out of date.
 */
export function useScheduleMutation<Variables, Result>(
  mutationFn: (variables: Variables) => Promise<Result>,
) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: scheduleQueryKey });
  return useMutation({
    mutationFn,
    onSuccess: refresh,
    onError: (error) => {
      if (isStaleRefusal(error)) void refresh();
    },
  });
}
