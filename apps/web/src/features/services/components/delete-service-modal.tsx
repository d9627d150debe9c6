import { Alert, Button, Text } from '@mantine/core';
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
  const deleteService = useDeleteService();
  const updateService = useUpdateService();
  const isInUse = isApiError(deleteService.error, 409);

  const remove = () =>
    deleteService.mutate(service.id, {
      onSuccess: () => {
        notifySuccess(`${service.name} was deleted.`);
        onClose();
      },
      onError: (error) => {
        if (!isApiError(error, 409)) notifyError(error, 'Could not delete the service');
      },
    });

  const deactivate = () =>
    updateService.mutate(
      { id: service.id, input: { isActive: false } },
      {
        onSuccess: () => {
          notifySuccess(`${service.name} is no longer offered.`);
          onClose();
        },
        onError: (error) => notifyError(error, 'Could not deactivate the service'),
      },
    );

  return (
    <ConfirmModal
      opened
      title={`Delete ${service.name}?`}
      message="The service is removed for good. This cannot be undone."
      confirmLabel="Delete"
      isDanger
      isPending={deleteService.isPending}
      onConfirm={remove}
      onClose={onClose}
    >
      {isInUse ? (
        <Alert color="orange" title="This service is in use">
          <Text size="sm" mb="sm">
            {deleteService.error?.message} You can deactivate it instead: it stays on existing
            appointments but is no longer offered.
          </Text>
          {service.isActive ? (
            <Button size="xs" loading={updateService.isPending} onClick={deactivate}>
              Deactivate instead
            </Button>
          ) : null}
        </Alert>
      ) : null}
    </ConfirmModal>
  );
}
