import { describe, expect, it } from 'vitest';
import {
  INBOX_KINDS,
  inboxItemsFor,
  inboxKindsReadBy,
  inboxMessageText,
  isTeamInboxKind,
  MAX_INBOX_MESSAGE_LENGTH,
  mayReadInboxItem,
  PATIENT_INBOX_KINDS,
  patientInboxRecipients,
  TEAM_INBOX_KINDS,
  teamInboxRecipients,
} from './inbox.ts';
import { NOTIFICATION_KINDS } from './notifications.ts';

const now = Date.parse('2026-11-25T10:00:00Z');
const start = Date.parse('2026-11-28T09:30:00Z');
const base = { now, reminderLeadHours: 24 };
const kinds = (list: { kind: string; to: string }[]) => list.map((n) => `${n.kind}→${n.to}`);

describe('inboxItemsFor', () => {
  it('tells the front desk of a patient’s request, cancellation and move', () => {
    expect(
      kinds(
        inboxItemsFor({
          ...base,
          before: null,
          after: { status: 'pending', startsAt: start },
          byPatient: true,
        }),
      ),
    ).toEqual(['request_received→front_desk']);
    expect(
      kinds(
        inboxItemsFor({
          ...base,
          before: { status: 'confirmed', startsAt: start },
          after: { status: 'cancelled', startsAt: start },
          byPatient: true,
        }),
      ),
    ).toEqual(['patient_cancelled→front_desk']);
    expect(
      kinds(
        inboxItemsFor({
          ...base,
          before: { status: 'confirmed', startsAt: start },
          after: { status: 'pending', startsAt: start + 3_600_000 },
          byPatient: true,
        }),
      ),
    ).toEqual(['patient_moved→front_desk']);
  });

  it('tells the patient when the clinic confirms, moves or cancels, without the reminder', () => {
    const confirmed = inboxItemsFor({
      ...base,
      before: { status: 'pending', startsAt: start },
      after: { status: 'confirmed', startsAt: start },
      byPatient: false,
    });
    expect(kinds(confirmed)).toEqual(['appointment_confirmed→patient']);
    const moved = inboxItemsFor({
      ...base,
      before: { status: 'confirmed', startsAt: start },
      after: { status: 'confirmed', startsAt: start + 3_600_000 },
      byPatient: false,
    });
    expect(kinds(moved)).toEqual(['appointment_moved→patient']);
    const cancelled = inboxItemsFor({
      ...base,
      before: { status: 'confirmed', startsAt: start },
      after: { status: 'cancelled', startsAt: start },
      byPatient: false,
    });
    expect(kinds(cancelled)).toEqual(['appointment_cancelled→patient']);
  });

  it('says nothing to anyone about their own change, or about a visit’s day steps', () => {
    // The patient's own request: the front desk hears, the patient does not.
    expect(
      inboxItemsFor({
        ...base,
        before: null,
        after: { status: 'pending', startsAt: start },
        byPatient: true,
      }).filter((item) => item.to === 'patient'),
    ).toEqual([]);
    // The clinic's own step of the visit day tells nobody.
    expect(
      inboxItemsFor({
        ...base,
        before: { status: 'confirmed', startsAt: start },
        after: { status: 'arrived', startsAt: start },
        byPatient: false,
      }),
    ).toEqual([]);
  });

  it('covers every email kind but the reminder, plus the patient’s message', () => {
    expect([...INBOX_KINDS].sort()).toEqual(
      [...NOTIFICATION_KINDS.filter((kind) => kind !== 'reminder'), 'patient_message'].sort(),
    );
    expect([...TEAM_INBOX_KINDS, ...PATIENT_INBOX_KINDS].sort()).toEqual([...INBOX_KINDS].sort());
    expect(isTeamInboxKind('patient_message')).toBe(true);
    expect(isTeamInboxKind('appointment_confirmed')).toBe(false);
  });
});

describe('teamInboxRecipients', () => {
  const owner = { id: 1, role: 'owner', isDentist: false, isActive: true } as const;
  const desk = { id: 2, role: 'staff', isDentist: false, isActive: true } as const;
  const dentist = { id: 3, role: 'staff', isDentist: true, isActive: true } as const;
  const otherDentist = { id: 4, role: 'staff', isDentist: true, isActive: true } as const;
  const formerDesk = { id: 5, role: 'staff', isDentist: false, isActive: false } as const;
  const team = [owner, desk, dentist, otherDentist, formerDesk];

  it('is the front desk, without deactivated accounts or other dentists', () => {
    expect(teamInboxRecipients(team, [null])).toEqual([1, 2]);
    expect(teamInboxRecipients(team, [])).toEqual([1, 2]);
  });

  it('adds the visit’s dentist, and both dentists of a move between them', () => {
    expect(teamInboxRecipients(team, [3])).toEqual([1, 2, 3]);
    expect(teamInboxRecipients(team, [3, 4])).toEqual([1, 2, 3, 4]);
  });

  it('names an owner who is also the visit’s dentist once', () => {
    const dentistOwner = { ...owner, isDentist: true };
    expect(teamInboxRecipients([dentistOwner, desk], [1, 1])).toEqual([1, 2]);
  });

  it('never includes a patient, even one named as a dentist by mistake', () => {
    const patient = { id: 9, role: 'patient', isDentist: true, isActive: true } as const;
    expect(teamInboxRecipients([patient], [9])).toEqual([]);
  });
});

describe('patientInboxRecipients', () => {
  it('is the patient themselves', () => {
    const patient = { id: 10, guardianId: null, hasEmail: true, isActive: true };
    expect(patientInboxRecipients(patient, undefined)).toEqual([10]);
    // Registered by phone only: they read it once they have a sign-in.
    expect(patientInboxRecipients({ ...patient, hasEmail: false }, undefined)).toEqual([10]);
  });

  it('is the guardian of a dependant who cannot sign in', () => {
    const child = { id: 11, guardianId: 10, hasEmail: false, isActive: true };
    expect(patientInboxRecipients(child, { id: 10, isActive: true })).toEqual([10]);
  });

  it('is both a dependant with their own sign-in and their guardian', () => {
    const teenager = { id: 12, guardianId: 10, hasEmail: true, isActive: true };
    expect(patientInboxRecipients(teenager, { id: 10, isActive: true })).toEqual([12, 10]);
  });

  it('leaves out closed accounts and a guardian who is not this patient’s', () => {
    const child = { id: 11, guardianId: 10, hasEmail: false, isActive: true };
    expect(patientInboxRecipients(child, { id: 10, isActive: false })).toEqual([]);
    expect(patientInboxRecipients(child, { id: 20, isActive: true })).toEqual([]);
    const closed = { id: 13, guardianId: null, hasEmail: false, isActive: false };
    expect(patientInboxRecipients(closed, undefined)).toEqual([]);
  });
});

describe('mayReadInboxItem', () => {
  const guardian = { id: 10, role: 'patient' } as const;
  const child = { id: 11, guardianId: 10 };

  it('lets a patient read of their own and their dependants’ visits only', () => {
    expect(mayReadInboxItem(guardian, 'appointment_confirmed', { id: 10, guardianId: null })).toBe(
      true,
    );
    expect(mayReadInboxItem(guardian, 'appointment_moved', child)).toBe(true);
    expect(mayReadInboxItem(guardian, 'appointment_moved', { id: 11, guardianId: null })).toBe(
      false,
    );
    expect(mayReadInboxItem(guardian, 'appointment_cancelled', null)).toBe(false);
  });

  it('keeps what patients did and wrote for the team, even if once addressed to a patient', () => {
    for (const kind of TEAM_INBOX_KINDS) {
      expect(mayReadInboxItem(guardian, kind, { id: 10, guardianId: null })).toBe(false);
      expect(mayReadInboxItem({ id: 2, role: 'staff' }, kind, child)).toBe(true);
    }
    expect(inboxKindsReadBy('owner')).toEqual(TEAM_INBOX_KINDS);
    expect(inboxKindsReadBy('patient')).toEqual(PATIENT_INBOX_KINDS);
  });
});

describe('inboxMessageText', () => {
  it('keeps a short message as written, trimmed', () => {
    expect(inboxMessageText('  Running 10 min late, sorry \n')).toBe('Running 10 min late, sorry');
  });

  it('cuts a long one to the limit, counting characters rather than UTF-16 units', () => {
    const long = '🦷'.repeat(MAX_INBOX_MESSAGE_LENGTH + 5);
    const kept = inboxMessageText(long);
    expect([...kept]).toHaveLength(MAX_INBOX_MESSAGE_LENGTH);
    expect(kept.endsWith('…')).toBe(true);
  });
});
