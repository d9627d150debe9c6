import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FamilyMark } from '../../../components/ui/family-mark';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatLongDate, formatTime } from '../../../lib/dates';
import type { Appointment } from '../../../types/api';
import { useCurrentUser } from '../../auth';
import { DashboardSection } from './dashboard-section';

/** The visits after the next one, briefly; the appointments page has the full record. */
export function UpcomingAppointments({ appointments }: { appointments: Appointment[] }) {
  const { t } = useTranslation('dashboard');
  const me = useCurrentUser();
  return (
    <DashboardSection
      title={t('later.title')}
      aside={
        <Anchor component={Link} to="/patient/appointments" size="sm">
          {t('later.all')}
        </Anchor>
      }
    >
      {appointments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('later.nothingElse')}
        </Text>
      ) : (
        <Stack
          component="ul"
          gap="xs"
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
          aria-label={t('later.title')}
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
                  {t('dateAndTime', {
                    date: formatLongDate(appointment.date),
                    time: formatTime(appointment.time),
                  })}
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {[appointment.serviceName, appointment.dentistName].filter(Boolean).join(' · ') ||
                    t('later.undecided')}
                </Text>
                <FamilyMark
                  name={appointment.patient === me.id ? null : appointment.patientName}
                  wording="forPerson"
                />
              </Stack>
              <StatusBadge status={appointment.status} />
            </Group>
          ))}
        </Stack>
      )}
    </DashboardSection>
  );
}
