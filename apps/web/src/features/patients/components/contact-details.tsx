import { ageOn } from '@clinic/domain';
import { Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type DetailItem, DetailList } from '../../../components/ui/detail-list';
import { UnconfirmedEmailBadge } from '../../../components/ui/unconfirmed-email-badge';
import { formatLongDate } from '../../../lib/dates';
import { languageNames } from '../../../lib/i18n';
import type { User } from '../../../types/api';

function Missing({ children }: { children: ReactNode }) {
  return (
    <Text span c="dimmed">
      {children}
    </Text>
  );
}

export function ContactDetails({ patient, today }: { patient: User; today: string | undefined }) {
  const { t } = useTranslation('patients');
  const notGiven = <Missing>{t('details.notGiven')}</Missing>;
  const birth = patient.dateOfBirth;
  const items: DetailItem[] = [
    {
      label: t('details.email'),
      value: patient.email ? (
        <>
          {patient.email}
          <UnconfirmedEmailBadge user={patient} />
        </>
      ) : (
        <Missing>{t('details.noEmail')}</Missing>
      ),
    },
    { label: t('details.phone'), value: patient.phone || notGiven },
    {
      label: t('details.dateOfBirth'),
      value: !birth
        ? notGiven
        : today
          ? t('details.age', { date: formatLongDate(birth), count: ageOn(birth, today) })
          : formatLongDate(birth),
    },
    {
      label: t('details.language'),
      value: patient.language ? languageNames[patient.language] : t('details.clinicDefault'),
    },
    {
      label: t('details.channel'),
      value: patient.contactChannel ? t(`channels.${patient.contactChannel}`) : notGiven,
    },
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="contact-details">
      <Title order={2} size="h4" mb="sm" id="contact-details">
        {t('details.title')}
      </Title>
      <DetailList items={items} />
    </Paper>
  );
}
