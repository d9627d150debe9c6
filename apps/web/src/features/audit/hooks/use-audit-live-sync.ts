import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../events';
import { auditQueryKey } from '../api/get-audit-log';

/**
 * Every appointment event is a new line in the log, and a reopened stream may have missed some;
 * the log lives outside the appointment queries the shared live sync refreshes, so it listens
 * for itself.
 */
export function useAuditLiveSync(): void {
  const queryClient = useQueryClient();
  useLiveEvents(() => void queryClient.invalidateQueries({ queryKey: auditQueryKey }));
}
