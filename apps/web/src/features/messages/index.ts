// What other features and routes may use of the messages feature.
export { AppointmentMessages } from './components/appointment-messages';
export { PatientMessages } from './components/patient-messages';
export { UnsubscribeForm } from './components/unsubscribe-form';
