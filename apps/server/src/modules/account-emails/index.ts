// The account-emails module's public face: other modules and the app import only from here.

export { type AccountEmailWorker, startAccountEmailWorker } from './account-email-worker.ts';
export { registerAccountEmailRoutes } from './account-emails.routes.ts';
export {
  announceEmailConfirmation,
  queueEmailConfirmation,
} from './account-emails.service.ts';
