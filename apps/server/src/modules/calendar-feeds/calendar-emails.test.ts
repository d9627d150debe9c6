import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clinicPerTest } from '../../test/fixture.ts';
import { startSmtpInbox } from '../../test/smtp-inbox.ts';
import { client } from '../../test/test-app.ts';

// The test clock reads 2026-11-25 10:00 UTC; the clinic is in Europe/Lisbon (UTC+0 in winter).
let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
beforeEach(async () => {
  inbox = await startSmtpInbox();
});
afterEach(() => inbox.close());
const { t, c } = clinicPerTest(() => ({
  smtpUrl: inbox.url,
  mailFrom: 'Bright Smile <desk@bright.example>',
  publicUrl: 'https://bright.example',
}));
// Registering the clinic's two patients sends each a link to confirm their address.
beforeEach(async () => {
  await inbox.waitFor(2);
  inbox.received.splice(0);
});

/** The one event of an email's calendar part, as ical.js reads it. */
function invitation(content: string | undefined) {
  if (!content) throw new Error('The email carries no calendar part.');
  const calendar = new ICAL.Component(ICAL.parse(content));
  const [vevent, ...more] = calendar.getAllSubcomponents('vevent');
  if (!vevent || more.length > 0) throw new Error('Expected exactly one event.');
  const event = new ICAL.Event(vevent);
  return {
    method: calendar.getFirstPropertyValue('method'),
    uid: event.uid,
    sequence: event.sequence,
    status: vevent.getFirstPropertyValue('status'),
    startsAt: event.startDate.toUnixTime() * 1000,
    endsAt: event.endDate.toUnixTime() * 1000,
    organizer: event.organizer,
    summary: event.summary,
  };
}

describe('calendar parts of visit emails', () => {
  it('adds the visit on confirmation, moves the same event, then cancels it', async () => {
    const booked = await client(t.app, c.staff.token).post('/api/appointments', {
      patient: c.patient.user.id,
      dentist: c.dentist.user.id,
      service: c.service.id,
      date: '2026-12-02',
      time: '09:00',
      status: 'confirmed',
    });
    expect(booked.status).toBe(201);
    const id = booked.body.id as number;
    const [confirmed] = await inbox.waitFor(1);
    expect(confirmed?.calendar?.method).toBe('REQUEST');
    const first = invitation(confirmed?.calendar?.content);
    expect(first).toMatchObject({
      method: 'REQUEST',
      uid: `appointment-${id}@bright.example`,
      status: 'CONFIRMED',
      startsAt: Date.parse('2026-12-02T09:00:00Z'),
      endsAt: Date.parse('2026-12-02T09:45:00Z'),
      organizer: 'mailto:desk@bright.example',
      summary: 'Dental visit: Cleaning (Bright Smile Dental)',
    });

    // Each change waits for its email: one overtaken before it is sent is dropped (decision 010).
    const moved = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      time: '11:00',
    });
    expect(moved.status).toBe(200);
    const second = invitation((await inbox.waitFor(2))[1]?.calendar?.content);
    expect(second).toMatchObject({
      method: 'REQUEST',
      uid: first.uid,
      status: 'CONFIRMED',
      startsAt: Date.parse('2026-12-02T11:00:00Z'),
      endsAt: Date.parse('2026-12-02T11:45:00Z'),
    });
    expect(second.sequence).toBeGreaterThan(first.sequence);

    const cancelled = await client(t.app, c.staff.token).patch(`/api/appointments/${id}`, {
      status: 'cancelled',
      reason: 'Dentist ill',
    });
    expect(cancelled.status).toBe(200);
    const mails = await inbox.waitFor(3);
    expect(mails[2]?.calendar?.method).toBe('CANCEL');
    const third = invitation(mails[2]?.calendar?.content);
    expect(third).toMatchObject({ method: 'CANCEL', uid: first.uid, status: 'CANCELLED' });
    expect(third.sequence).toBeGreaterThan(second.sequence);
    expect(mails.map((m) => m.to)).toEqual(Array(3).fill(c.patient.user.email));
  });

  it('leaves the calendar out of what the front desk hears and of reminders', async () => {
    const requested = await client(t.app, c.patient.token).post('/api/appointments', {
      date: '2026-11-26',
      time: '12:00',
      dentist: c.dentist.user.id,
      service: c.service.id,
    });
    expect(requested.status).toBe(201);
    const toDesk = await inbox.waitFor(2);
    expect(toDesk.map((m) => m.calendar)).toEqual([undefined, undefined]);
    await client(t.app, c.staff.token).patch(`/api/appointments/${requested.body.id}`, {
      status: 'confirmed',
    });
    const confirmation = (await inbox.waitFor(3))[2];
    expect(confirmation?.calendar?.method).toBe('REQUEST');
    t.clock.now = Date.parse('2026-11-25T12:00:00Z'); // 24 hours before the visit
    const reminder = (await inbox.waitFor(4))[3];
    expect(reminder?.subject).toMatch(/^Reminder/);
    expect(reminder?.calendar).toBeUndefined();
  });
});
