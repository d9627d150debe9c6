import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/ui/page-header';
import { AuditLog } from '../../../features/audit/components/audit-log';

export function OwnerAuditRoute() {
  const { t } = useTranslation('app');
  return (
    <Stack gap="lg">
      <PageHeader title={t('pages.audit')} />
      <AuditLog />
    </Stack>
  );
}
