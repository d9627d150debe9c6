import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActiveBadge } from '../../../components/ui/active-badge';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { HandOverResult, User } from '../../../types/api';
import { useUpdateUser } from '../api/update-user';
import { useHandOver } from '../hooks/use-hand-over';
import { leftBehind } from '../utils/hand-over';
import { ComingVisitsChoice } from './coming-visits-choice';
import { HandOverReport } from './hand-over-report';

/**
 * Deactivating signs the person out everywhere, so it asks once more, inline, rather than
 * stacking a second dialog on top of the edit dialog. A dentist's coming visits are counted
 * there, and can be given to another dentist or cancelled first.
 */
export function AccountStatusControl({ user, onChanged }: { user: User; onChanged: () => void }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDone, setIsDone] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const updateUser = useUpdateUser();
  const handOver = useHandOver(user.id);
  const { t } = useTranslation(['users', 'dentists']);
  const deactivating = user.isActive;
  const asksAboutVisits = deactivating && user.isDentist;

  useEffect(() => {
    if (isConfirming) cancelRef.current?.focus();
  }, [isConfirming]);

  const deactivateOrReactivate = (handedOver: HandOverResult | null) =>
    updateUser.mutate(
      { id: user.id, input: { isActive: !user.isActive } },
      {
        onSuccess: (updated) => {
          notifySuccess(
            updated.isActive
              ? t('status.nowActive', { name: updated.name })
              : t('status.nowInactive', { name: updated.name }),
          );
          // Visits left behind are listed until the owner has read them.
          if (leftBehind(handedOver).length > 0) setIsDone(true);
          else onChanged();
        },
        onError: (error) =>
          notifyError(
            error,
            deactivating ? t('status.deactivateError') : t('status.reactivateError'),
          ),
      },
    );

  const confirm = () => {
    if (!asksAboutVisits) {
      deactivateOrReactivate(null);
      return;
    }
    handOver.apply().then(
      (applied) => {
        if (applied) deactivateOrReactivate(applied.result);
      },
      (error: unknown) => notifyError(error, t('dentists:handOver.error')),
    );
  };

  if (isDone && handOver.result) {
    return (
      <Stack gap="sm">
        <HandOverReport result={handOver.result} />
        <Group justify="flex-end">
          <Button onClick={onChanged}>{t('status.done')}</Button>
        </Group>
      </Stack>
    );
  }

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
        {asksAboutVisits ? (
          <ComingVisitsChoice
            dentist={user}
            choice={handOver.choice}
            onChange={handOver.change}
            missing={handOver.missing}
          />
        ) : null}
        <Group gap="sm">
          <Button ref={cancelRef} variant="default" onClick={() => setIsConfirming(false)}>
            {t('status.keep')}
          </Button>
          <Button
            color={user.isActive ? 'red' : 'blue'}
            loading={updateUser.isPending || handOver.isPending}
            onClick={confirm}
          >
            {deactivating ? t('status.deactivate') : t('status.reactivate')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
