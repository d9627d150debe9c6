import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { formatInstant } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { useClinic } from '../../clinic';
import { exportUrl, printableExportUrl, useCloseAccount, useClosureStatus } from '../api/closure';

/**
 * The owner's part of a patient's record: a copy of their data for a request made on paper or
 * by phone, and closing the account, with or without the patient's request in the app.
 */
export function PatientAccountActions({ patientId }: { patientId: number }) {
  const { t } = useTranslation('patientData');
  const status = useClosureStatus(patientId);
  const close = useCloseAccount();
  const timeZone = useClinic().data?.timezone ?? 'UTC';
  const [isClosing, setIsClosing] = useState(false);

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="account-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="account-actions">
          {t('owner.title')}
        </Title>
        <Text size="sm">{t('owner.intro')}</Text>
        <Group>
          <Button component="a" href={exportUrl(patientId)} download variant="light">
            {t('owner.download')}
          </Button>
          <Button
            component="a"
            href={printableExportUrl(patientId)}
            target="_blank"
            rel="noopener"
            variant="light"
          >
            {t('owner.printable')}
          </Button>
        </Group>
        {status.isPending ? (
          <Skeleton height={36} aria-label={t('closure.loading')} />
        ) : status.isError ? (
          <QueryError error={status.error} onRetry={() => void status.refetch()} />
        ) : status.data.closedAt ? (
          <Alert color="gray" role="status">
            {t('owner.closedOn', { when: formatInstant(status.data.closedAt, timeZone) })}
          </Alert>
        ) : (
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text size="sm">
              {status.data.request
                ? t('owner.requestedOn', {
                    when: formatInstant(status.data.request.requestedAt, timeZone),
                  })
                : t('owner.noRequest')}
            </Text>
            <Button color="red" variant="light" onClick={() => setIsClosing(true)}>
              {t('requests.close')}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmModal
        opened={isClosing}
        title={t('owner.confirmTitle')}
        message={t('close.message')}
        confirmLabel={t('close.confirm')}
        isDanger
        isPending={close.isPending}
        onClose={() => setIsClosing(false)}
        onConfirm={() =>
          close.mutate(patientId, {
            onSuccess: (closed) => {
              setIsClosing(false);
              notifySuccess(t('close.done', { name: closed.name }));
            },
            onError: (error) => notifyError(error, t('close.error')),
          })
        }
      />
    </Paper>
  );
}
