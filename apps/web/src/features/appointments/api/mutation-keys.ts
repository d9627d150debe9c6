import { appointmentsQueryKey } from './get-appointments';

/**
 * Every appointment mutation shares this prefix, so live events can wait for this tab's own
 * writes to settle before deciding whether an event is news.
 */
export const appointmentMutationKey = [...appointmentsQueryKey, 'mutation'] as const;
