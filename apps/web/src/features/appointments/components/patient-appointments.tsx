import { isUpcomingVisit } from '@clinic/domain';
import { Button, SimpleGrid, Skeleton, Tabs } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { EmptyState } from '../../../components/ui/empty-state';
import { QueryError } from '../../../components/ui/query-error';
import type { Appointment } from '../../../types/api';
import { useClinicClock } from '../../clinic';
import { useAllAppointments } from '../api/get-all-appointments';
import { AppointmentCard } from './appointment-card';
import { PatientVisitActions } from './patient-visit-actions';

function CardList({
  appointments,
  empty,
  withActions = false,
  moving = null,
  onMoveClosed,
}: {
  appointments: Appointment[];
  empty: ReactNode;
  withActions?: boolean;
  /** The visit whose move dialog opens at once (a link from a message asks for it). */
  moving?: number | null;
  onMoveClosed?: () => void;
}) {
  if (appointments.length === 0) return empty;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {appointments.map((appointment) => (
        <AppointmentCard
          key={appointment.id}
          appointment={appointment}
          actions={
            withActions ? (
              <PatientVisitActions
                appointment={appointment}
                startMoving={appointment.id === moving}
                onMoveClosed={onMoveClosed}
              />
            ) : null
          }
        />
      ))}
    </SimpleGrid>
  );
}

/** A patient's own appointments, upcoming and past. The tab lives in the address. */
export function PatientAppointments({ onRequest }: { onRequest: () => void }) {
  const { t } = useTranslation(['appointments', 'common']);
  const clock = useClinicClock();
  const appointments = useAllAppointments();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') === 'past' ? 'past' : 'upcoming';
  // "Choose another time" in a message about a visit opens here with `?move=<id>`.
  const moving = Number(params.get('move')) || null;
  const forgetMove = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('move');
        return next;
      },
      { replace: true },
    );

  if (appointments.error) {
    return (
      <QueryError
        title={t('patientList.loadError')}
        error={appointments.error}
        onRetry={() => void appointments.refetch()}
      />
    );
  }
  if (!appointments.data || !clock) {
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} role="status" aria-label={t('common:loading')}>
        <Skeleton height={160} />
        <Skeleton height={160} />
      </SimpleGrid>
    );
  }

  const now = { date: clock.today, time: clock.time };
  const upcoming = appointments.data.filter((a) => isUpcomingVisit(a, now));
  // The most recent visit first; the server lists oldest first. Declined and cancelled visits
  // are over for the patient, so they are here with their reason, whatever their date.
  const past = appointments.data.filter((a) => !isUpcomingVisit(a, now)).reverse();

  return (
    <Tabs
      value={tab}
      onChange={(value) => setParams(value === 'past' ? { tab: 'past' } : {}, { replace: true })}
    >
      <Tabs.List>
        <Tabs.Tab value="upcoming">
          {t('patientList.upcoming', { total: upcoming.length })}
        </Tabs.Tab>
        <Tabs.Tab value="past">{t('patientList.past', { total: past.length })}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="upcoming" pt="md">
        <CardList
          appointments={upcoming}
          withActions
          moving={moving}
          onMoveClosed={forgetMove}
          empty={
            <EmptyState
              title={t('patientList.noUpcomingTitle')}
              description={t('patientList.noUpcomingDescription')}
              action={<Button onClick={onRequest}>{t('requestAppointment')}</Button>}
            />
          }
        />
      </Tabs.Panel>
      <Tabs.Panel value="past" pt="md">
        <CardList
          appointments={past}
          empty={
            <EmptyState
              title={t('patientList.noPastTitle')}
              description={t('patientList.noPastDescription')}
            />
          }
        />
      </Tabs.Panel>
    </Tabs>
  );
}
