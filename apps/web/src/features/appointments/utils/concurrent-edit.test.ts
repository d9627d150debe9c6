import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import { appointmentFixture } from './appointment.fixture';
import { toFormValues } from './appointment-form';
import { describeTheirChanges, rebaseFormValues } from './concurrent-edit';

describe('rebaseFormValues', () => {
  const opened = appointmentFixture({ status: 'confirmed', notes: '' });
  const theirs = appointmentFixture({ status: 'cancelled', time: '10:00', version: 2 });

  it('keeps what the person changed and takes the colleague’s value for the rest', () => {
    const mine = { ...toFormValues(opened), notes: 'Bring x-rays' };
    const rebased = rebaseFormValues(mine, toFormValues(opened), toFormValues(theirs));
    expect(rebased).toMatchObject({ notes: 'Bring x-rays', status: 'cancelled', time: '10:00' });
  });

  it('keeps the person’s value where both changed the same field', () => {
    const mine = { ...toFormValues(opened), time: '11:00' };
    const rebased = rebaseFormValues(mine, toFormValues(opened), toFormValues(theirs));
    expect(rebased.time).toBe('11:00');
  });
});

describe('describeTheirChanges', () => {
  it('names each field someone else changed, in words', () => {
    const before = appointmentFixture({ status: 'confirmed', dentistName: 'Dr. Sam Reed' });
    const after = appointmentFixture({
      status: 'cancelled',
      time: '10:00',
      dentist: 3,
      dentistName: 'Dr. Priya Natarajan',
      notes: 'Patient phoned',
    });
    expect(describeTheirChanges(before, after)).toEqual([
      'Status: confirmed → cancelled',
      'Time: 2 Dec 09:30 → 2 Dec 10:00',
      'Dentist: Dr. Sam Reed → Dr. Priya Natarajan',
      'Notes: “Patient phoned”',
    ]);
  });

  it('says nothing when nothing a person reads changed', () => {
    const a = appointmentFixture();
    expect(describeTheirChanges(a, { ...a, version: 2 })).toEqual([]);
  });
});

describe('describeTheirChanges in the reader’s language', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('lists a colleague’s changes in French', async () => {
    await i18n.changeLanguage('fr');
    const before = appointmentFixture({ status: 'confirmed', dentistName: 'Dr. Sam Reed' });
    const after = appointmentFixture({ status: 'cancelled', dentist: null, dentistName: null });
    expect(describeTheirChanges(before, after)).toEqual([
      'Statut : confirmé → annulé',
      'Dentiste : Dr. Sam Reed → aucun',
    ]);
  });
});
