// What other features and the layout may use of the inbox feature (the notification bell).
export { InboxBell } from './components/inbox-bell';
