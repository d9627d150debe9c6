import { Button, Group, Stack } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { notifyError } from '../../../lib/notify';
import type { Service } from '../../../types/api';
import { useDentists } from '../../users';
import { useServices } from '../api/get-services';
import { useUpdateService } from '../api/update-service';
import { DeleteServiceModal } from './delete-service-modal';
import { ServiceFormModal } from './service-form-modal';
import { ServicesTable } from './services-table';

type Dialog = { kind: 'form'; service: Service | null } | { kind: 'delete'; service: Service };

export function ServicesManager() {
  const { t } = useTranslation('services');
  const services = useServices();
  const dentists = useDentists();
  const dentistNames = new Map((dentists.data ?? []).map((d) => [d.id, d.name]));
  const toggle = useUpdateService();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const openCreate = () => setDialog({ kind: 'form', service: null });

  const toggleActive = (service: Service) =>
    toggle.mutate(
      { id: service.id, input: { isActive: !service.isActive } },
      { onError: (error) => notifyError(error, t('toggleError', { name: service.name })) },
    );

  let content: ReactNode;
  if (services.error) {
    content = (
      <QueryError
        title={t('loadError')}
        error={services.error}
        onRetry={() => void services.refetch()}
      />
    );
  } else if (!services.data) {
    content = <TableSkeleton />;
  } else if (services.data.length === 0) {
    content = (
      <EmptyState
        title={t('empty.title')}
        description={t('empty.description')}
        action={<Button onClick={openCreate}>{t('add')}</Button>}
      />
    );
  } else {
    content = (
      <ServicesTable
        services={services.data}
        onEdit={(service) => setDialog({ kind: 'form', service })}
        onDelete={(service) => setDialog({ kind: 'delete', service })}
        onToggleActive={toggleActive}
        pendingId={toggle.isPending ? (toggle.variables?.id ?? null) : null}
        dentistNames={dentistNames}
      />
    );
  }

  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={openCreate}>{t('add')}</Button>
      </Group>
      {content}
      {dialog?.kind === 'form' ? (
        <ServiceFormModal service={dialog.service} onClose={close} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <DeleteServiceModal service={dialog.service} onClose={close} />
      ) : null}
    </Stack>
  );
}
