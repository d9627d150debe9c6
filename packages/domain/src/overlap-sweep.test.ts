import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOverlapSweep } from './overlap-sweep.ts';
import { overlaps } from './scheduling.ts';

const visit = (id: number, calendar: number, startsAt: number, endsAt: number) => ({
  id,
  calendar,
  startsAt,
  endsAt,
});

describe('createOverlapSweep', () => {
  it('lets back-to-back visits be and names the earlier visit a later one overlaps', () => {
    const sweep = createOverlapSweep();
    expect(sweep(visit(1, 7, 0, 30))).toBeNull();
    expect(sweep(visit(2, 7, 30, 60))).toBeNull();
    expect(sweep(visit(3, 7, 45, 50))).toMatchObject({ id: 2 });
  });

  it('remembers a long visit past the short ones that follow it', () => {
    const sweep = createOverlapSweep();
    sweep(visit(1, 7, 0, 120));
    expect(sweep(visit(2, 7, 10, 20))).toMatchObject({ id: 1 });
    expect(sweep(visit(3, 7, 100, 130))).toMatchObject({ id: 1 });
  });

  it('starts afresh on each calendar', () => {
    const sweep = createOverlapSweep();
    sweep(visit(1, 7, 0, 60));
    expect(sweep(visit(2, 8, 0, 60))).toBeNull();
  });

  it('finds a clash exactly when some pair of one calendar overlaps', () => {
    const visits = fc.array(
      fc
        .record({
          calendar: fc.integer({ min: 1, max: 3 }),
          start: fc.nat(200),
          length: fc.integer({ min: 1, max: 60 }),
        })
        .map((v) => ({ calendar: v.calendar, startsAt: v.start, endsAt: v.start + v.length })),
      { maxLength: 30 },
    );
    fc.assert(
      fc.property(visits, (list) => {
        const sorted = [...list].sort((a, b) => a.calendar - b.calendar || a.startsAt - b.startsAt);
        const sweep = createOverlapSweep<(typeof sorted)[number]>();
        const found = sorted.some((v) => sweep(v) !== null);
        const expected = sorted.some((a, i) =>
          sorted.some((b, j) => i < j && a.calendar === b.calendar && overlaps(a, b)),
        );
        expect(found).toBe(expected);
      }),
    );
  });
});
