// The inbox module's public face: the bell's items (decision 043). Other modules and the app
// import only from here.

export { forgetPatientMessagesOf, type Reader, unreadCountsOf } from './inbox.repository.ts';
export { registerInboxRoutes } from './inbox.routes.ts';
export {
  type AppointmentInboxChange,
  addAppointmentInboxItems,
  addInboxItems,
  announceInboxChange,
  type InboxItem,
  type InboxPayload,
  notifyFrontDesk,
} from './inbox-items.ts';
