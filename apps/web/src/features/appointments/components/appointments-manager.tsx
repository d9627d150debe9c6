import { Button, Group, Loader, Stack, Text, useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClinicSettingsPending } from '../../../components/shared';
import { PagedResults } from '../../../components/ui/paged-results';
import { TableSkeleton } from '../../../components/ui/table-skeleton';
import { listNavigation } from '../../../lib/list-history';
import { useSearchParamsUpdater } from '../../../lib/use-search-params-updater';
import type { Appointment } from '../../../types/api';
import { type ClinicClock, useClinic, useClinicClock } from '../../clinic';
import { useAppointments } from '../api/get-appointments';
import { applyViewChange, isFiltered, readListView, type ViewChange } from '../utils/list-view';
import type { AppointmentDialogMode } from './appointment-dialog';
import { AppointmentDialog } from './appointment-dialog-lazy';
import { AppointmentFilters } from './appointment-filters';
import { AppointmentsCards } from './appointments-cards';
import { AppointmentsTable } from './appointments-table';
import { CreateAppointmentModal } from './create-appointment-modal-lazy';

const PAGE_SIZE = 20;

type Dialog =
  | { kind: 'create' }
  | { kind: 'appointment'; appointment: Appointment; mode: AppointmentDialogMode };

function AppointmentBook({ clock }: { clock: ClinicClock }) {
  const { t } = useTranslation('appointments');
  const [params, updateParams] = useSearchParamsUpdater();
  const view = readListView(params, clock.today);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const theme = useMantineTheme();
  // Read at once: the default would render the table first on a phone, then the cards.
  const isPhone = useMediaQuery(`(max-width: ${theme.breakpoints.sm})`, undefined, {
    getInitialValueInEffect: false,
  });
  const appointments = useAppointments({
    search: view.search || undefined,
    status: view.status,
    dentist: view.dentist ?? undefined,
    dateFrom: view.from || undefined,
    dateTo: view.to || undefined,
    sort: view.sort,
    page: view.page,
    pageSize: PAGE_SIZE,
  });
  const change = (next: ViewChange) =>
    updateParams((current) => applyViewChange(current, next), listNavigation(next));
  const filtered = isFiltered(params);
  const openCreate = () => setDialog({ kind: 'create' });
  const toggleSort = () => change({ sort: view.sort === 'asc' ? 'desc' : 'asc' });
  const open = (appointment: Appointment, mode: AppointmentDialogMode) =>
    setDialog({ kind: 'appointment', appointment, mode });

  return (
    <Stack>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Text size="sm" c="dimmed">
          {t('timeZoneNote', { zone: clock.zone })}
        </Text>
        <Group gap="sm">
          {appointments.isFetching && appointments.data ? (
            <Loader size="xs" role="status" aria-label={t('refreshing')} />
          ) : null}
          <Button onClick={openCreate}>{t('newAppointment')}</Button>
        </Group>
      </Group>
      <AppointmentFilters
        view={view}
        onChange={change}
        onReset={() => updateParams(() => new URLSearchParams(), { replace: true })}
        isFiltered={filtered}
      />
      <PagedResults
        query={appointments}
        errorTitle={t('list.loadError')}
        page={view.page}
        pageSize={PAGE_SIZE}
        onPageChange={(page) => change({ page })}
        compact={Boolean(isPhone)}
        filtered={
          filtered
            ? {
                title: t('list.noMatchTitle'),
                description: t('list.noMatchDescription'),
                onReset: () => updateParams(() => new URLSearchParams(), { replace: true }),
              }
            : null
        }
        empty={{
          title: t('list.emptyTitle'),
          description: t('list.emptyDescription'),
          action: <Button onClick={openCreate}>{t('newAppointment')}</Button>,
        }}
      >
        {(results) => {
          const rows = {
            appointments: results,
            clock,
            sort: view.sort,
            onToggleSort: toggleSort,
            onOpen: open,
          };
          return isPhone ? <AppointmentsCards {...rows} /> : <AppointmentsTable {...rows} />;
        }}
      </PagedResults>
      {dialog?.kind === 'create' ? (
        <CreateAppointmentModal onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'appointment' ? (
        <AppointmentDialog
          appointmentId={dialog.appointment.id}
          appointment={dialog.appointment}
          initialMode={dialog.mode}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Stack>
  );
}

/** The clinic's appointment book for owner and staff: one implementation for both areas. */
export function AppointmentsManager() {
  const clinic = useClinic();
  // "Today" and the time zone come from the clinic's settings, which the header loads anyway.
  const clock = useClinicClock();
  if (clock) return <AppointmentBook clock={clock} />;
  return <ClinicSettingsPending clinic={clinic} placeholder={<TableSkeleton rows={8} />} />;
}
