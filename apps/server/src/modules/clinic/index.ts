// The clinic module's public face: other modules and the app import only from here.

export { registerClinicRoutes } from './clinic.routes.ts';
export { type Clinic, ensureOwnerFromConfig, getClinic, setUpClinic } from './clinic.service.ts';
