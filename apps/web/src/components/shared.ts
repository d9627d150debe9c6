// Presentational pieces several features share. They are written inside the feature that
// first needed them; features import them from here, never from one another.
export { DateRangeFilters } from '../features/appointments/components/date-range-filters';
export { ClinicSettingsPending } from '../features/clinic/components/clinic-settings-pending';
export { PersonSelect } from '../features/users/components/person-select';
