import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { takeLinkToken } from '../../../features/account/utils/link-token';
import { UnsubscribeForm } from '../../../features/messages';

export function UnsubscribeRoute() {
  const { t } = useTranslation('messages');
  const [token] = useState(takeLinkToken);
  return (
    <Stack>
      <PageHeader title={t('unsubscribe.title')} />
      <UnsubscribeForm token={token} />
    </Stack>
  );
}
