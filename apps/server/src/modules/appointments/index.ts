// The appointments module's public face: other modules and the app import only from here.
// biome-ignore-all assist/source/organizeImports: wire schemas first. Modules import each other
// through these files in a cycle, and other modules' schemas use these at load time, so they
// must be ready before the services and routes that lead back around the cycle are loaded.
export { appointmentWire, historyEntryWire } from './appointments.schemas.ts';
export { historyFields, toAppointmentWire } from './appointment-wire.ts';
export {
  findAppointment,
  insertAppointment,
  insertHistory,
  selectAppointments,
} from './appointments.repository.ts';
export { rederiveAppointmentInstants } from './rederive-instants.ts';
export { registerAppointmentRoutes } from './appointments.routes.ts';
