/** Every cached answer about free time, so that one invalidation refreshes every open picker. */
export const availabilityQueryKey = ['availability'] as const;
/** Every cached answer about working time, which the calendar shades. */
export const workingDaysQueryKey = ['working-days'] as const;
