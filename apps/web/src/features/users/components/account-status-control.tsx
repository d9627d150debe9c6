import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
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
  const action = user.isActive ? 'Deactivate' : 'Reactivate';

  useEffect(() => {
    if (isConfirming) cancelRef.current?.focus();
  }, [isConfirming]);

  const confirm = () =>
    updateUser.mutate(
      { id: user.id, input: { isActive: !user.isActive } },
      {
        onSuccess: (updated) => {
          notifySuccess(`${updated.name} is now ${updated.isActive ? 'active' : 'inactive'}.`);
          onChanged();
        },
        onError: (error) => notifyError(error, `Could not ${action.toLowerCase()} the account`),
      },
    );

  if (!isConfirming) {
    return (
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="xs">
          <Text size="sm">Account status:</Text>
          <ActiveBadge isActive={user.isActive} />
        </Group>
        <Button
          variant="light"
          color={user.isActive ? 'red' : 'blue'}
          onClick={() => setIsConfirming(true)}
        >
          {action} account
        </Button>
      </Group>
    );
  }

  return (
    <Alert color={user.isActive ? 'red' : 'blue'} title={`${action} ${user.name}?`}>
      <Stack gap="sm">
        <Text size="sm">
          {user.isActive
            ? 'They will be signed out everywhere and cannot sign in until the account is reactivated.'
            : 'They will be able to sign in again.'}
        </Text>
        <Group gap="sm">
          <Button ref={cancelRef} variant="default" onClick={() => setIsConfirming(false)}>
            Keep as is
          </Button>
          <Button
            color={user.isActive ? 'red' : 'blue'}
            loading={updateUser.isPending}
            onClick={confirm}
          >
            {action}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
