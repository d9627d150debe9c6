import { describe, expect, it } from 'vitest';
import type { AppointmentHistoryEntry } from '../../../types/api';
import { cancellationOutcome } from './visit-outcome';

const PATIENT = 4;

function step(
  from: string | null,
  to: string,
  actor: number,
  reason: string | null = null,
): AppointmentHistoryEntry {
  return {
    at: '2026-11-25T10:00:00.000Z',
    actor,
    actorName: actor === PATIENT ? 'Ana Lima' : 'Rita Reception',
    action: from === null ? 'created' : 'updated',
    changes: { status: [from, to] },
    reason,
  };
}

describe('cancellationOutcome', () => {
  it('calls a request the clinic turned down declined, with the reason given', () => {
    const history = [step(null, 'pending', PATIENT), step('pending', 'cancelled', 9, 'On leave')];
    expect(cancellationOutcome(history, PATIENT)).toEqual({
      kind: 'declined',
      byPatient: false,
      reason: 'On leave',
    });
  });

  it('calls a booked visit called off cancelled', () => {
    const history = [
      step(null, 'pending', PATIENT),
      step('pending', 'confirmed', 9),
      step('confirmed', 'cancelled', 9, 'Dentist ill'),
    ];
    expect(cancellationOutcome(history, PATIENT)).toMatchObject({
      kind: 'cancelled',
      reason: 'Dentist ill',
    });
  });

  it('tells the patient’s own cancellation apart and keeps a blank reason out', () => {
    const history = [step(null, 'pending', PATIENT), step('pending', 'cancelled', PATIENT, '  ')];
    expect(cancellationOutcome(history, PATIENT)).toEqual({
      kind: 'cancelled',
      byPatient: true,
      reason: null,
    });
  });

  it('reads the latest cancellation of a visit reinstated and cancelled again', () => {
    const history = [
      step(null, 'confirmed', 9),
      step('confirmed', 'cancelled', 9, 'First reason'),
      step('cancelled', 'confirmed', 9),
      step('confirmed', 'cancelled', 9, 'Second reason'),
    ];
    expect(cancellationOutcome(history, PATIENT)?.reason).toBe('Second reason');
  });

  it('says nothing of a visit never cancelled', () => {
    expect(cancellationOutcome([step(null, 'pending', PATIENT)], PATIENT)).toBeNull();
  });
});
