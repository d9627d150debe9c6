import type { ReportRowWire } from '@clinic/contract';
import {
  type Actor,
  APPOINTMENT_STATUSES,
  type AppointmentStatus,
  addDays,
  canReadReports,
  clinicDate,
  DEFAULT_REPORT_DAYS,
  MAX_REPORT_DAYS,
  openMinutesBetween,
  reportFigures,
  type StatusCounts,
  type VisitTimes,
  waitingFigures,
} from '@clinic/domain';
import type { AppContext } from '../../context.ts';
import { checkDayRange } from '../../lib/clinic-days.ts';
import { forbidden } from '../../lib/errors.ts';
import { workingMinutes } from '../availability/index.ts';
import { getClinic } from '../clinic/index.ts';
import * as repo from './reports.repository.ts';

/** Every visit that held a chair: all but the cancelled. */
const HOLDS_A_CHAIR = new Set<AppointmentStatus>(
  APPOINTMENT_STATUSES.filter((status) => status !== 'cancelled'),
);

interface Tally {
  counts: StatusCounts;
  bookedMinutes: number;
  arrivals: (VisitTimes & { startsAt: number })[];
}

const emptyTally = (): Tally => ({
  counts: Object.fromEntries(APPOINTMENT_STATUSES.map((s) => [s, 0])) as StatusCounts,
  bookedMinutes: 0,
  arrivals: [],
});

function toRow(
  who: { id: number; name: string } | null,
  tally: Tally,
  capacityMinutes: number | null,
): ReportRowWire {
  const figures = reportFigures(tally.counts, tally.bookedMinutes, capacityMinutes);
  const waiting = waitingFigures(tally.arrivals);
  return {
    dentist: who?.id ?? null,
    dentist_name: who?.name ?? null,
    appointments: figures.appointments,
    ...tally.counts,
    booked_minutes: figures.bookedMinutes,
    utilisation: figures.utilisation,
    no_show_rate: figures.noShowRate,
    cancellation_rate: figures.cancellationRate,
    waited_visits: waiting.waitedVisits,
    waiting_median_minutes: waiting.waitingMedianMinutes,
    waiting_mean_minutes: waiting.waitingMeanMinutes,
    arrived_visits: waiting.arrivedVisits,
    on_time_rate: waiting.onTimeRate,
  };
}

/**
 * How the clinic's chairs were used over a period of clinic days, per dentist and in all:
 * appointments by outcome, booked time against each dentist's working time, no-show and cancellation rates.
 */
export async function appointmentReport(
  ctx: AppContext,
  actor: Actor,
  query: { dateFrom?: string | undefined; dateTo?: string | undefined },
) {
  if (!canReadReports(actor)) throw forbidden();
  const clinic = await getClinic(ctx);
  const to = query.dateTo ?? clinicDate(new Date(ctx.now()), clinic.timeZone);
  const from = query.dateFrom ?? addDays(to, -(DEFAULT_REPORT_DAYS - 1));
  checkDayRange(from, to, MAX_REPORT_DAYS, 'A report');
  const tallies = new Map<number | null, Tally>();
  const totals = emptyTally();
  for (const row of await repo.tallyAppointments(ctx.db.kysely, { from, to })) {
    const tally = tallies.get(row.dentistId) ?? emptyTally();
    tallies.set(row.dentistId, tally);
    for (const target of [tally, totals]) {
      target.counts[row.status] += row.count;
      if (HOLDS_A_CHAIR.has(row.status)) target.bookedMinutes += row.minutes;
    }
  }
  for (const arrival of await repo.recordedArrivals(ctx.db.kysely, { from, to })) {
    const { dentistId, startsAt, arrivedAt, seatedAt } = arrival;
    if (arrivedAt === null) continue;
    const tally = tallies.get(dentistId) ?? emptyTally();
    tallies.set(dentistId, tally);
    for (const target of [tally, totals]) target.arrivals.push({ startsAt, arrivedAt, seatedAt });
  }
  const withAppointments = [...tallies.keys()].filter((id): id is number => id !== null);
  const dentists = await repo.reportedDentists(ctx.db.kysely, withAppointments);
  const openMinutes = openMinutesBetween(clinic.openingHours, from, to);
  // Each dentist's capacity is the time they really worked to: their hours, time off, closures.
  const capacity = await workingMinutes(
    ctx,
    clinic,
    { dateFrom: from, dateTo: to },
    dentists.map((d) => d.id),
  );
  const capacityOf = (id: number) => capacity.get(id) ?? 0;
  const unassigned = tallies.get(null);
  const rows = [
    ...dentists.map((d) => toRow(d, tallies.get(d.id) ?? emptyTally(), capacityOf(d.id))),
    ...(unassigned ? [toRow(null, unassigned, null)] : []),
  ];
  const assignedMinutes = totals.bookedMinutes - (unassigned?.bookedMinutes ?? 0);
  return {
    date_from: from,
    date_to: to,
    open_minutes: openMinutes,
    totals: {
      ...toRow(null, totals, null),
      // The clinic's utilisation is its dentists' booked time over all their capacity.
      utilisation: reportFigures(
        totals.counts,
        assignedMinutes,
        dentists.reduce((sum, d) => sum + capacityOf(d.id), 0),
      ).utilisation,
    },
    dentists: rows,
  };
}
