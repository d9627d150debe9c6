import { useEffect } from 'react';
import { usePublicClinic } from '../features/clinic/api/public-clinic';
import { clinicTimeFormat, setClinicClock } from '../lib/dates';
import { i18n } from '../lib/i18n';

/**
 * Follows the clinic's clock (24 or 12 hours). Only pages past sign-in write times, so this and
 * the date helpers load with them. Renders nothing.
 */
export function ClockSync() {
  const clock = usePublicClinic().data?.timeFormat;
  useEffect(() => {
    // Re-rendering every text costs a long task on a phone; the usual 24-hour clock needs none.
    if (!clock || clock === clinicTimeFormat()) return;
    setClinicClock(clock);
    // Components that write times re-render on this, as on a change of language.
    i18n.emit('clockChanged');
  }, [clock]);
  return null;
}
