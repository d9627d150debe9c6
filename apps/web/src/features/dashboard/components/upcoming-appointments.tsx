import { Anchor, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { DashboardSection } from './dashboard-section';

/** The visits after the next one, briefly; the appointments page has the full record. */
export function UpcomingAppointments({ appointments }: { appointments: Appointment[] }) {
  return (
    <DashboardSection
      title="Later appointments"
      aside={
        <Anchor component={Link} to="/patient/appointments" size="sm">
          All your appointments
        </Anchor>
      }
    >
      {appointments.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing else booked yet.
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label="Later appointments"
        >
          {appointments.map((appointment) => (
            <Group
              component="li"
              key={appointment.id}
              justify="space-between"
              wrap="nowrap"
              gap="sm"
            >
              <Stack gap={0} miw={0}>
                <Text size="sm" fw={600}>
                  {formatLongDate(appointment.date)}, {appointment.time}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {[appointment.serviceName, appointment.dentistName].filter(Boolean).join(' · ') ||
                    'Service and dentist to be decided'}
                </Text>
              </Stack>
              <StatusBadge status={appointment.status} />
            </Group>
          ))}
        </Stack>
      )}
    </DashboardSection>
  );
}
