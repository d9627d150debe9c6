import type { Appointment } from '../../../types/api';

export interface DentistDay {
  /** Null for the visits no dentist has been assigned to yet. */
  dentistId: number | null;
  dentistName: string | null;
  appointments: Appointment[];
}

const byTime = (a: Appointment, b: Appointment) =>
  a.time === b.time ? a.id - b.id : a.time < b.time ? -1 : 1;

/**
 * A day's appointments per dentist, dentists by name and the unassigned ones last, each
 * dentist's visits in time order: what the front desk reads down the day.
 */
export function groupByDentist(appointments: readonly Appointment[]): DentistDay[] {
  const groups = new Map<number | null, DentistDay>();
  for (const appointment of appointments) {
    const id = appointment.dentist;
    let group = groups.get(id);
    if (!group) {
      group = { dentistId: id, dentistName: appointment.dentistName, appointments: [] };
      groups.set(id, group);
    }
    group.appointments.push(appointment);
  }
  for (const group of groups.values()) group.appointments.sort(byTime);
  return [...groups.values()].sort((a, b) => {
    if (a.dentistId === null || b.dentistId === null) return a.dentistId === null ? 1 : -1;
    return (a.dentistName ?? '').localeCompare(b.dentistName ?? '') || a.dentistId - b.dentistId;
  });
}
