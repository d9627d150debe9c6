import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../components/ui/query-error';

interface ClinicSettingsPendingProps {
  clinic: { error: unknown; refetch: () => unknown };
  /** What stands in for the page while the settings load. */
  placeholder: ReactNode;
}

/** What a page that needs the clinic's time zone shows until the settings have loaded. */
export function ClinicSettingsPending({ clinic, placeholder }: ClinicSettingsPendingProps) {
  const { t } = useTranslation('clinic');
  if (!clinic.error) return placeholder;
  return (
    <QueryError
      title={t('loadFailed')}
      error={clinic.error}
      onRetry={() => void clinic.refetch()}
    />
  );
}
