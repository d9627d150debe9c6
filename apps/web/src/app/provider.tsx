import { MantineProvider } from '@mantine/core';
import { type ReactNode, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../components/ui/page-loader';
import { LocaleSync } from './locale-sync';
import { createClinicTheme, cssVariablesResolver } from './theme';

export function AppProvider({ children }: { children: ReactNode }) {
  // No suspending here, above every boundary: English names serve until a language has loaded.
  const { t } = useTranslation('common', { useSuspense: false });
  const theme = useMemo(
    () =>
      createClinicTheme({
        closeDialog: t('actions.closeDialog'),
        closeNotification: t('actions.closeNotification'),
      }),
    [t],
  );
  return (
    // Forced light: the dark-scheme switch would need an inline script the CSP does not allow.
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      forceColorScheme="light"
    >
      <LocaleSync />
      {/* Texts in a language other than English arrive with their first page. */}
      <Suspense fallback={<PageLoader />}>{children}</Suspense>
    </MantineProvider>
  );
}
