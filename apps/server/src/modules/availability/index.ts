// The availability module's public face: other modules and the app import only from here.
export { registerAvailabilityRoutes } from './availability.routes.ts';
export {
  type BookingCheck,
  checkBooking,
  chooseDentist,
  workingMinutes,
} from './availability.service.ts';
