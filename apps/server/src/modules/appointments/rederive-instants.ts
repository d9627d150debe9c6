import { createOverlapSweep, planAppointmentTime } from '@clinic/domain';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { AppError, conflict } from '../../lib/errors.ts';
import {
  activeVisitsByCalendar,
  parkAllAppointments,
  setInstants,
  wallClockTimesAfter,
} from './retiming.repository.ts';

/** More would not help the owner read the answer; the count says how many there are. */
const MAX_LISTED = 20;
interface Retimed {
  id: number;
  calendar: number;
  date: string;
  time: string;
  endTime: string;
  startsAt: number;
  endsAt: number;
}

interface Overlap {
  calendar: 'dentist' | 'patient';
  appointments: { id: number; date: string; time: string; end_time: string }[];
}

/** The appointment's instants in `zone`, or a 409 when its wall-clock time does not exist there. */
function plan(
  row: { id: number; date: string; time: string; durationMinutes: number },
  zone: string,
) {
  const planned = planAppointmentTime(row.date, row.time, row.durationMinutes, zone);
  if (!planned.ok) {
    throw conflict(
      'conflict',
      `Appointment ${row.id} on ${row.date} at ${row.time} cannot be kept in ${zone}: ${planned.message}`,
    );
  }
  return planned;
}

/**
 * The active visits of every dentist (or patient) that would overlap in `zone`, read in pages
 * in wall-clock order per calendar. The new instants follow the wall clock (an hour the clocks
 * repeat takes its earlier instant), so that order is also the order of the new starts.
 */
async function findOverlaps(
  db: Kysely<Database>,
  zone: string,
  calendar: 'dentistId' | 'patientId',
  found: Overlap[],
  pageSize: number,
): Promise<number> {
  const sweep = createOverlapSweep<Retimed>();
  let after: [number, string, string, number] | undefined;
  let total = 0;
  for (;;) {
    const rows = await activeVisitsByCalendar(db, calendar, after, pageSize);
    for (const row of rows) {
      const planned = plan(row, zone);
      const visit: Retimed = { ...row, calendar: row[calendar] ?? 0, ...planned };
      const clash = sweep(visit);
      if (!clash) continue;
      total += 1;
      if (found.length < MAX_LISTED) {
        found.push({
          calendar: calendar === 'dentistId' ? 'dentist' : 'patient',
          appointments: [clash, visit].map((v) => ({
            id: v.id,
            date: v.date,
            time: v.time,
            end_time: v.endTime,
          })),
        });
      }
    }
    const last = rows.at(-1);
    if (!last || rows.length < pageSize) return total;
    after = [last[calendar] ?? 0, last.date, last.time, last.id];
  }
}

function overlapProblem(zone: string, overlaps: Overlap[], total: number): AppError {
  const listed = overlaps
    .map(({ calendar, appointments: [a, b] }) => {
      const slot = (v: typeof a) => `#${v?.id} (${v?.date} ${v?.time}–${v?.end_time})`;
      return `${slot(a)} and ${slot(b)} of one ${calendar}`;
    })
    .join('; ');
  const more = total > overlaps.length ? ` and ${total - overlaps.length} more` : '';
  return new AppError(
    409,
    'time_zone_overlap',
    'Conflict',
    `In ${zone} these appointments would overlap: ${listed}${more}. Move or cancel one of each pair first.`,
    // Under the zone field of the settings form, beside the full list in the detail.
    {
      timezone:
        total === 1
          ? 'Two appointments would overlap in this zone.'
          : `Appointments would overlap in this zone (${total} overlaps).`,
    },
    undefined,
    { overlaps },
  );
}

/**
 * The wall-clock date and time are what the clinic agreed with each patient, so when the
 * clinic's zone changes, the instants behind them are derived again in the new zone.
 * Refuses (409, nothing changed once the caller's transaction rolls back) when two active
 * visits of one dentist or patient would overlap in the new zone. Memory stays bounded by a
 * page, however large the book.
 */
export async function rederiveAppointmentInstants(
  db: Kysely<Database>,
  zone: string,
  { pageSize = 1000 }: { pageSize?: number } = {},
): Promise<number> {
  const overlaps: Overlap[] = [];
  const total =
    (await findOverlaps(db, zone, 'dentistId', overlaps, pageSize)) +
    (await findOverlaps(db, zone, 'patientId', overlaps, pageSize));
  if (total > 0) throw overlapProblem(zone, overlaps, total);

  // Written in id order, a visit's new time may still be held by another that has not moved
  // yet; parking every visit first leaves each one free to land.
  await parkAllAppointments(db);

  let count = 0;
  let afterId = 0;
  for (;;) {
    const rows = await wallClockTimesAfter(db, afterId, pageSize);
    if (rows.length === 0) return count;
    for (const row of rows) {
      const planned = plan(row, zone);
      await setInstants(db, row.id, planned);
    }
    count += rows.length;
    afterId = rows[rows.length - 1]?.id ?? afterId;
  }
}
