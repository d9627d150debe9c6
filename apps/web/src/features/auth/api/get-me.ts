import { sessionUser } from '../../../lib/session';
import { useSharedValue } from '../../../lib/shared-value';

/** The signed-in user (null when nobody is), for signed-out and signed-in pages alike. */
export function useMe() {
  return useSharedValue(sessionUser);
}
