// What other features may use of the calendar feed feature; the rest is its own business.
export { CalendarFeedSection } from './components/calendar-feed-section';
export { CalendarFeedSettings, NoCalendarFeed } from './components/calendar-feed-settings';
export { DentistFeedControl } from './components/dentist-feed-control';
