import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { VerifyEmailResult } from '../../../features/account/components/verify-email-result';
import { takeLinkToken } from '../../../features/account/utils/link-token';

export function VerifyEmailRoute() {
  const { t } = useTranslation('auth');
  const [token] = useState(takeLinkToken);
  return (
    <Stack>
      <PageHeader title={t('verify.title')} />
      <VerifyEmailResult token={token} />
    </Stack>
  );
}
