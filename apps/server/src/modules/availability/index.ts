// The availability module's public face: other modules and the app import only from here.
export { registerAvailabilityRoutes } from './availability.routes.ts';
export { workingMinutes } from './availability.service.ts';
export {
  type BookingCheck,
  checkBooking,
  chooseDentist,
} from './booking-check.ts';
