// The calendar feeds module's public face: other modules and the app import only from here.
export { registerCalendarFeedRoutes } from './calendar-feeds.routes.ts';
export { type CalendarInvitation, visitInvitation } from './visit-invitation.ts';
