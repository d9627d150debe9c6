import app from './app.json';
import appointments from './appointments.json';
import audit from './audit.json';
import auth from './auth.json';
import availability from './availability.json';
import calendar from './calendar.json';
import calendarFeed from './calendarFeed.json';
import clinic from './clinic.json';
import common from './common.json';
import dashboard from './dashboard.json';
import dayBoard from './dayBoard.json';
import dentists from './dentists.json';
import events from './events.json';
import family from './family.json';
import inbox from './inbox.json';
import messages from './messages.json';
import patientData from './patientData.json';
import patients from './patients.json';
import reports from './reports.json';
import schedule from './schedule.json';
import services from './services.json';
import setup from './setup.json';
import users from './users.json';
import visitAnswers from './visitAnswers.json';

/**
 * English ships in the main bundle: it is the fallback for every other language and the source
 * of the key types, so a missing key fails the type check rather than showing up as raw text.
 */
export const english = {
  common,
  app,
  auth,
  setup,
  clinic,
  events,
  appointments,
  calendar,
  calendarFeed,
  availability,
  dashboard,
  dayBoard,
  audit,
  reports,
  users,
  services,
  schedule,
  dentists,
  patients,
  patientData,
  family,
  inbox,
  visitAnswers,
  messages,
};
