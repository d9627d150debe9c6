// The appointments module's public face: other modules and the app import only from here.
export { historyFields, toAppointmentWire } from './appointment-wire.ts';
export {
  type AppointmentView,
  findAppointment,
  insertAppointment,
  insertHistory,
  selectAppointments,
} from './appointments.repository.ts';
export { registerAppointmentRoutes } from './appointments.routes.ts';
export { cancelComingVisitsOfPatient } from './cancel-patient-visits.ts';
export { registerDentistVisitRoutes } from './dentist-visits.routes.ts';
export {
  cancelByPatientAnswer,
  confirmAttendanceByPatient,
  type PatientAnswerOptions,
  type PatientAnswerResult,
} from './patient-answers.ts';
export { rederiveAppointmentInstants } from './rederive-instants.ts';
