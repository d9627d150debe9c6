import { queryOptions } from '@tanstack/react-query';
import { getSessionUser, meQueryKey } from '../../../lib/session';

/**
 * For the live stream, which asks again whether the session still holds after a reconnect. Apart
 * from get-me.ts, which the sign-in page loads, so that this page does not load the query library.
 */
export const meQueryOptions = () => queryOptions({ queryKey: meQueryKey, queryFn: getSessionUser });
