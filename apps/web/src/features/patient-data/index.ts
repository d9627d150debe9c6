// What other features and routes may use of the patient-data feature.
export { OwnerClosureRequests } from './components/owner-closure-requests';
export { PatientDataSection } from './components/patient-data-section';
