import { Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DetailList } from '../../../components/ui/detail-list';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatInstant, formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useUser } from '../../users';
import { AppointmentHistory } from './appointment-history';

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
  const patient = useUser(patientId);
  if (patient.error) return <Text c="red.9">Could not load</Text>;
  if (!patient.data)
    return <Skeleton height={16} width={120} mt={4} role="status" aria-label="Loading" />;
  return (
    patient.data.phone || (
      <Text span c="dimmed">
        Not given
      </Text>
    )
  );
}

function dash(value: string | null): ReactNode {
  return (
    value ?? (
      <Text span c="dimmed">
        None
      </Text>
    )
  );
}

/** The view mode: patient, appointment and the rest side by side, stacked on narrow screens. */
export function AppointmentDetails({
  appointment,
  zone,
}: {
  appointment: Appointment;
  zone: string;
}) {
  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Section title="Patient">
        <DetailList
          items={[
            { label: 'Name', value: appointment.patientName },
            { label: 'Email', value: appointment.patientEmail },
            { label: 'Phone', value: <PatientPhone patientId={appointment.patient} /> },
          ]}
        />
      </Section>
      <Section title="Appointment">
        <DetailList
          items={[
            { label: 'Service', value: dash(appointment.serviceName) },
            { label: 'Date', value: formatLongDate(appointment.date) },
            {
              label: 'Time',
              value: `${appointment.time}–${appointment.endTime} (${appointment.durationMinutes} min)`,
            },
            { label: 'Dentist', value: dash(appointment.dentistName) },
            { label: 'Status', value: <StatusBadge status={appointment.status} /> },
          ]}
        />
      </Section>
      <Section title="More">
        <Stack gap="md">
          <DetailList
            items={[
              { label: 'Created', value: formatInstant(appointment.createdAt, zone) },
              { label: 'Last updated', value: formatInstant(appointment.updatedAt, zone) },
              {
                label: 'Notes',
                value: appointment.notes || (
                  <Text span c="dimmed">
                    None
                  </Text>
                ),
              },
            ]}
          />
          <div>
            <Text size="sm" c="dimmed" fw={500} mb={4}>
              History
            </Text>
            <AppointmentHistory appointment={appointment} zone={zone} />
          </div>
        </Stack>
      </Section>
    </SimpleGrid>
  );
}
