// What other features may use of the account feature; the rest is its own business.
export { EmailConfirmationNotice } from './components/email-confirmation-notice';
