export const APPOINTMENT_STATUSES = [
  'pending',
  'confirmed',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Pending and confirmed appointments hold their slot; the others free it. */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = ['pending', 'confirmed'];

export function isActiveStatus(status: AppointmentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

const ALLOWED: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['completed', 'cancelled', 'no_show', 'pending'],
  // Reinstating; the slot must still be free, which the booking rules check.
  cancelled: ['pending', 'confirmed'],
  completed: [],
  no_show: [],
};

const LABELS: Record<AppointmentStatus, string> = {
  pending: 'pending',
  confirmed: 'confirmed',
  completed: 'completed',
  cancelled: 'cancelled',
  no_show: 'no-show',
};

export function statusLabel(status: AppointmentStatus): string {
  return LABELS[status];
}

/** The statuses an appointment in `from` may move to, in the order a menu would offer them. */
export function nextStatuses(from: AppointmentStatus): readonly AppointmentStatus[] {
  return ALLOWED[from];
}

export type TransitionCheck = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether an appointment on `appointmentDate` may move from `from` to `to` when the clinic's
 * calendar says `today`. Completed and no-show need the appointment's day to have come.
 */
export function checkTransition(
  from: AppointmentStatus,
  to: AppointmentStatus,
  appointmentDate: string,
  today: string,
): TransitionCheck {
  if (from === to) return { allowed: true };
  if (!ALLOWED[from].includes(to)) {
    const final = ALLOWED[from].length === 0 ? ` A ${LABELS[from]} appointment is final.` : '';
    return {
      allowed: false,
      reason: `Cannot change a ${LABELS[from]} appointment to ${LABELS[to]}.${final}`,
    };
  }
  if ((to === 'completed' || to === 'no_show') && appointmentDate > today) {
    return {
      allowed: false,
      reason: `Cannot mark an appointment on ${appointmentDate} as ${LABELS[to]} before its day has come.`,
    };
  }
  return { allowed: true };
}
