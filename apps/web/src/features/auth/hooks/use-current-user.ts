import type { User } from '../../../types/api';
import { useMe } from '../api/get-me';

/** For pages inside a role area, whose guard has already made sure someone is signed in. */
export function useCurrentUser(): User {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser must be used inside a signed-in area.');
  return data;
}
