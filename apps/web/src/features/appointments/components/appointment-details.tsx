import { Anchor, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DetailList } from '../../../components/ui/detail-list';
import { FamilyMark } from '../../../components/ui/family-mark';
import { MedicalAlertBadge } from '../../../components/ui/medical-alert-badge';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatInstant, formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useCurrentUser } from '../../auth';
import { AppointmentMessages } from '../../messages';
import { useUser } from '../../users';
import { AppointmentHistory } from './appointment-history';
import { PatientConfirmation } from './patient-confirmation';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={3} size="h5" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function PatientPhone({ patientId }: { patientId: number }) {
  const { t } = useTranslation(['appointments', 'common']);
  const patient = useUser(patientId);
  if (patient.error) return <Text c="red.9">{t('details.couldNotLoad')}</Text>;
  if (!patient.data)
    return (
      <Skeleton height={16} width={120} mt={4} role="status" aria-label={t('common:loading')} />
    );
  return (
    patient.data.phone || (
      <Text span c="dimmed">
        {t('details.notGiven')}
      </Text>
    )
  );
}

/** The patient's alerts, and the way to their record, for the team that opens the dialog. */
function PatientRecordLink({ appointment }: { appointment: Appointment }) {
  const { t } = useTranslation('patients');
  const actor = useCurrentUser();
  if (actor.role === 'patient') return null;
  return (
    <Stack gap="xs" mt="sm" align="flex-start">
      <MedicalAlertBadge alerts={appointment.patientMedicalAlerts} />
      <Anchor component={Link} to={`/${actor.role}/patients/${appointment.patient}`} size="sm">
        {t('openRecord')}
      </Anchor>
    </Stack>
  );
}

function None() {
  const { t } = useTranslation(['appointments', 'common']);
  return (
    <Text span c="dimmed">
      {t('details.none')}
    </Text>
  );
}

function dash(value: string | null): ReactNode {
  return value ?? <None />;
}

/** The view mode: patient, appointment and the rest side by side, stacked on narrow screens. */
export function AppointmentDetails({
  appointment,
  zone,
}: {
  appointment: Appointment;
  zone: string;
}) {
  const { t } = useTranslation(['appointments', 'common']);
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Section title={t('details.patient')}>
        <DetailList
          items={[
            {
              label: t('fields.name'),
              value: (
                <>
                  {appointment.patientName}
                  <FamilyMark name={appointment.guardianName} wording="bookedBy" />
                </>
              ),
            },
            { label: t('fields.email'), value: appointment.patientEmail },
            { label: t('fields.phone'), value: <PatientPhone patientId={appointment.patient} /> },
          ]}
        />
        <PatientRecordLink appointment={appointment} />
      </Section>
      <Section title={t('details.appointment')}>
        <DetailList
          items={[
            { label: t('fields.service'), value: dash(appointment.serviceName) },
            { label: t('fields.date'), value: formatLongDate(appointment.date) },
            {
              label: t('fields.time'),
              value: t('details.timeWithDuration', {
                start: formatTime(appointment.time),
                end: formatTime(appointment.endTime),
                minutes: appointment.durationMinutes,
              }),
            },
            { label: t('fields.dentist'), value: dash(appointment.dentistName) },
            { label: t('fields.status'), value: <StatusBadge status={appointment.status} /> },
            {
              label: t('fields.patientConfirmedAt'),
              value: <PatientConfirmation appointment={appointment} zone={zone} />,
            },
          ]}
        />
      </Section>
      <Section title={t('details.more')}>
        <Stack gap="md">
          <DetailList
            items={[
              { label: t('fields.created'), value: formatInstant(appointment.createdAt, zone) },
              { label: t('fields.lastUpdated'), value: formatInstant(appointment.updatedAt, zone) },
              { label: t('fields.notes'), value: appointment.notes || <None /> },
            ]}
          />
          <div>
            <Text size="sm" c="dimmed" fw={500} mb={4}>
              {t('details.history')}
            </Text>
            <AppointmentHistory appointment={appointment} zone={zone} />
          </div>
          <AppointmentMessages appointmentId={appointment.id} zone={zone} />
        </Stack>
      </Section>
    </SimpleGrid>
  );
}
