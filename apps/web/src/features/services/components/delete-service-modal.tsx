import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { isApiError } from '../../../lib/api-error';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { Service } from '../../../types/api';
import { useDeleteService } from '../api/delete-service';
import { useUpdateService } from '../api/update-service';

/** Mounted only while open. A service that appointments use cannot go; it can stop being offered. */
export function DeleteServiceModal({
  service,
  onClose,
}: {
  service: Service;
  onClose: () => void;
}) {
  const { t } = useTranslation(['services', 'common']);
  const deleteService = useDeleteService();
  const updateService = useUpdateService();
  const isInUse = isApiError(deleteService.error, 409);

  const remove = () =>
    deleteService.mutate(service.id, {
      onSuccess: () => {
        notifySuccess(t('delete.deleted', { name: service.name }));
        onClose();
      },
      onError: (error) => {
        if (!isApiError(error, 409)) notifyError(error, t('delete.error'));
      },
    });

  const deactivate = () =>
    updateService.mutate(
      { id: service.id, input: { isActive: false } },
      {
        onSuccess: () => {
          notifySuccess(t('delete.deactivated', { name: service.name }));
          onClose();
        },
        onError: (error) => notifyError(error, t('delete.deactivateError')),
      },
    );

  return (
    <ConfirmModal
      opened
      title={t('delete.title', { name: service.name })}
      message={t('delete.message')}
      confirmLabel={t('common:actions.delete')}
      isDanger
      isPending={deleteService.isPending}
      onConfirm={remove}
      onClose={onClose}
    >
      {isInUse ? (
        <Alert color="orange" title={t('delete.inUseTitle')}>
          <Text size="sm" mb="sm">
            {deleteService.error?.message} {t('delete.inUseHint')}
          </Text>
          {service.isActive ? (
            <Button size="xs" loading={updateService.isPending} onClick={deactivate}>
              {t('delete.deactivate')}
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
