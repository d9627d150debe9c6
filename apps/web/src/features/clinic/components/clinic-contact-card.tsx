import { dialableNumber } from '@clinic/domain';
import { Anchor, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useClinic } from '../api/get-clinic';

/**
 * How a patient reaches the clinic, for the pages that tell them to get in touch: a number to
 * call, an email and the address. Says so plainly when the clinic has given none.
 */
export function ClinicContactCard() {
  const { t } = useTranslation('clinic');
  const clinic = useClinic();
  const headingId = useId();
  let body: ReactNode;
  if (clinic.isPending) {
    body = <Skeleton height={48} role="status" aria-label={t('contactCard.loading')} />;
  } else if (!clinic.data) {
    body = <Text size="sm">{t('contactCard.loadError')}</Text>;
  } else {
    const { name, phone, email, address } = clinic.data;
    body =
      phone || email || address ? (
        <Stack gap={4}>
          {phone ? (
            <Text size="sm">
              {t('contactCard.phone')}{' '}
              <Anchor href={`tel:${dialableNumber(phone)}`}>{phone}</Anchor>
            </Text>
          ) : null}
          {email ? (
            <Text size="sm">
              {t('contactCard.email')} <Anchor href={`mailto:${email}`}>{email}</Anchor>
            </Text>
          ) : null}
          {address ? (
            <Text size="sm" component="address" style={{ whiteSpace: 'pre-line' }} fs="normal">
              {name}
              {'\n'}
              {address}
            </Text>
          ) : null}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {t('contactCard.none')}
        </Text>
      );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h5" mb="xs" id={headingId}>
        {t('contactCard.title')}
      </Title>
      {body}
    </Paper>
  );
}
