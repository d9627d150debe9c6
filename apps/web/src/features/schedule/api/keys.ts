/** Everything this feature caches sits under one root, so a schedule change refreshes it all. */
export const scheduleQueryKey = ['schedule'] as const;
export const workingHoursQueryKey = [...scheduleQueryKey, 'working-hours'] as const;
export const scheduleExceptionsQueryKey = [...scheduleQueryKey, 'exceptions'] as const;
