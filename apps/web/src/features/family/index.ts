// What other features may use of the family feature; the rest is its own business.
export { useDependants } from './api/dependants';
export { FamilyPanel } from './components/family-panel';
export { FamilySection } from './components/family-section';
export { ForWhomSelect, MYSELF, patientFor } from './components/for-whom-select';
