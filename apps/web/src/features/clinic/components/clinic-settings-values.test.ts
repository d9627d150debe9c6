import { describe, expect, it } from 'vitest';
import type { Clinic } from '../../../types/api';
import {
  toFormErrors,
  toFormValues,
  toUpdateInput,
  validateClinicSettings,
} from './clinic-settings-values';

const clinic: Clinic = {
  name: 'Bright Smile',
  timezone: 'Europe/Lisbon',
  timezoneLocked: false,
  reminderLeadHours: 24,
  maxOpenRequests: 3,
  emailNotifications: false,
  smsNotifications: false,
  defaultLanguage: 'en',
  timeFormat: '24h',
  minNoticeMinutes: 120,
  bookingHorizonDays: 30,
  slotStepMinutes: 20,
  phone: '',
  address: '',
  email: '',
  patientChangeCutoffHours: 24,
  patientsMoveConfirmed: false,
  unverifiedPatientsMayRequest: true,
  calendarFeedPatientNames: false,
  openingHours: {
    mon: { open: '08:00', close: '17:00' },
    tue: null,
    wed: null,
    thu: null,
    fri: null,
    sat: null,
    sun: null,
  },
};

describe('clinic settings form values', () => {
  it('round-trips opening hours, closed days included', () => {
    const values = toFormValues(clinic);
    expect(values.openingHours.mon).toEqual({ isOpen: true, open: '08:00', close: '17:00' });
    expect(values.openingHours.tue.isOpen).toBe(false);
    expect(toUpdateInput(values, { withTimezone: true }).openingHours).toEqual(clinic.openingHours);
  });

  it('puts a message on each day whose closing time is not after its opening time', () => {
    const values = toFormValues(clinic);
    values.openingHours.mon.close = '08:00';
    values.openingHours.tue = { isOpen: true, open: '12:00', close: '09:00' };
    expect(Object.keys(validateClinicSettings(values))).toEqual([
      'openingHours.mon.close',
      'openingHours.tue.close',
    ]);
  });

  it('ignores the times of closed days', () => {
    const values = toFormValues(clinic);
    values.openingHours.tue = { isOpen: false, open: '', close: '' };
    expect(validateClinicSettings(values)).toEqual({});
  });

  it('sends the contact details trimmed, and accepts them left empty', () => {
    const values = {
      ...toFormValues(clinic),
      phone: ' +351 210 000 000 ',
      address: 'Rua Augusta 1\n1100-048 Lisboa ',
      email: '',
    };
    expect(validateClinicSettings(values)).toEqual({});
    expect(toUpdateInput(values, { withTimezone: true })).toMatchObject({
      phone: '+351 210 000 000',
      address: 'Rua Augusta 1\n1100-048 Lisboa',
      email: '',
    });
  });

  it('refuses a phone that cannot be dialled and an email without a domain', () => {
    const values = { ...toFormValues(clinic), phone: 'Rua Augusta 1', email: 'desk@' };
    expect(Object.keys(validateClinicSettings(values))).toEqual(['phone', 'email']);
  });

  it('bounds the reminder lead time', () => {
    const values = { ...toFormValues(clinic), reminderLeadHours: 500 };
    expect(validateClinicSettings(values)).toHaveProperty('reminderLeadHours');
  });

  it('leaves out a time zone the server has fixed', () => {
    const values = toFormValues(clinic);
    expect(toUpdateInput(values, { withTimezone: false })).not.toHaveProperty('timezone');
    expect(toUpdateInput(values, { withTimezone: true }).timezone).toBe('Europe/Lisbon');
  });

  it('shows a day-level server error under that day’s closing time', () => {
    expect(toFormErrors({ 'openingHours.mon': 'Bad', name: 'Missing' })).toEqual({
      'openingHours.mon.close': 'Bad',
      name: 'Missing',
    });
  });

  it('sends the open-request limit as a number', () => {
    const values = { ...toFormValues(clinic), maxOpenRequests: '7' };
    expect(toUpdateInput(values, { withTimezone: true }).maxOpenRequests).toBe(7);
  });

  it('asks for a whole number of open requests from 1 to 50', () => {
    for (const bad of ['', 0, 51, 2.5]) {
      const errors = validateClinicSettings({ ...toFormValues(clinic), maxOpenRequests: bad });
      expect(errors.maxOpenRequests, String(bad)).toBe('A whole number from 1 to 50');
    }
    for (const good of [1, 3, 50]) {
      const errors = validateClinicSettings({ ...toFormValues(clinic), maxOpenRequests: good });
      expect(errors, String(good)).toEqual({});
    }
  });

  it('sends the default language and the clock as chosen', () => {
    const values = {
      ...toFormValues(clinic),
      defaultLanguage: 'fr' as const,
      timeFormat: '12h' as const,
    };
    expect(toUpdateInput(values, { withTimezone: true })).toMatchObject({
      defaultLanguage: 'fr',
      timeFormat: '12h',
    });
  });

  it('round-trips the booking rules, the slot step through its select', () => {
    const values = toFormValues(clinic);
    expect(values.slotStepMinutes).toBe('20');
    expect(toUpdateInput(values, { withTimezone: true })).toMatchObject({
      minNoticeMinutes: 120,
      bookingHorizonDays: 30,
      slotStepMinutes: 20,
    });
  });

  it('bounds the notice and how far ahead patients book', () => {
    const errors = validateClinicSettings({
      ...toFormValues(clinic),
      minNoticeMinutes: -1,
      bookingHorizonDays: 0,
    });
    expect(Object.keys(errors)).toEqual(['minNoticeMinutes', 'bookingHorizonDays']);
    expect(
      validateClinicSettings({ ...toFormValues(clinic), minNoticeMinutes: 14 * 24 * 60 + 1 }),
    ).toHaveProperty('minNoticeMinutes');
  });

  it('round-trips the patients’ cut-off and whether their moves stay confirmed', () => {
    const values = { ...toFormValues(clinic), patientsMoveConfirmed: true };
    expect(values.patientChangeCutoffHours).toBe(24);
    expect(toUpdateInput(values, { withTimezone: true })).toMatchObject({
      patientChangeCutoffHours: 24,
      patientsMoveConfirmed: true,
    });
  });

  it('asks for whole hours of cut-off from 0 to 720', () => {
    for (const ok of [0, 720]) {
      expect(
        validateClinicSettings({ ...toFormValues(clinic), patientChangeCutoffHours: ok }),
      ).toEqual({});
    }
    for (const wrong of [-1, 721, 1.5, '']) {
      expect(
        Object.keys(
          validateClinicSettings({ ...toFormValues(clinic), patientChangeCutoffHours: wrong }),
        ),
      ).toEqual(['patientChangeCutoffHours']);
    }
  });
});
