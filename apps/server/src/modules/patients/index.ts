// The patients module's public face: other modules and the app import only from here.
export { registerPatientRoutes } from './patients.routes.ts';
