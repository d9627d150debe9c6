import { describe, expect, it } from 'vitest';
import { checkNewAppointment, type NewAppointment } from './new-appointment.ts';

const TODAY = '2026-11-25';
const NOW = Date.UTC(2026, 10, 25, 12, 0);
const HOUR = 3_600_000;

const booking = (change: Partial<NewAppointment>): NewAppointment => ({
  status: 'confirmed',
  recordedAfterTheFact: false,
  date: TODAY,
  startsAt: NOW + HOUR,
  dentistId: 3,
  ...change,
});

describe('checkNewAppointment: bookings', () => {
  it('books a pending or confirmed visit in the future', () => {
    expect(checkNewAppointment(booking({}), NOW, TODAY)).toEqual({ allowed: true });
    expect(
      checkNewAppointment(booking({ status: 'pending', dentistId: null }), NOW, TODAY),
    ).toEqual({ allowed: true });
  });

  it('refuses a booking in the past, even a minute ago', () => {
    const check = checkNewAppointment(booking({ startsAt: NOW - 60_000 }), NOW, TODAY);
    expect(check).toEqual({
      allowed: false,
      field: 'when',
      message: 'Choose a time in the future.',
    });
    expect(checkNewAppointment(booking({ startsAt: NOW }), NOW, TODAY).allowed).toBe(false);
  });

  it('refuses confirming without a dentist', () => {
    const check = checkNewAppointment(booking({ dentistId: null }), NOW, TODAY);
    expect(check).toMatchObject({ allowed: false, field: 'dentist' });
  });

  it('refuses any other status without saying it already happened', () => {
    for (const status of ['arrived', 'in_chair', 'completed', 'no_show', 'cancelled'] as const) {
      const check = checkNewAppointment(booking({ status, startsAt: NOW - HOUR }), NOW, TODAY);
      expect(check).toMatchObject({ allowed: false, field: 'status' });
    }
  });
});

describe('checkNewAppointment: records after the fact', () => {
  const record = (change: Partial<NewAppointment>) =>
    booking({ recordedAfterTheFact: true, startsAt: NOW - HOUR, status: 'completed', ...change });

  it('records a visit of today or an earlier day as completed or no-show', () => {
    expect(checkNewAppointment(record({}), NOW, TODAY)).toEqual({ allowed: true });
    const earlier = record({ date: '2026-11-20', startsAt: NOW - 5 * 24 * HOUR });
    expect(checkNewAppointment(earlier, NOW, TODAY)).toEqual({ allowed: true });
    expect(
      checkNewAppointment({ ...earlier, status: 'no_show', dentistId: null }, NOW, TODAY),
    ).toEqual({ allowed: true });
  });

  it('records an arrival only for today', () => {
    expect(checkNewAppointment(record({ status: 'arrived' }), NOW, TODAY)).toEqual({
      allowed: true,
    });
    const earlier = record({ status: 'arrived', date: '2026-11-24', startsAt: NOW - 24 * HOUR });
    expect(checkNewAppointment(earlier, NOW, TODAY)).toMatchObject({
      allowed: false,
      field: 'status',
    });
  });

  it('refuses a record of what has not started yet', () => {
    expect(checkNewAppointment(record({ startsAt: NOW + 60_000 }), NOW, TODAY)).toMatchObject({
      allowed: false,
      field: 'when',
    });
  });

  it('refuses pending, confirmed, in the chair and cancelled as records', () => {
    for (const status of ['pending', 'confirmed', 'in_chair', 'cancelled'] as const) {
      expect(checkNewAppointment(record({ status }), NOW, TODAY)).toMatchObject({
        allowed: false,
        field: 'status',
      });
    }
  });

  it('needs the dentist who saw an arrived or completed patient', () => {
    for (const status of ['arrived', 'completed'] as const) {
      expect(checkNewAppointment(record({ status, dentistId: null }), NOW, TODAY)).toMatchObject({
        allowed: false,
        field: 'dentist',
      });
    }
  });
});
