import { Container } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../components/ui/page-loader';
import { QueryError } from '../../components/ui/query-error';
import { useMe } from '../../features/auth/api/get-me';
import { useSetupStatus } from '../../features/setup/api/get-setup-status';
import type { User } from '../../types/api';

export interface SessionState {
  needsSetup: boolean;
  user: User | null;
}

/** Waits until it is known whether the clinic is set up and who is signed in. */
export function SessionGate({ children }: { children: (session: SessionState) => ReactNode }) {
  const { t } = useTranslation('app');
  const setup = useSetupStatus();
  const me = useMe();

  if (setup.data === undefined || me.data === undefined) {
    const failed = setup.error ?? me.error;
    if (!failed) return <PageLoader />;
    return (
      <Container size="sm" py="xl">
        <QueryError
          title={t('session.unreachable')}
          error={failed}
          onRetry={() => {
            void setup.refetch();
            void me.refetch();
          }}
        />
      </Container>
    );
  }
  return children({ needsSetup: setup.data.needsSetup, user: me.data });
}
