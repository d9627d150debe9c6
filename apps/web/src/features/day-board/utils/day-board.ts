import { isLate, minutesWaited, wallClockToInstant } from '@clinic/domain';
import type { Appointment } from '../../../types/api';

export interface BoardVisit {
  appointment: Appointment;
  /** Confirmed, past its start and grace, and not checked in. */
  late: boolean;
  /** Minutes since check-in while waiting; minutes waited once seated; null otherwise. */
  waitedMinutes: number | null;
}

export interface BoardColumn {
  /** Null for the visits no dentist has been assigned to yet. */
  dentistId: number | null;
  dentistName: string | null;
  visits: BoardVisit[];
}

const byTime = (a: Appointment, b: Appointment) =>
  a.time === b.time ? a.id - b.id : a.time < b.time ? -1 : 1;

function waited(appointment: Appointment, now: number): number | null {
  if (appointment.arrivedAt === null) return null;
  const arrived = Date.parse(appointment.arrivedAt);
  if (appointment.status === 'arrived') return minutesWaited(arrived, now);
  if (appointment.status === 'in_chair' && appointment.seatedAt !== null) {
    return minutesWaited(arrived, Date.parse(appointment.seatedAt));
  }
  return null;
}

/**
 * The day's visits per dentist (by name, the unassigned last), each in time order, with what
 * the front desk watches: who is late, and how long each arrived patient has waited at `now`.
 * Cancelled visits leave the board.
 */
export function buildDayBoard(
  appointments: readonly Appointment[],
  now: number,
  zone: string,
): BoardColumn[] {
  const columns = new Map<number | null, BoardColumn>();
  for (const appointment of [...appointments].sort(byTime)) {
    if (appointment.status === 'cancelled') continue;
    let column = columns.get(appointment.dentist);
    if (!column) {
      column = { dentistId: appointment.dentist, dentistName: appointment.dentistName, visits: [] };
      columns.set(appointment.dentist, column);
    }
    const startsAt = wallClockToInstant(appointment.date, appointment.time, zone);
    column.visits.push({
      appointment,
      late: startsAt !== null && isLate({ status: appointment.status, startsAt }, now),
      waitedMinutes: waited(appointment, now),
    });
  }
  return [...columns.values()].sort((a, b) => {
    if (a.dentistId === null || b.dentistId === null) return a.dentistId === null ? 1 : -1;
    return (a.dentistName ?? '').localeCompare(b.dentistName ?? '') || a.dentistId - b.dentistId;
  });
}
