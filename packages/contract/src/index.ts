// The API's wire format, shared by the server (which validates and documents with it) and the
// web app (which takes only its types: zod stays out of the browser bundle).
export * from './account-emails.ts';
export * from './appointments.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './availability.ts';
export * from './calendar-feeds.ts';
export * from './clinic.ts';
export * from './clinic-day.ts';
export * from './dashboard.ts';
export * from './dentist-visits.ts';
export * from './events.ts';
export * from './inbox.ts';
export * from './messages.ts';
export * from './paging.ts';
export * from './patient-data.ts';
export * from './patients.ts';
export * from './problem.ts';
export * from './reports.ts';
export * from './schedule.ts';
export * from './services.ts';
export * from './users.ts';
export * from './visit-answers.ts';
