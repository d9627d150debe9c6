// The schedule module's public face: other modules and the app import only from here.

// The demo fills a fresh clinic's schedule through the same rules as the API.
export { createException } from './exceptions.service.ts';
export { registerScheduleRoutes } from './schedule.routes.ts';
export { createWorkingHours } from './working-hours.service.ts';
