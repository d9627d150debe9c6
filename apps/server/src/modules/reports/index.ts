// The reports module's public face: other modules and the app import only from here.
export { registerReportRoutes } from './reports.routes.ts';
