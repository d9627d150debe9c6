// What other features may use of the availability feature; the rest is its own business.
export {
  type Availability,
  type AvailableSlot,
  type DatedSlot,
  nextAvailableQueryOptions,
  useAvailability,
} from './api/get-availability';
export { useWorkingDays, type WorkingDay, type WorkingDays } from './api/get-working-days';
export { availabilityQueryKey, workingDaysQueryKey } from './api/query-keys';
export { AvailabilityPicker, type PickedTime } from './components/availability-picker';
export { SlotPicker } from './components/slot-picker';
export { TeamFreeTimes } from './components/team-free-times';
export { useAvailabilityLiveSync } from './hooks/use-availability-live-sync';
export { isFreeTime, nearestSlots, slotsOn } from './utils/free-days';
