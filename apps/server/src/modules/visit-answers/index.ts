// The visit-answers module's public face: other modules and the app import only from here.
// Patients answer the messages about their visits (decision 040); the SMS replies reach the
// same two answers through the appointments module's functions, re-exported here.

export {
  cancelByPatientAnswer,
  confirmAttendanceByPatient,
  type PatientAnswerResult,
} from '../appointments/index.ts';
export { type AnswerLinks, type IssuedAnswerLinks, issueAnswerLinks } from './answer-links.ts';
export { registerVisitAnswerRoutes } from './visit-answers.routes.ts';
