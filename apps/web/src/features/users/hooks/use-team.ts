import type { User } from '../../../types/api';
import { useUsers } from '../api/get-users';

// A clinic's team fits in one page of the API's largest page size.
const TEAM_PAGE = { page: 1, pageSize: 200 } as const;

export interface Team {
  /** The owner account(s) first, then staff; undefined until both have loaded. */
  members: User[] | undefined;
  error: Error | null;
  refetch: () => void;
}

/** Everyone who works at the clinic, active or not: the API lists one role at a time. */
export function useTeam(): Team {
  const owners = useUsers({ role: 'owner', ...TEAM_PAGE });
  const staff = useUsers({ role: 'staff', ...TEAM_PAGE });
  return {
    members:
      owners.data && staff.data ? [...owners.data.results, ...staff.data.results] : undefined,
    error: owners.error ?? staff.error,
    refetch: () => {
      void owners.refetch();
      void staff.refetch();
    },
  };
}
