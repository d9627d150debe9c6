// The dashboard module's public face: other modules and the app import only from here.
export { registerDashboardRoutes } from './dashboard.routes.ts';
