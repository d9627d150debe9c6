import { useEffect } from 'react';
import { useMe } from '../features/auth/api/get-me';
import { useClinic } from '../features/clinic/api/get-clinic';
import { setClinicClock } from '../lib/dates';
import { applyPreferredLanguage, i18n } from '../lib/i18n';

/**
 * Follows the signed-in person's language (else the browser's, else the clinic's default) and
 * the clinic's clock. Renders nothing.
 */
export function LocaleSync() {
  const { data: user } = useMe();
  const { data: clinic } = useClinic();
  const userLanguage = user?.language;
  const clinicDefault = clinic?.defaultLanguage;
  const clock = clinic?.timeFormat;

  useEffect(() => {
    void applyPreferredLanguage({ userLanguage, clinicDefault });
  }, [userLanguage, clinicDefault]);

  useEffect(() => {
    if (!clock) return;
    setClinicClock(clock);
    // Components that write times re-render on this, as on a change of language.
    i18n.emit('clockChanged');
  }, [clock]);

  return null;
}
