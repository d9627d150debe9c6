// What other features may use of the patients feature; the rest is its own business.
export { PatientRecordView } from './components/patient-record-view';
