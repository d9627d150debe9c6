import { describe, expect, it } from 'vitest';
import { applyCalendarView, readCalendarView, viewNameOf } from './calendar-view';

describe('readCalendarView', () => {
  it('starts on this week, every dentist, cancelled visits shown', () => {
    expect(readCalendarView(new URLSearchParams())).toEqual({
      view: 'week',
      date: undefined,
      dentist: null,
      showCancelled: true,
    });
  });

  it('reads a bookmarked view and ignores what it cannot use', () => {
    expect(
      readCalendarView(new URLSearchParams('view=day&date=2026-12-02&dentist=3&cancelled=hide')),
    ).toEqual({ view: 'day', date: '2026-12-02', dentist: 3, showCancelled: false });
    expect(
      readCalendarView(new URLSearchParams('view=year&date=2026-02-30&dentist=0')),
    ).toMatchObject({ view: 'week', date: undefined, dentist: null });
  });
});

describe('applyCalendarView', () => {
  it('writes only what differs from a plain visit', () => {
    const params = applyCalendarView(new URLSearchParams('dentist=3'), {
      view: 'month',
      date: '2026-12-01',
      showCancelled: false,
    });
    expect(params.toString()).toBe('dentist=3&view=month&date=2026-12-01&cancelled=hide');
    const plain = applyCalendarView(params, {
      view: 'week',
      date: undefined,
      dentist: null,
      showCancelled: true,
    });
    expect(plain.toString()).toBe('');
  });
});

describe('viewNameOf', () => {
  it('names FullCalendar’s views as the address does', () => {
    expect(viewNameOf('listWeek')).toBe('list');
    expect(viewNameOf('timeGridDay')).toBe('day');
    expect(viewNameOf('somethingElse')).toBe('week');
  });
});
