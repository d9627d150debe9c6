import { Skeleton, Stack, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ClinicSettingsPending } from '../../../components/shared';
import { QueryError } from '../../../components/ui/query-error';
import type { Appointment, Clinic, Dentist } from '../../../types/api';
import { AppointmentDialog, CreateAppointmentModal } from '../../appointments';
import { useAvailabilityLiveSync, useWorkingDays } from '../../availability';
import { useClinic, useClinicClock } from '../../clinic';
import { useDentists } from '../../users';
import { useCalendarAppointments } from '../api/get-calendar-appointments';
import { applyCalendarView, type CalendarView, readCalendarView } from '../utils/calendar-view';
import { dentistColours } from '../utils/dentist-colours';
import { CalendarBoard, type ShownPeriod } from './calendar-board';
import { CalendarHeader } from './calendar-header';

type Dialog =
  | { kind: 'create'; date: string; time: string }
  | { kind: 'view'; appointment: Appointment };

interface ClinicCalendarViewProps {
  clinic: Clinic;
  today: string;
  dentists: Dentist[] | undefined;
}

function ClinicCalendarView({ clinic, today, dentists }: ClinicCalendarViewProps) {
  const { t } = useTranslation(['calendar', 'common']);
  const [params, setParams] = useSearchParams();
  const view = readCalendarView(params);
  const theme = useMantineTheme();
  const isPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  // FullCalendar reads its first view and date once; later ones come from its own buttons. A
  // week is unreadable on a phone, so a phone starts on the day unless the address says else.
  const [initial] = useState(() => ({
    view: params.has('view') ? view.view : isPhone ? ('day' as const) : view.view,
    date: view.date,
  }));
  const [shown, setShown] = useState<ShownPeriod | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const appointments = useCalendarAppointments(
    shown ? { dateFrom: shown.from, dateTo: shown.to, dentist: view.dentist ?? undefined } : null,
  );
  useAvailabilityLiveSync();
  const workingDays = useWorkingDays(shown ? { dateFrom: shown.from, dateTo: shown.to } : null);
  const colourOf = useMemo(() => dentistColours(dentists ?? []), [dentists]);
  const rows = appointments.data;
  const visible = useMemo(
    () =>
      view.showCancelled
        ? (rows ?? [])
        : (rows ?? []).filter((appointment) => appointment.status !== 'cancelled'),
    [rows, view.showCancelled],
  );

  // Filters replace the address rather than push one, like the appointment table's; moving
  // through the weeks writes the address only when it changes.
  const change = useCallback(
    (next: Partial<CalendarView>) => {
      const updated = applyCalendarView(params, next);
      if (updated.toString() !== params.toString()) setParams(updated, { replace: true });
    },
    [params, setParams],
  );
  const handlePeriodChange = useCallback(
    (period: ShownPeriod) => {
      setShown((current) =>
        current && current.from === period.from && current.to === period.to ? current : period,
      );
      const holdsToday = period.periodStart <= today && today <= period.periodEnd;
      change({ view: period.view, date: holdsToday ? undefined : period.periodStart });
    },
    [change, today],
  );
  const handleOpen = useCallback(
    (appointment: Appointment) => setDialog({ kind: 'view', appointment }),
    [],
  );
  const handleCreate = useCallback(
    (slot: { date: string; time: string }) => setDialog({ kind: 'create', ...slot }),
    [],
  );

  return (
    <Stack gap="md">
      <CalendarHeader
        view={view}
        dentists={dentists}
        colourOf={colourOf}
        zone={clinic.timezone}
        shownCount={rows ? visible.length : undefined}
        isFetching={appointments.isFetching}
        onChange={change}
        onNew={() => handleCreate({ date: '', time: '' })}
      />
      {appointments.error ? (
        <QueryError
          title={t('loadError')}
          error={appointments.error}
          onRetry={() => void appointments.refetch()}
        />
      ) : null}
      <CalendarBoard
        zone={clinic.timezone}
        initialView={initial.view}
        initialDate={initial.date}
        appointments={visible}
        colourOf={colourOf}
        openingHours={clinic.openingHours}
        workingDays={workingDays.data?.days}
        dentist={view.dentist ?? null}
        onPeriodChange={handlePeriodChange}
        onOpen={handleOpen}
        onCreate={handleCreate}
      />
      {dialog?.kind === 'create' ? (
        <CreateAppointmentModal
          initialDate={dialog.date}
          initialTime={dialog.time}
          initialDentistId={view.dentist}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'view' ? (
        <AppointmentDialog
          appointmentId={dialog.appointment.id}
          appointment={dialog.appointment}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}

/** The clinic's calendar for owner and staff: one implementation for both areas. */
export function ClinicCalendar() {
  const { t } = useTranslation(['calendar', 'common']);
  const clinic = useClinic();
  const clock = useClinicClock();
  // Former dentists too: their past visits keep their colour, and the filter still finds them.
  const dentists = useDentists({ includeInactive: true });
  if (clinic.data && clock) {
    return <ClinicCalendarView clinic={clinic.data} today={clock.today} dentists={dentists.data} />;
  }
  return (
    <ClinicSettingsPending
      clinic={clinic}
      placeholder={<Skeleton height={480} role="status" aria-label={t('common:loading')} />}
    />
  );
}
