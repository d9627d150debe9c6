import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../lib/i18n';
import type { AppointmentHistoryEntry } from '../../../types/api';
import {
  describeHistoryChanges,
  historyActionLabel,
  historyActionVerb,
  shownHistoryChanges,
} from './describe-history';

const names = {
  dentists: new Map([[2, 'Dr. Sam Reed']]),
  services: new Map([[1, 'Check-up']]),
  patients: new Map([[4, 'Ana Lima']]),
};

function entry(changes: AppointmentHistoryEntry['changes']): AppointmentHistoryEntry {
  return {
    at: '2026-11-25T10:00:00.000Z',
    actor: 1,
    actorName: 'Olivia Owner',
    action: 'updated',
    changes,
    reason: null,
  };
}

describe('describeHistoryChanges', () => {
  it('puts names on ids and words on statuses', () => {
    expect(
      describeHistoryChanges(
        entry({ dentist: [null, 2], status: ['pending', 'no_show'], service: [1, 9] }),
        names,
      ),
    ).toEqual([
      { field: 'status', label: 'Status', before: 'pending', after: 'no-show' },
      { field: 'dentist', label: 'Dentist', before: 'none', after: 'Dr. Sam Reed' },
      {
        field: 'service',
        label: 'Service',
        before: 'Check-up',
        after: 'a service no longer listed (#9)',
      },
    ]);
  });

  it('formats dates, durations and empty notes', () => {
    expect(
      describeHistoryChanges(
        entry({ date: ['2026-12-02', '2026-12-03'], durationMinutes: [30, 45], notes: ['', 'x'] }),
        names,
      ).map(({ before, after }) => [before, after]),
    ).toEqual([
      ['Wed 2 Dec 2026', 'Thu 3 Dec 2026'],
      ['30 min', '45 min'],
      ['(empty)', 'x'],
    ]);
  });

  it('says a visit was recorded after the fact, or booked outside the free times', () => {
    expect(
      describeHistoryChanges(
        entry({ status: [null, 'completed'], recordedAfterTheFact: [null, true] }),
        names,
      ).map(({ label, after }) => [label, after]),
    ).toEqual([
      ['Status', 'completed'],
      ['Recorded after the fact', 'yes'],
    ]);
    expect(
      describeHistoryChanges(entry({ overrideAvailability: [null, true] }), names)[0]?.label,
    ).toBe('Booked outside the free times');
  });

  it('says the patient confirmed, and through what, or that a move cleared it', () => {
    const confirmed = describeHistoryChanges(
      entry({ via: [null, 'link'], patientConfirmedAt: [null, '2026-11-25T10:00:00.000Z'] }),
      names,
    );
    expect(confirmed.map(({ label, before, after }) => [label, before, after])).toEqual([
      ['Confirmed by patient', 'none', 'yes'],
      ['Answered through', 'none', 'the link in a message'],
    ]);
    const moved = describeHistoryChanges(
      entry({ time: ['09:30', '11:00'], patientConfirmedAt: ['2026-11-25T10:00:00.000Z', null] }),
      names,
    );
    expect(moved.map(({ label, after }) => [label, after])).toEqual([
      ['Time', '11:00'],
      ['Confirmed by patient', 'none'],
    ]);
  });
});

describe('shownHistoryChanges', () => {
  const created = {
    ...entry({
      status: [null, 'completed'],
      date: [null, '2026-12-02'],
      recordedAfterTheFact: [null, true],
    }),
    action: 'created' as const,
  };

  it('lists a new visit’s marks, not the fields shown above it', () => {
    expect(shownHistoryChanges(created, names).map(({ label, after }) => [label, after])).toEqual([
      ['Recorded after the fact', 'yes'],
    ]);
  });

  it('lists every change of an update, and nothing for a deletion', () => {
    expect(shownHistoryChanges({ ...created, action: 'updated' }, names)).toHaveLength(3);
    expect(shownHistoryChanges({ ...created, action: 'deleted' }, names)).toEqual([]);
  });
});

describe('historyActionLabel', () => {
  it('says what was done and by whom', () => {
    expect(historyActionLabel(entry({}))).toBe('Changed by Olivia Owner');
    expect(historyActionLabel({ ...entry({}), action: 'created', actorName: null })).toBe(
      'Created by a user no longer listed',
    );
  });
});

describe('historyActionVerb', () => {
  it('names each action as the history panel does', () => {
    const actions: AppointmentHistoryEntry['action'][] = ['created', 'updated', 'deleted'];
    expect(actions.map(historyActionVerb)).toEqual(['Created', 'Changed', 'Deleted']);
  });
});

describe('history in the reader’s language', () => {
  afterEach(() => i18n.changeLanguage('en'));

  it('names fields, statuses and actions in German', async () => {
    await i18n.changeLanguage('de');
    expect(historyActionLabel(entry({}))).toBe('Geändert von Olivia Owner');
    expect(
      describeHistoryChanges(entry({ status: ['pending', 'no_show'], notes: ['', 'x'] }), names),
    ).toEqual([
      { field: 'status', label: 'Status', before: 'angefragt', after: 'nicht erschienen' },
      { field: 'notes', label: 'Notizen', before: '(leer)', after: 'x' },
    ]);
  });
});
