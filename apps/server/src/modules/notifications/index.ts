// The notifications module's public face: other modules and the app import only from here.
export { createSmtpMailer, type Mailer } from './mailer.ts';
export { registerMessageRoutes } from './messages.routes.ts';
export { queueAppointmentEmails, replanReminders } from './outbox.ts';
export { storedChannelPreferences } from './preferences.repository.ts';
export { registerMessagePreferenceRoutes } from './preferences.routes.ts';
export { setChannel } from './preferences.service.ts';
export { longVisitDate, visitTime } from './visit-format.ts';
export { type NotificationWorker, startNotificationWorker } from './worker.ts';
