import {
  type Actor,
  canManageAppointments,
  clinicDate,
  clinicTomorrow,
  patientsActedFor,
  weekOf,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { toAppointmentWire } from '../appointments/index.ts';
import { getClinic } from '../clinic/index.ts';
import { dependantIdsOf } from '../users/index.ts';
import * as repo from './dashboard.repository.ts';

const PENDING_SHOWN = 20;
const UPCOMING_SHOWN = 10;

/**
 * Everything a landing page shows, in one answer: the clinic team's day and queue, or a
 * patient's own next visits and their dependants' (decision 039). A patient's numbers are about
 * them and their family only.
 */
export async function getDashboard(ctx: AppContext, actor: Actor) {
  const db = ctx.db.kysely;
  const clinic = await getClinic(ctx);
  const now = ctx.now();
  const today = clinicDate(new Date(now), clinic.timeZone);
  const week = weekOf(today);
  const base = { today, timezone: clinic.timeZone, week_from: week.from, week_to: week.to };

  if (!canManageAppointments(actor)) {
    const family = patientsActedFor(actor, await dependantIdsOf(ctx, actor.id));
    const [upcoming, pending] = await Promise.all([
      repo.upcomingForPatients(db, family, now, UPCOMING_SHOWN + 1),
      repo.countPending(db, now, family),
    ]);
    const [next, ...rest] = upcoming.map((a) => toAppointmentWire(a));
    return {
      role: 'patient' as const,
      ...base,
      next_appointment: next ?? null,
      upcoming: rest.slice(0, UPCOMING_SHOWN),
      pending_count: pending,
    };
  }

  const [schedule, pending, pendingCount, todayCounts, weekCounts, unconfirmed] = await Promise.all(
    [
      repo.appointmentsOn(db, today),
      repo.upcomingPending(db, now, PENDING_SHOWN),
      repo.countPending(db, now),
      repo.countByStatus(db, { from: today, to: today }),
      repo.countByStatus(db, week),
      repo.unconfirmedOn(db, clinicTomorrow(now, clinic.timeZone)),
    ],
  );
  // Every visit that held or holds a chair: all but the cancelled.
  const booked = (c: typeof todayCounts) =>
    Object.values(c).reduce((sum, count) => sum + count, 0) - c.cancelled;
  return {
    role: 'team' as const,
    ...base,
    schedule: schedule.map((a) => toAppointmentWire(a, true)),
    pending: pending.map((a) => toAppointmentWire(a, true)),
    unconfirmed_tomorrow: unconfirmed.map((a) => ({
      ...toAppointmentWire(a, true),
      patient_phone: a.patientPhone || (a.guardianPhone ?? ''),
    })),
    counts: {
      today: booked(todayCounts),
      this_week: booked(weekCounts),
      pending: pendingCount,
    },
    // The owner watches how the week went; staff see the day's work.
    week_outcomes:
      actor.role === 'owner'
        ? {
            completed: weekCounts.completed,
            cancelled: weekCounts.cancelled,
            no_show: weekCounts.no_show,
          }
        : null,
  };
}
