import { statusLabel } from '@clinic/domain';
import { formatShortDate } from '../../../lib/dates';
import type { Appointment, AppointmentStatus } from '../../../types/api';

export type AppointmentChange =
  | { kind: 'created'; after: Appointment }
  /** `before` is what this tab last knew, if it knew the appointment at all. */
  | { kind: 'updated'; before: Appointment | undefined; after: Appointment }
  | { kind: 'deleted'; before: Appointment | undefined };

/** A patient reads about their own appointments; the clinic team about anyone's. */
export type Viewer = 'patient' | 'team';

export interface ChangeNotice {
  title: string;
  message: string;
}

function when(appointment: Appointment): string {
  return `${formatShortDate(appointment.date)} at ${appointment.time}`;
}

function statusVerb(from: AppointmentStatus, to: AppointmentStatus): string {
  if (from === 'cancelled') return to === 'confirmed' ? 'reinstated' : 'reinstated as pending';
  const verbs: Record<AppointmentStatus, string> = {
    pending: 'set back to pending',
    confirmed: 'confirmed',
    completed: 'completed',
    cancelled: 'cancelled',
    no_show: 'marked as a no-show',
  };
  return verbs[to];
}

function subject(appointment: Appointment, viewer: Viewer): string {
  return viewer === 'patient'
    ? `Your appointment on ${when(appointment)} was`
    : `Appointment for ${appointment.patientName} on ${when(appointment)}`;
}

function describeCreated(after: Appointment, viewer: Viewer): ChangeNotice {
  const isRequest = after.status === 'pending';
  if (viewer === 'patient') {
    return {
      title: isRequest ? 'Appointment requested' : 'Appointment booked',
      message: `${subject(after, viewer)} ${isRequest ? 'requested' : 'booked by the clinic'}.`,
    };
  }
  return {
    title: isRequest ? 'New appointment request' : 'New appointment',
    message: `${subject(after, viewer)} ${isRequest ? 'requested' : 'booked'}.`,
  };
}

function describeUpdated(
  before: Appointment | undefined,
  after: Appointment,
  viewer: Viewer,
): ChangeNotice {
  if (before && before.status !== after.status) {
    const verb = statusVerb(before.status, after.status);
    return {
      title: `Appointment ${statusLabel(after.status)}`,
      message: `${subject(after, viewer)} ${verb}.`,
    };
  }
  if (before && (before.date !== after.date || before.time !== after.time)) {
    const message =
      viewer === 'patient'
        ? `Your appointment on ${when(before)} was moved to ${when(after)}.`
        : `Appointment for ${after.patientName} moved from ${when(before)} to ${when(after)}.`;
    return { title: 'Appointment moved', message };
  }
  const now = before ? '' : ` (now ${statusLabel(after.status)})`;
  return { title: 'Appointment updated', message: `${subject(after, viewer)} updated${now}.` };
}

function describeDeleted(before: Appointment | undefined, viewer: Viewer): ChangeNotice {
  if (!before) {
    return {
      title: 'Appointment removed',
      message:
        viewer === 'patient'
          ? 'One of your appointments was removed.'
          : 'An appointment was deleted.',
    };
  }
  return {
    title: viewer === 'patient' ? 'Appointment removed' : 'Appointment deleted',
    message: `${subject(before, viewer)} ${viewer === 'patient' ? 'removed' : 'deleted'}.`,
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
