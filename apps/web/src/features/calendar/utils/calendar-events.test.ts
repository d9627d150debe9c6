import { describe, expect, it } from 'vitest';
import { appointmentFixture } from '../../appointments/testing';
import { eventTitle, toCalendarEvent } from './calendar-events';

const base = appointmentFixture({ time: '23:30', endTime: '00:00' });
const colourOf = (id: number | null) => (id === null ? 'grey' : `dentist-${id}`);

describe('toCalendarEvent', () => {
  it('places the visit on the clinic’s wall clock, up to midnight', () => {
    const event = toCalendarEvent(base, colourOf);
    expect(event.start).toBe('2026-12-02T23:30:00Z');
    expect(event.end).toBe('2026-12-03T00:00:00.000Z');
  });

  it('colours by status and borders by dentist', () => {
    const event = toCalendarEvent(base, colourOf);
    expect(event.backgroundColor).toBe('var(--mantine-color-yellow-1)');
    expect(event.borderColor).toBe('dentist-2');
    expect(toCalendarEvent({ ...base, dentist: null }, colourOf).borderColor).toBe('grey');
    expect(toCalendarEvent({ ...base, status: 'no_show' }, colourOf).backgroundColor).toBe(
      'var(--mantine-color-gray-1)',
    );
  });

  it('lets only visits that hold a slot be moved', () => {
    expect(toCalendarEvent(base, colourOf).editable).toBe(true);
    expect(toCalendarEvent({ ...base, status: 'confirmed' }, colourOf).editable).toBe(true);
    expect(toCalendarEvent({ ...base, status: 'completed' }, colourOf).editable).toBe(false);
    expect(toCalendarEvent({ ...base, status: 'cancelled' }, colourOf).editable).toBe(false);
  });
});

describe('eventTitle', () => {
  it('leads with the patient, so a short visit still says whose it is, then the status', () => {
    expect(eventTitle(base)).toBe('Ana Lima · Pending · Check-up · Dr. Sam Reed');
    expect(eventTitle({ ...base, status: 'no_show', serviceName: null, dentistName: null })).toBe(
      'Ana Lima · No-show',
    );
  });
});
