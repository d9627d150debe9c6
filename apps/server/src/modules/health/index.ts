// The health module's public face: other modules and the app import only from here.
export { registerHealthRoutes } from './health.routes.ts';
