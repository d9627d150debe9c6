import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { ResetPasswordForm } from '../../../features/account/components/reset-password-form';
import { takeLinkToken } from '../../../features/account/utils/link-token';

export function ResetPasswordRoute() {
  const { t } = useTranslation('auth');
  const [token] = useState(takeLinkToken);
  return (
    <Stack>
      <PageHeader title={t('reset.title')} />
      <ResetPasswordForm token={token} />
    </Stack>
  );
}
