// What other features may use of the users feature; the rest is its own business.
export { useDentists } from './api/get-dentists';
export { useUser } from './api/get-user';
export { useUsers } from './api/get-users';
export { useUpdateUser } from './api/update-user';
export { useTeam } from './hooks/use-team';
