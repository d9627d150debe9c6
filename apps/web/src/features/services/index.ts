// What other features may use of the services feature; the rest is its own business.
export { useServices } from './api/get-services';
