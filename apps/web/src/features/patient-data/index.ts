// What other features and routes may use of the patient-data feature.

export { exportUrl, printableExportUrl } from './api/closure';
export { OwnerClosureRequests } from './components/owner-closure-requests';
export { PatientAccountActions } from './components/patient-account-actions';
export { PatientDataSection } from './components/patient-data-section';
