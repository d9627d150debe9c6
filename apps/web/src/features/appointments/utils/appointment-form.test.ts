import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import {
  type AppointmentFormValues,
  collapseRepeatedErrors,
  emptyAppointmentForm,
  toCreateInput,
  toUpdateInput,
  validateAppointmentForm,
} from './appointment-form';

const now = Date.parse('2026-11-25T10:00:00Z');
const filled: AppointmentFormValues = {
  ...emptyAppointmentForm,
  patient: '4',
  dentist: '2',
  service: '1',
  date: '2026-12-02',
  time: '09:30',
};

describe('validateAppointmentForm', () => {
  const context = { zone: 'UTC', now, requirePatient: true };

  it('accepts a complete booking in the future', () => {
    expect(validateAppointmentForm(filled, context)).toEqual({});
  });

  it('asks for a patient, a real date and a real time', () => {
    const errors = validateAppointmentForm(
      { ...emptyAppointmentForm, date: '2026-02-30', time: '25:00' },
      context,
    );
    expect(Object.keys(errors).sort()).toEqual(['date', 'patient', 'time']);
  });

  it('refuses a past day on the date and an hour gone today on the time', () => {
    expect(validateAppointmentForm({ ...filled, date: '2026-11-24' }, context)).toEqual({
      date: 'Choose today or a later date.',
    });
    expect(
      validateAppointmentForm({ ...filled, date: '2026-11-25', time: '09:00' }, context),
    ).toEqual({
      time: 'Choose a time later than now.',
    });
  });

  it('judges “now” on the clinic’s clock', () => {
    // 10:00 UTC is already 19:00 in Tokyo.
    const tokyo = { ...context, zone: 'Asia/Tokyo' };
    expect(
      validateAppointmentForm({ ...filled, date: '2026-11-25', time: '18:00' }, tokyo),
    ).toHaveProperty('time');
  });

  it('asks for a dentist before confirming a new booking, not before a request', () => {
    const team = { ...context, requireDentistToConfirm: true };
    expect(validateAppointmentForm({ ...filled, dentist: '' }, team)).toEqual({
      dentist: 'Choose a dentist to confirm, or book it as pending.',
    });
    expect(validateAppointmentForm({ ...filled, dentist: '', status: 'pending' }, team)).toEqual(
      {},
    );
  });

  it('lets an edit that keeps the time pass even when that time is past', () => {
    const past = { ...filled, date: '2026-11-20' };
    expect(validateAppointmentForm(past, { ...context, mustBeFuture: false })).toEqual({});
  });
});

describe('validateAppointmentForm for a visit recorded after the fact', () => {
  const context = { zone: 'UTC', now, requirePatient: true, today: '2026-11-25' };
  const record = { ...filled, recordedAfterTheFact: true, status: 'completed' as const };

  it('accepts a past visit, earlier today or on an earlier day', () => {
    expect(validateAppointmentForm({ ...record, date: '2026-11-20' }, context)).toEqual({});
    expect(
      validateAppointmentForm({ ...record, date: '2026-11-25', time: '08:00' }, context),
    ).toEqual({});
  });

  it('refuses a visit still to come, an old arrival, and a visit without its dentist', () => {
    expect(validateAppointmentForm(record, context)).toEqual({
      time: 'A visit recorded after the fact has already started: choose an earlier time.',
    });
    const old = { ...record, date: '2026-11-20' };
    expect(validateAppointmentForm({ ...old, status: 'arrived' }, context)).toHaveProperty(
      'status',
    );
    expect(validateAppointmentForm({ ...old, dentist: '' }, context)).toHaveProperty('dentist');
    expect(validateAppointmentForm({ ...old, dentist: '', status: 'no_show' }, context)).toEqual(
      {},
    );
  });
});

describe('toCreateInput', () => {
  it('sends a record after the fact with its status and flag, never an override', () => {
    const input = toCreateInput(
      {
        ...filled,
        recordedAfterTheFact: true,
        overrideAvailability: true,
        status: 'no_show',
      },
      { asTeam: true },
    );
    expect(input).toMatchObject({ status: 'no_show', recordedAfterTheFact: true });
    expect(input).not.toHaveProperty('overrideAvailability');
  });

  it('sends the patient and status only for the clinic team', () => {
    expect(toCreateInput(filled, { asTeam: true })).toMatchObject({
      patient: 4,
      status: 'confirmed',
    });
    const request = toCreateInput(filled, { asTeam: false });
    expect(request).not.toHaveProperty('patient');
    expect(request).not.toHaveProperty('status');
  });

  it('sends no dentist as null and a time with seconds as HH:MM', () => {
    expect(
      toCreateInput({ ...filled, dentist: '', time: '09:30:00' }, { asTeam: false }),
    ).toMatchObject({
      dentist: null,
      time: '09:30',
    });
  });
});

describe('toUpdateInput', () => {
  it('sends only the fields that changed', () => {
    expect(toUpdateInput({ ...filled, time: '10:00', notes: ' x ' }, filled)).toEqual({
      time: '10:00',
      notes: 'x',
    });
    expect(toUpdateInput(filled, filled)).toEqual({});
  });

  it('clears a dentist with null', () => {
    expect(toUpdateInput({ ...filled, dentist: '' }, filled)).toEqual({ dentist: null });
  });
});

describe('collapseRepeatedErrors', () => {
  it('writes a shared message once, under the earliest field, and marks the others', () => {
    const message = 'Dr. Sam Reed is already booked from 09:30 to 10:15 on 2026-12-02.';
    expect(collapseRepeatedErrors({ dentist: message, time: message })).toEqual({
      time: message,
      dentist: true,
    });
  });

  it('keeps different messages', () => {
    expect(collapseRepeatedErrors({ date: 'a', time: 'b' })).toEqual({ date: 'a', time: 'b' });
  });
});

describe('validateAppointmentForm in the reader’s language', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('explains in French what to fix', async () => {
    await i18n.changeLanguage('fr');
    expect(
      validateAppointmentForm(
        { ...filled, patient: '', date: '2026-11-24' },
        { zone: 'UTC', now, requirePatient: true },
      ),
    ).toEqual({
      patient: 'Choisissez le patient.',
      date: 'Choisissez aujourd’hui ou une date ultérieure.',
    });
  });
});
