import { Anchor, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { formatInstant } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import type { ClosureRequest } from '../../../types/api';
import { useCloseAccount, useClosureRequests } from '../api/closure';
import { useClosureRequestsLiveSync } from '../hooks/use-closure-requests-live-sync';

/**
 * Patients' open requests to close their accounts, on the owner's dashboard: each links to the
 * patient's record and is carried out here, after a warning that it cannot be undone.
 */
export function ClosureRequestsCard({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation('patientData');
  const requests = useClosureRequests();
  useClosureRequestsLiveSync();
  const [closing, setClosing] = useState<ClosureRequest | null>(null);
  const close = useCloseAccount();

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="closure-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="closure-title">
          {t('requests.title')}
        </Title>
        {requests.isPending ? (
          <Skeleton height={48} aria-label={t('requests.loading')} />
        ) : requests.isError ? (
          <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
        ) : requests.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('requests.empty')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {requests.data.map((request) => (
              <Group key={request.id} component="li" justify="space-between" wrap="wrap" gap="sm">
                <Stack gap={2}>
                  <Anchor component={Link} to={`/owner/patients/${request.patient}`}>
                    {request.patientName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('requests.askedOn', {
                      when: formatInstant(request.requestedAt, timeZone),
                    })}
                    {request.reason ? ` · ${request.reason}` : ''}
                  </Text>
                </Stack>
                <Button
                  color="red"
                  variant="light"
                  size="xs"
                  onClick={() => setClosing(request)}
                  aria-label={t('requests.closeNamed', { name: request.patientName })}
                >
                  {t('requests.close')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <ConfirmModal
        opened={closing !== null}
        title={t('close.title', { name: closing?.patientName ?? '' })}
        message={t('close.message')}
        confirmLabel={t('close.confirm')}
        isDanger
        isPending={close.isPending}
        onClose={() => setClosing(null)}
        onConfirm={() => {
          if (!closing) return;
          close.mutate(closing.patient, {
            onSuccess: (closed) => {
              setClosing(null);
              notifySuccess(t('close.done', { name: closed.name }));
            },
            onError: (error) => notifyError(error, t('close.error')),
          });
        }}
      />
    </Card>
  );
}
