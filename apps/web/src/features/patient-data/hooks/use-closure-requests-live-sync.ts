import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { closureRequestsQueryKey } from '../api/closure';

/**
 * A patient asked to close their account, withdrew, or an account was closed (or the stream was
 * down and may have missed it): the open list of requests, and any account's standing shown on
 * a record, ask again.
 */
export function useClosureRequestsLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents((event) => {
    if (event.type !== 'closure_requests.changed' && event.type !== 'stream.opened') return;
    void queryClient.invalidateQueries({ queryKey: closureRequestsQueryKey });
    void queryClient.invalidateQueries({
      predicate: (query) => query.queryKey[0] === 'users' && query.queryKey[2] === 'closure',
    });
  });
}
