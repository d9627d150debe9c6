import { describe, expect, it } from 'vitest';
import type { InboxItem } from '../../../types/api';
import { describeInboxItem } from './describe-item';

const ANA = 4;
const LEO = 5;

function item(fields: Partial<InboxItem>): InboxItem {
  return {
    id: 1,
    kind: 'request_received',
    createdAt: '2026-11-25T10:00:00.000Z',
    read: false,
    readAt: null,
    appointment: 7,
    patient: ANA,
    patientName: 'Ana Lima',
    actor: ANA,
    actorName: 'Ana Lima',
    date: '2026-12-02',
    time: '09:30',
    previousDate: null,
    previousTime: null,
    message: null,
    sender: null,
    ...fields,
  };
}

describe('describeInboxItem', () => {
  it('tells the team what a patient did, with the visit’s day and time', () => {
    expect(describeInboxItem(item({}), 1)).toEqual({
      text: 'Ana Lima requested a visit on 2 Dec at 09:30',
      detail: null,
    });
    expect(describeInboxItem(item({ kind: 'patient_cancelled' }), 1).text).toBe(
      'Ana Lima cancelled the visit on 2 Dec at 09:30',
    );
    expect(
      describeInboxItem(
        item({
          kind: 'patient_moved',
          date: '2026-12-03',
          time: '14:00',
          previousDate: '2026-12-02',
          previousTime: '09:30',
        }),
        1,
      ).text,
    ).toBe('Ana Lima moved the visit from 2 Dec at 09:30 to 3 Dec at 14:00');
  });

  it('names the guardian who acted for a dependant', () => {
    const forLeo = item({ patient: LEO, patientName: 'Leo Lima' });
    expect(describeInboxItem(forLeo, 1)).toEqual({
      text: 'Leo Lima requested a visit on 2 Dec at 09:30',
      detail: 'By Ana Lima, who books for them',
    });
  });

  it('says “your visit” to the patient, and names a dependant to their guardian', () => {
    const confirmed = item({ kind: 'appointment_confirmed', actor: 2, actorName: 'Maria Costa' });
    expect(describeInboxItem(confirmed, ANA)).toEqual({
      text: 'Your visit on 2 Dec at 09:30 is confirmed',
      detail: null,
    });
    const leos = { ...confirmed, patient: LEO, patientName: 'Leo Lima' };
    expect(describeInboxItem(leos, ANA).text).toBe(
      'Leo Lima’s visit on 2 Dec at 09:30 is confirmed',
    );
    const moved = item({
      kind: 'appointment_moved',
      time: '10:30',
      previousDate: '2026-12-02',
      previousTime: '09:30',
    });
    expect(describeInboxItem(moved, ANA).text).toBe(
      'Your visit was moved from 2 Dec at 09:30 to 2 Dec at 10:30',
    );
    expect(describeInboxItem(item({ kind: 'appointment_cancelled' }), ANA).text).toBe(
      'Your visit on 2 Dec at 09:30 was cancelled',
    );
  });

  it('shows a patient’s message under who sent it', () => {
    const message = item({
      kind: 'patient_message',
      appointment: null,
      actor: null,
      actorName: null,
      date: null,
      time: null,
      message: 'Can I bring my daughter too?',
      sender: '+351912345678',
    });
    expect(describeInboxItem(message, 1)).toEqual({
      text: 'Message from Ana Lima (+351912345678)',
      detail: 'Can I bring my daughter too?',
    });
    expect(describeInboxItem({ ...message, patient: null, patientName: null }, 1).text).toBe(
      'Message from +351912345678',
    );
  });
});
