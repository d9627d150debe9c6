import { formatShortDate, formatTime } from '../../../lib/dates';
import { i18n } from '../../../lib/i18n';
import type { Appointment, AppointmentStatus } from '../../../types/api';

export type AppointmentChange =
  | { kind: 'created'; after: Appointment }
  /** `before` is what this tab last knew, if it knew the appointment at all. */
  | { kind: 'updated'; before: Appointment | undefined; after: Appointment }
  | { kind: 'deleted'; before: Appointment | undefined };

/** A patient reads about their own appointments; the clinic team about anyone's. */
export type Viewer = 'patient' | 'team';

// Whole sentences per case rather than pieces joined here: word order and agreement differ
// between languages.
export interface ChangeNotice {
  title: string;
  message: string;
}

function when(appointment: Appointment): string {
  return i18n.t('appointments:dateAtTime', {
    date: formatShortDate(appointment.date),
    time: formatTime(appointment.time),
  });
}

/** The sentence's subject: when it was, and for the team whose it is. */
function about(appointment: Appointment) {
  return { when: when(appointment), patient: appointment.patientName };
}

function statusKey(
  from: AppointmentStatus,
  to: AppointmentStatus,
): AppointmentStatus | 'reinstated' | 'reinstatedAsPending' {
  if (from === 'cancelled') return to === 'confirmed' ? 'reinstated' : 'reinstatedAsPending';
  return to;
}

function describeCreated(after: Appointment, viewer: Viewer): ChangeNotice {
  const isRequest = after.status === 'pending';
  if (viewer === 'patient') {
    return {
      title: i18n.t(
        isRequest ? 'appointments:live.titles.requested' : 'appointments:live.titles.booked',
      ),
      message: i18n.t(
        isRequest ? 'appointments:live.patient.requested' : 'appointments:live.patient.booked',
        about(after),
      ),
    };
  }
  return {
    title: i18n.t(
      isRequest ? 'appointments:live.titles.newRequest' : 'appointments:live.titles.newAppointment',
    ),
    message: i18n.t(
      isRequest ? 'appointments:live.team.requested' : 'appointments:live.team.booked',
      about(after),
    ),
  };
}

function describeUpdated(
  before: Appointment | undefined,
  after: Appointment,
  viewer: Viewer,
): ChangeNotice {
  if (before && before.status !== after.status) {
    return {
      title: i18n.t(`appointments:live.titles.status.${after.status}`),
      message: i18n.t(
        `appointments:live.${viewer}.status.${statusKey(before.status, after.status)}`,
        about(after),
      ),
    };
  }
  if (before && (before.date !== after.date || before.time !== after.time)) {
    return {
      title: i18n.t('appointments:live.titles.moved'),
      message: i18n.t(`appointments:live.${viewer}.moved`, {
        patient: after.patientName,
        before: when(before),
        after: when(after),
      }),
    };
  }
  return {
    title: i18n.t('appointments:live.titles.updated'),
    message: before
      ? i18n.t(`appointments:live.${viewer}.updated`, about(after))
      : i18n.t(`appointments:live.${viewer}.updatedNow`, {
          ...about(after),
          status: i18n.t(`appointments:statusValues.${after.status}`),
        }),
  };
}

function describeDeleted(before: Appointment | undefined, viewer: Viewer): ChangeNotice {
  if (viewer === 'patient') {
    return {
      title: i18n.t('appointments:live.titles.removed'),
      message: before
        ? i18n.t('appointments:live.patient.removed', about(before))
        : i18n.t('appointments:live.patient.removedUnknown'),
    };
  }
  return {
    title: i18n.t(before ? 'appointments:live.titles.deleted' : 'appointments:live.titles.removed'),
    message: before
      ? i18n.t('appointments:live.team.deleted', about(before))
      : i18n.t('appointments:live.team.deletedUnknown'),
  };
}

/** The words of the notice a live change earns, e.g. "Appointment for Ana Lima on 2 Dec at 09:30 confirmed." */
export function describeChange(change: AppointmentChange, viewer: Viewer): ChangeNotice {
  switch (change.kind) {
    case 'created':
      return describeCreated(change.after, viewer);
    case 'updated':
      return describeUpdated(change.before, change.after, viewer);
    case 'deleted':
      return describeDeleted(change.before, viewer);
  }
}
