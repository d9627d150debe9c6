export const APPOINTMENT_STATUSES = [
  'pending',
  'confirmed',
  'arrived',
  'in_chair',
  'completed',
  'cancelled',
  'no_show',
] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/**
 * The statuses that hold their slot: a request, a confirmed visit, and a patient who is in the
 * waiting room or in the chair. The others free it.
 */
export const ACTIVE_STATUSES: readonly AppointmentStatus[] = [
  'pending',
  'confirmed',
  'arrived',
  'in_chair',
];

export function isActiveStatus(status: AppointmentStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

const ALLOWED: Record<AppointmentStatus, readonly AppointmentStatus[]> = {
  pending: ['confirmed', 'cancelled'],
  confirmed: ['arrived', 'completed', 'cancelled', 'no_show', 'pending'],
  // Back to confirmed undoes a check-in made by mistake. A patient who came cannot be a
  // no-show; one who left before being seen is cancelled, with the reason.
  arrived: ['in_chair', 'completed', 'cancelled', 'confirmed'],
  // Back to arrived undoes a seating made by mistake.
  in_chair: ['completed', 'arrived'],
  // Reinstating; the slot must still be free, which the booking rules check.
  cancelled: ['pending', 'confirmed'],
  completed: [],
  no_show: [],
};

const LABELS: Record<AppointmentStatus, string> = {
  pending: 'pending',
  confirmed: 'confirmed',
  arrived: 'arrived',
  in_chair: 'in the chair',
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

/** Moves that happen at the clinic, with the patient there: only on the visit's own day. */
function isMoveOfTheDay(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return to === 'arrived' || to === 'in_chair' || (from === 'arrived' && to === 'confirmed');
}

/**
 * Whether an appointment on `appointmentDate` may move from `from` to `to` when the clinic's
 * calendar says `today`. Checking in and seating happen on the visit's day only (a late
 * arrival is still an arrival); completed and no-show need the visit's day to have come.
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
  if (isMoveOfTheDay(from, to) && appointmentDate !== today) {
    return {
      allowed: false,
      reason: `Cannot mark an appointment on ${appointmentDate} as ${LABELS[to]}: that happens only on the visit’s day.`,
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

/**
 * Whether moving from `from` to `to` needs a reason in the history: a patient who arrived and
 * left before being seen is cancelled, and the clinic says why.
 */
export function transitionNeedsReason(from: AppointmentStatus, to: AppointmentStatus): boolean {
  return from === 'arrived' && to === 'cancelled';
}

/** Statuses in which a dentist is responsible for the visit: confirmed and after, until done. */
const NEEDS_DENTIST: readonly AppointmentStatus[] = ['confirmed', 'arrived', 'in_chair'];

/**
 * Whether an appointment may be in `to` with `dentistAfter` when it was in `from` (null for a
 * new one) with `dentistBefore`. Confirming, checking in and seating need a dentist, and a
 * dentist cannot be taken off a visit in those states. An older confirmed appointment without
 * a dentist may still be edited otherwise, so the rule bites only on a change that breaks it.
 */
export function checkDentistForStatus(change: {
  from: AppointmentStatus | null;
  to: AppointmentStatus;
  dentistBefore: number | null;
  dentistAfter: number | null;
}): TransitionCheck {
  if (change.dentistAfter !== null || !NEEDS_DENTIST.includes(change.to)) return { allowed: true };
  if (change.from === change.to && change.dentistBefore === null) return { allowed: true };
  return {
    allowed: false,
    reason: `Choose a dentist: a ${LABELS[change.to]} appointment needs one.`,
  };
}
