// What other features may use of the auth feature; the rest is its own business.
export { meQueryOptions } from './api/get-me';
export { AccountFields } from './components/account-fields';
