import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { User } from '../../../types/api';
import { useUpdateUser } from '../api/update-user';

/**
 * Deactivating signs the person out everywhere, so it asks once more, inline, rather than
 * stacking a second dialog on top of the edit dialog.
 */
export function AccountStatusControl({ user, onChanged }: { user: User; onChanged: () => void }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const updateUser = useUpdateUser();
  const { t } = useTranslation('users');
  const deactivating = user.isActive;

  useEffect(() => {
    if (isConfirming) cancelRef.current?.focus();
  }, [isConfirming]);

  const confirm = () =>
    updateUser.mutate(
      { id: user.id, input: { isActive: !user.isActive } },
      {
        onSuccess: (updated) => {
          notifySuccess(
            updated.isActive
              ? t('status.nowActive', { name: updated.name })
              : t('status.nowInactive', { name: updated.name }),
          );
          onChanged();
        },
        onError: (error) =>
          notifyError(
            error,
            deactivating ? t('status.deactivateError') : t('status.reactivateError'),
          ),
      },
    );

  if (!isConfirming) {
    return (
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Text size="sm">{t('status.label')}</Text>
          <ActiveBadge isActive={user.isActive} />
        </Group>
        <Button
          variant="light"
          color={user.isActive ? 'red' : 'blue'}
          onClick={() => setIsConfirming(true)}
        >
          {deactivating ? t('status.deactivateAccount') : t('status.reactivateAccount')}
        </Button>
      </Group>
    );
  }

  return (
    <Alert
      color={user.isActive ? 'red' : 'blue'}
      title={
        deactivating
          ? t('status.confirmDeactivate', { name: user.name })
          : t('status.confirmReactivate', { name: user.name })
      }
    >
      <Stack gap="sm">
        <Text size="sm">
          {deactivating ? t('status.deactivateWarning') : t('status.reactivateWarning')}
        </Text>
        <Group gap="sm">
          <Button ref={cancelRef} variant="default" onClick={() => setIsConfirming(false)}>
            {t('status.keep')}
          </Button>
          <Button
            color={user.isActive ? 'red' : 'blue'}
            loading={updateUser.isPending}
            onClick={confirm}
          >
            {deactivating ? t('status.deactivate') : t('status.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
