import { Stack } from '@mantine/core';
import { PageHeader } from '../../../components/ui/page-header';
import { AuditLog } from '../../../features/audit/components/audit-log';

export function OwnerAuditRoute() {
  return (
    <Stack gap="lg">
      <PageHeader title="Audit log" />
      <AuditLog />
    </Stack>
  );
}
