import { describe, expect, it } from 'vitest';
import {
  isNotificationCurrent,
  nextAttemptAt,
  notificationsFor,
  reminderDueAt,
} from './notifications.ts';

const now = Date.parse('2026-11-25T10:00:00Z');
const inThreeDays = Date.parse('2026-11-28T09:30:00Z');
const base = { now, reminderLeadHours: 24 };
const kinds = (list: { kind: string; to: string }[]) => list.map((n) => `${n.kind}→${n.to}`);

describe('notificationsFor', () => {
  it('tells the front desk of a patient’s request, and nobody else', () => {
    const planned = notificationsFor({
      ...base,
      before: null,
      after: { status: 'pending', startsAt: inThreeDays },
      byPatient: true,
    });
    expect(kinds(planned)).toEqual(['request_received→front_desk']);
  });

  it('confirms to the patient and schedules the reminder the lead time before', () => {
    const planned = notificationsFor({
      ...base,
      before: { status: 'pending', startsAt: inThreeDays },
      after: { status: 'confirmed', startsAt: inThreeDays },
      byPatient: false,
    });
    expect(planned).toEqual([
      { kind: 'appointment_confirmed', to: 'patient', dueAt: now },
      { kind: 'reminder', to: 'patient', dueAt: inThreeDays - 24 * 3_600_000 },
    ]);
  });

  it('confirms a booking the clinic makes directly', () => {
    const planned = notificationsFor({
      ...base,
      before: null,
      after: { status: 'confirmed', startsAt: inThreeDays },
      byPatient: false,
    });
    expect(kinds(planned)).toEqual(['appointment_confirmed→patient', 'reminder→patient']);
  });

  it('says a confirmed visit moved, with a reminder for the new time', () => {
    const later = inThreeDays + 3_600_000;
    const planned = notificationsFor({
      ...base,
      before: { status: 'confirmed', startsAt: inThreeDays },
      after: { status: 'confirmed', startsAt: later },
      byPatient: false,
    });
    expect(kinds(planned)).toEqual(['appointment_moved→patient', 'reminder→patient']);
    expect(planned[1]?.dueAt).toBe(later - 24 * 3_600_000);
  });

  it('tells the patient of a cancellation', () => {
    const planned = notificationsFor({
      ...base,
      before: { status: 'confirmed', startsAt: inThreeDays },
      after: { status: 'cancelled', startsAt: inThreeDays },
      byPatient: false,
    });
    expect(kinds(planned)).toEqual(['appointment_cancelled→patient']);
  });

  it('sends nothing for a change of notes, or for completing a visit', () => {
    for (const after of ['confirmed', 'completed'] as const) {
      const planned = notificationsFor({
        ...base,
        before: { status: 'confirmed', startsAt: inThreeDays },
        after: { status: after, startsAt: inThreeDays },
        byPatient: false,
      });
      expect(planned).toEqual([]);
    }
  });

  it('tells the front desk of a patient’s cancellation, and the patient only to update their calendar', () => {
    const cancelled = (status: 'pending' | 'confirmed') =>
      notificationsFor({
        ...base,
        before: { status, startsAt: inThreeDays },
        after: { status: 'cancelled', startsAt: inThreeDays },
        byPatient: true,
      });
    expect(kinds(cancelled('pending'))).toEqual(['patient_cancelled→front_desk']);
    expect(cancelled('confirmed')).toEqual([
      { kind: 'patient_cancelled', to: 'front_desk', dueAt: now },
      { kind: 'appointment_cancelled', to: 'patient', dueAt: now, emailOnly: true },
    ]);
  });

  it('tells the front desk of a patient’s move, and plans no reminder for a visit asking again', () => {
    const later = inThreeDays + 3_600_000;
    const planned = notificationsFor({
      ...base,
      before: { status: 'confirmed', startsAt: inThreeDays },
      after: { status: 'pending', startsAt: later },
      byPatient: true,
    });
    expect(kinds(planned)).toEqual(['patient_moved→front_desk']);
  });

  it('reminds of the new time of a visit the patient moved and the clinic keeps confirmed', () => {
    const later = inThreeDays + 3_600_000;
    const planned = notificationsFor({
      ...base,
      before: { status: 'confirmed', startsAt: inThreeDays },
      after: { status: 'confirmed', startsAt: later },
      byPatient: true,
    });
    expect(planned).toEqual([
      { kind: 'patient_moved', to: 'front_desk', dueAt: now },
      { kind: 'appointment_moved', to: 'patient', dueAt: now, emailOnly: true },
      { kind: 'reminder', to: 'patient', dueAt: later - 24 * 3_600_000 },
    ]);
  });

  it('skips the reminder when the visit is sooner than the lead time', () => {
    const inTwoHours = now + 2 * 3_600_000;
    const planned = notificationsFor({
      ...base,
      before: null,
      after: { status: 'confirmed', startsAt: inTwoHours },
      byPatient: false,
    });
    expect(kinds(planned)).toEqual(['appointment_confirmed→patient']);
  });
});

describe('isNotificationCurrent', () => {
  const queued = { startsAt: inThreeDays };
  it('drops a confirmation or reminder overtaken by a cancellation or a move', () => {
    const cancelled = { status: 'cancelled' as const, startsAt: inThreeDays };
    const moved = { status: 'confirmed' as const, startsAt: inThreeDays + 3_600_000 };
    expect(isNotificationCurrent('appointment_confirmed', queued, cancelled)).toBe(false);
    expect(isNotificationCurrent('reminder', queued, moved)).toBe(false);
    expect(isNotificationCurrent('reminder', queued, { ...moved, startsAt: inThreeDays })).toBe(
      true,
    );
  });

  it('drops anything about an appointment that was deleted', () => {
    expect(isNotificationCurrent('appointment_cancelled', queued, undefined)).toBe(false);
  });

  it('drops news of a patient’s move overtaken by another move or a cancellation', () => {
    const pending = { status: 'pending' as const, startsAt: inThreeDays };
    expect(isNotificationCurrent('patient_moved', queued, pending)).toBe(true);
    expect(
      isNotificationCurrent('patient_moved', queued, { ...pending, startsAt: inThreeDays + 1 }),
    ).toBe(false);
    expect(
      isNotificationCurrent('patient_moved', queued, { ...pending, status: 'cancelled' }),
    ).toBe(false);
  });

  it('drops news of a patient’s cancellation once the clinic reinstated the visit', () => {
    const cancelled = { status: 'cancelled' as const, startsAt: inThreeDays };
    expect(isNotificationCurrent('patient_cancelled', queued, cancelled)).toBe(true);
    expect(
      isNotificationCurrent('patient_cancelled', queued, { ...cancelled, status: 'confirmed' }),
    ).toBe(false);
  });

  it('drops a request the clinic already answered', () => {
    const confirmed = { status: 'confirmed' as const, startsAt: inThreeDays };
    expect(isNotificationCurrent('request_received', queued, confirmed)).toBe(false);
  });
});

describe('nextAttemptAt', () => {
  it('backs off from a minute to hours, then gives up', () => {
    expect(nextAttemptAt(1, now)).toBe(now + 60_000);
    expect(nextAttemptAt(5, now)).toBe(now + 3 * 3_600_000);
    expect(nextAttemptAt(6, now)).toBeNull();
  });
});

describe('reminderDueAt', () => {
  it('is the lead time before the start while that is still ahead', () => {
    expect(reminderDueAt(inThreeDays, 48, now)).toBe(inThreeDays - 48 * 3_600_000);
    expect(reminderDueAt(inThreeDays, 96, now)).toBeNull();
  });
});
