// The schedule module's public face: other modules and the app import only from here.
export { registerScheduleRoutes } from './schedule.routes.ts';
