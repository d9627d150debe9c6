// Test data other features' tests may build on; never imported by the app itself.
export { appointmentFixture } from './utils/appointment.fixture';
