// What other features may use of the auth feature; the rest is its own business.
export { meQueryOptions } from './api/me-query';
export { AccountFields } from './components/account-fields';
export { useCurrentUser } from './hooks/use-current-user';
