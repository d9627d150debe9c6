import { describe, expect, it } from 'vitest';
import { peopleOptions } from './dentist-options';

const labels = { current: 'Dentists', former: 'Former dentists' };

describe('peopleOptions', () => {
  it('lists plain options while nobody has left', () => {
    expect(peopleOptions([{ id: 1, name: 'Dr. Reed', isActive: true }], labels)).toEqual([
      { value: '1', label: 'Dr. Reed' },
    ]);
  });

  it('puts former dentists in a group of their own, after everyone else', () => {
    expect(
      peopleOptions<number | 'none'>(
        [
          { id: 'none', name: 'No dentist assigned' },
          { id: 2, name: 'Dr. Adams', isActive: false },
          { id: 1, name: 'Dr. Reed', isActive: true },
        ],
        labels,
      ),
    ).toEqual([
      {
        group: 'Dentists',
        items: [
          { value: 'none', label: 'No dentist assigned' },
          { value: '1', label: 'Dr. Reed' },
        ],
      },
      { group: 'Former dentists', items: [{ value: '2', label: 'Dr. Adams' }] },
    ]);
  });
});
