// What other features may use of the clinic feature; the rest is its own business.
export { useClinic } from './api/get-clinic';
export { ClinicContactCard } from './components/clinic-contact-card';
export { type ClinicClock, useClinicClock } from './hooks/use-clinic-clock';
