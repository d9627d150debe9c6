// What other features may use of the appointments feature; the rest is its own business.
export { appointmentListsQueryKey, appointmentsQueryKey } from './api/get-appointments';
export { useRecordPatientConfirmation } from './api/patient-confirmation';
export { type UpdateAppointmentInput, useUpdateAppointment } from './api/update-appointment';
export { AppointmentDialog } from './components/appointment-dialog-lazy';
export { CancelAppointmentModal, type CancelWording } from './components/cancel-appointment-modal';
export { ConfirmWithDentistModal } from './components/confirm-with-dentist-modal';
export { CreateAppointmentModal } from './components/create-appointment-modal-lazy';
export { RequestAppointmentModal } from './components/request-appointment-modal-lazy';
export { NextStepButton, OtherStepItems } from './components/status-steps';
export { useChangeStatus } from './hooks/use-change-status';
export { type StatusDialog, useStatusActions } from './hooks/use-status-actions';
export { describeTheirChanges } from './utils/concurrent-edit';
export {
  describeHistoryChanges,
  type HistoryNames,
  historyActionVerb,
} from './utils/describe-history';
export { positiveInt } from './utils/list-view';
export {
  needsDentistToConfirm,
  offeredTransitions,
  primaryStatusAction,
  statusActionLabel,
} from './utils/status-actions';
