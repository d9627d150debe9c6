import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../components/ui/confirm-modal';
import { QueryError } from '../../../components/ui/query-error';
import { formatInstant } from '../../../lib/dates';
import { notifyError, notifySuccess } from '../../../lib/notify';
import {
  exportUrl,
  printableExportUrl,
  useClosureStatus,
  useRequestClosure,
  useWithdrawClosure,
} from '../api/closure';

/**
 * A patient's own data on their profile: a copy to download or print, and the request to
 * close the account, which the clinic's owner carries out.
 */
export function YourDataSection({ userId, timeZone }: { userId: number; timeZone: string }) {
  const { t } = useTranslation('patientData');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="your-data-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="your-data-title">
          {t('yourData.title')}
        </Title>
        <Text size="sm">{t('yourData.intro')}</Text>
        <Group>
          <Button component="a" href={exportUrl(userId)} download variant="light">
            {t('yourData.downloadJson')}
          </Button>
          <Button
            component="a"
            href={printableExportUrl(userId)}
            target="_blank"
            rel="noopener"
            variant="light"
          >
            {t('yourData.openPrintable')}
          </Button>
        </Group>
        <ClosureRequestControl userId={userId} timeZone={timeZone} />
      </Stack>
    </Paper>
  );
}

function ClosureRequestControl({ userId, timeZone }: { userId: number; timeZone: string }) {
  const { t } = useTranslation('patientData');
  const status = useClosureStatus(userId);
  const request = useRequestClosure(userId);
  const withdraw = useWithdrawClosure(userId);
  const [isAsking, setIsAsking] = useState(false);
  const [reason, setReason] = useState('');

  if (status.isPending) return <Skeleton height={36} aria-label={t('closure.loading')} />;
  if (status.isError) {
    return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  }
  const open = status.data.request;
  if (open) {
    return (
      <Alert color="orange" title={t('closure.pendingTitle')} role="status">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">
            {t('closure.pendingSince', { when: formatInstant(open.requestedAt, timeZone) })}
          </Text>
          <Button
            variant="default"
            size="xs"
            loading={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(undefined, {
                onSuccess: () => notifySuccess(t('closure.withdrawn')),
                onError: (error) => notifyError(error, t('closure.withdrawError')),
              })
            }
          >
            {t('closure.withdraw')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm">{t('closure.intro')}</Text>
        <Button color="red" variant="light" onClick={() => setIsAsking(true)}>
          {t('closure.ask')}
        </Button>
      </Group>
      <ConfirmModal
        opened={isAsking}
        title={t('closure.confirmTitle')}
        message={t('closure.confirmMessage')}
        confirmLabel={t('closure.confirm')}
        isDanger
        isPending={request.isPending}
        onClose={() => setIsAsking(false)}
        onConfirm={() =>
          request.mutate(
            { reason: reason.trim() || undefined },
            {
              onSuccess: () => {
                setIsAsking(false);
                setReason('');
                notifySuccess(t('closure.sent'));
              },
              onError: (error) => notifyError(error, t('closure.sendError')),
            },
          )
        }
      >
        <Textarea
          label={t('closure.reason')}
          description={t('closure.reasonHint')}
          value={reason}
          maxLength={1000}
          autosize
          minRows={2}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
      </ConfirmModal>
    </>
  );
}
