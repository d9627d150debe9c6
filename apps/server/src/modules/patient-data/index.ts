// The patient-data module's public face: exports of a patient's data and closing accounts.
export { registerPatientDataRoutes } from './patient-data.routes.ts';
