import type { Appointment, Dashboard, TeamDashboard } from '../../../types/api';

export type DashboardChange =
  | { type: 'updated'; appointment: Appointment }
  | { type: 'deleted'; id: number };

function replace(rows: Appointment[], appointment: Appointment): Appointment[] {
  return rows.map((row) => (row.id === appointment.id ? appointment : row));
}

type UnconfirmedVisit = TeamDashboard['unconfirmedTomorrow'][number];

/**
 * Tomorrow's visits waiting for the patient's word: a visit leaves once the patient confirms,
 * it is no longer pending or confirmed, or it moved to another day; one that stays keeps the
 * phone the list came with.
 */
function applyToUnconfirmed(rows: UnconfirmedVisit[], change: DashboardChange): UnconfirmedVisit[] {
  if (change.type === 'deleted') return rows.filter((row) => row.id !== change.id);
  const after = change.appointment;
  return rows.flatMap((row) => {
    if (row.id !== after.id) return [row];
    const stays =
      after.patientConfirmedAt === null &&
      (after.status === 'pending' || after.status === 'confirmed') &&
      after.date === row.date;
    return stays ? [{ ...after, patientPhone: row.patientPhone }] : [];
  });
}

function applyToTeam(dashboard: TeamDashboard, change: DashboardChange): TeamDashboard {
  const id = change.type === 'updated' ? change.appointment.id : change.id;
  const wasPending = dashboard.pending.some((row) => row.id === id);
  let { pending, schedule } = dashboard;
  const unconfirmedTomorrow = applyToUnconfirmed(dashboard.unconfirmedTomorrow, change);
  if (change.type === 'deleted') {
    pending = pending.filter((row) => row.id !== id);
    schedule = schedule.filter((row) => row.id !== id);
  } else {
    const after = change.appointment;
    pending =
      after.status === 'pending' ? replace(pending, after) : pending.filter((row) => row.id !== id);
    // The schedule leaves cancelled visits out and holds today only.
    schedule =
      after.status === 'cancelled' || after.date !== dashboard.today
        ? schedule.filter((row) => row.id !== id)
        : replace(schedule, after);
  }
  const left = wasPending && !pending.some((row) => row.id === id);
  const counts = left
    ? { ...dashboard.counts, pending: Math.max(0, dashboard.counts.pending - 1) }
    : dashboard.counts;
  return { ...dashboard, pending, schedule, unconfirmedTomorrow, counts };
}

/**
 * What a live change does to the dashboard at once, before the refetch that follows brings the
 * exact counts: an answered request leaves the queue, a changed visit shows its new state. New
 * appointments wait for the refetch, which knows where they belong.
 */
export function applyToDashboard(dashboard: Dashboard, change: DashboardChange): Dashboard {
  if (dashboard.role === 'team') return applyToTeam(dashboard, change);
  // A patient's order may change with it; only the refetch knows the new one.
  if (change.type === 'deleted') return dashboard;
  const after = change.appointment;
  return {
    ...dashboard,
    nextAppointment: dashboard.nextAppointment?.id === after.id ? after : dashboard.nextAppointment,
    upcoming: replace(dashboard.upcoming, after),
  };
}
