import { useEffect } from 'react';
import { useMe } from '../features/auth/api/get-me';
import { usePublicClinic } from '../features/clinic/api/public-clinic';
import { applyPreferredLanguage } from '../lib/i18n';

/**
 * Follows the signed-in person's language (else the browser's, else the clinic's default).
 * Renders nothing.
 */
export function LocaleSync() {
  const { data: user } = useMe();
  const { data: clinic } = usePublicClinic();
  const userLanguage = user?.language;
  const clinicDefault = clinic?.defaultLanguage;

  useEffect(() => {
    void applyPreferredLanguage({ userLanguage, clinicDefault });
  }, [userLanguage, clinicDefault]);

  return null;
}
