import { describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import type { AuditEntry } from '../../../types/api';
import { appointmentEntry, otherEntry } from './audit-entry.fixture';
import { describeAuditChanges } from './describe-audit-changes';

const names = {
  dentists: new Map([[2, 'Dr. Sam Reed']]),
  services: new Map<number, string>(),
  patients: new Map<number, string>(),
};

function lines(entry: AuditEntry, language = 'en', locale = 'en-GB'): string[] {
  const t = i18n.getFixedT(language, 'audit');
  return describeAuditChanges(entry, names, t, locale).map((detail) => detail.text);
}

describe('describeAuditChanges of an appointment', () => {
  it('words a change as the appointment history panel does', () => {
    const entry = appointmentEntry({
      action: 'updated',
      changes: { time: ['09:00', '11:30'], dentist: [null, 2] },
    });
    expect(lines(entry)).toEqual(['Time: 09:00 → 11:30', 'Dentist: none → Dr. Sam Reed']);
  });

  it('says nothing more of a booking or a deletion', () => {
    const changes = { time: [null, '09:00'] as [unknown, unknown] };
    expect(lines(appointmentEntry({ action: 'created', changes }))).toEqual([]);
    expect(lines(appointmentEntry({ action: 'deleted', changes }))).toEqual([]);
  });
});

describe('describeAuditChanges of an account', () => {
  it('shows profile and role changes as before → after, in a fixed order', () => {
    const entry = otherEntry('account', {
      changes: {
        role: ['staff', 'owner'],
        phone: ['', '+351 210 000 000'],
        email: ['stan@old.test', 'stan@new.test'],
      },
    });
    expect(lines(entry)).toEqual([
      'Email: stan@old.test → stan@new.test',
      'Phone: none → +351 210 000 000',
      'Role: staff → owner',
    ]);
  });

  it('says what became of a calendar subscription link, never the link', () => {
    const change = (before: string, after: string) =>
      lines(otherEntry('account', { changes: { calendarFeed: [before, after] } }));
    expect(change('none', 'active')).toEqual(['Calendar subscription link created']);
    expect(change('active', 'replaced')).toEqual([
      'Calendar subscription link replaced by a new one',
    ]);
    expect(change('active', 'revoked')).toEqual(['Calendar subscription link revoked']);
  });

  it('says deactivated, reactivated and dentist changes in words', () => {
    expect(lines(otherEntry('account', { changes: { isActive: [true, false] } }))).toEqual([
      'Deactivated',
    ]);
    expect(lines(otherEntry('account', { changes: { isActive: [false, true] } }))).toEqual([
      'Reactivated',
    ]);
    expect(lines(otherEntry('account', { changes: { isDentist: [false, true] } }))).toEqual([
      'Now a dentist',
    ]);
    expect(lines(otherEntry('account', { changes: { isDentist: [true, false] } }))).toEqual([
      'No longer a dentist',
    ]);
  });

  it('says only that the password changed, never a value', () => {
    const entry = otherEntry('account', { changes: { password: [null, 'changed'] } });
    expect(lines(entry)).toEqual(['Password changed']);
  });

  it('sums up a new account by its role, and whether it is a dentist', () => {
    const entry = otherEntry('account', {
      action: 'created',
      changes: {
        name: [null, 'Stan Staff'],
        email: [null, 'stan@clinic.test'],
        role: [null, 'staff'],
        isDentist: [null, true],
        isActive: [null, true],
        password: [null, 'changed'],
      },
    });
    expect(lines(entry)).toEqual(['Role: staff', 'Dentist']);
  });
});

describe('describeAuditChanges of a service', () => {
  it('shows the price, duration and description changes with their units', () => {
    const entry = otherEntry('service', {
      changes: {
        price: ['60.00', '65.00'],
        durationMinutes: [30, 45],
        description: ['', 'Scale and polish'],
      },
    });
    expect(lines(entry)).toEqual([
      'Description: (empty) → Scale and polish',
      'Duration: 30 min → 45 min',
      'Price: 60.00 → 65.00',
    ]);
  });

  it('says a service taken off the book was deactivated', () => {
    expect(lines(otherEntry('service', { changes: { isActive: [true, false] } }))).toEqual([
      'Deactivated',
    ]);
  });

  it('sums up a deleted service by what it was', () => {
    const entry = otherEntry('service', {
      action: 'deleted',
      changes: {
        name: ['Check-up', null],
        durationMinutes: [30, null],
        price: ['60.00', null],
        isActive: [false, null],
      },
    });
    expect(lines(entry)).toEqual(['Duration: 30 min', 'Price: 60.00', 'Inactive']);
  });
});

describe('describeAuditChanges of the clinic settings', () => {
  it('names the settings and their units', () => {
    const entry = otherEntry('clinic', {
      changes: {
        reminderLeadHours: [1, 24],
        timezone: ['Europe/Lisbon', 'Europe/London'],
        name: ['Bright Smile', 'Brighter Smile'],
      },
    });
    expect(lines(entry)).toEqual([
      'Clinic name: Bright Smile → Brighter Smile',
      'Time zone: Europe/Lisbon → Europe/London',
      'Reminder lead time: 1 hour → 24 hours',
    ]);
  });

  it('says the opening hours changed rather than listing the week', () => {
    const entry = otherEntry('clinic', {
      changes: {
        openingHours: [
          { mon: { open: '09:00', close: '17:00' }, sun: null },
          { mon: { open: '08:00', close: '17:00' }, sun: null },
        ],
      },
    });
    expect(lines(entry)).toEqual(['Opening hours changed']);
  });

  it('sums up the clinic set up at first run by its time zone', () => {
    const entry = otherEntry('clinic', {
      action: 'created',
      changes: {
        name: [null, 'Bright Smile'],
        timezone: [null, 'UTC'],
        openingHours: [null, { mon: null }],
        reminderLeadHours: [null, 24],
      },
    });
    expect(lines(entry)).toEqual(['Time zone: UTC']);
  });
});

describe('describeAuditChanges of fields this page does not know yet', () => {
  it('lists them last, by their own name and plain values', () => {
    const entry = otherEntry('service', {
      changes: { colour: [null, 'blue'], price: ['60.00', '65.00'], vat: [true, false] },
    });
    expect(lines(entry)).toEqual(['Price: 60.00 → 65.00', 'colour: none → blue', 'vat: yes → no']);
  });
});

describe('describeAuditChanges of a sign-in lock-out', () => {
  it('says after how many failed attempts, and from where', () => {
    const entry = otherEntry('account', {
      action: 'locked',
      actor: null,
      actorName: null,
      changes: { from: [null, '203.0.113.66'], failedAttempts: [null, 5] },
    });
    expect(lines(entry)).toEqual([
      'Sign-in refused for a while after 5 failed attempts from 203.0.113.66',
    ]);
  });

  it('says "attempt" of a single one', () => {
    const entry = otherEntry('account', {
      action: 'locked',
      actor: null,
      actorName: null,
      changes: { from: [null, '203.0.113.66'], failedAttempts: [null, 1] },
    });
    expect(lines(entry)).toEqual([
      'Sign-in refused for a while after 1 failed attempt from 203.0.113.66',
    ]);
  });
});

describe('describeAuditChanges in the reader’s language', () => {
  it('words the changes in German, with German decimals and units', async () => {
    await i18n.loadLanguages('de');
    const entry = otherEntry('service', {
      changes: { price: ['60.00', '65.5'], durationMinutes: [30, 45], isActive: [true, false] },
    });
    expect(lines(entry, 'de', 'de-DE')).toEqual([
      'Dauer: 30 Min. → 45 Min.',
      'Preis: 60,00 → 65,50',
      'Deaktiviert',
    ]);
  });

  it('words roles, plurals and units in French', async () => {
    await i18n.loadLanguages('fr');
    const account = otherEntry('account', { changes: { role: ['staff', 'owner'] } });
    expect(lines(account, 'fr', 'fr-FR')).toEqual(['Rôle : équipe → titulaire']);
    const clinic = otherEntry('clinic', { changes: { reminderLeadHours: [1, 24] } });
    expect(lines(clinic, 'fr', 'fr-FR')).toEqual(['Délai du rappel : 1 heure → 24 heures']);
  });
});
