import type { EventBus } from '../../lib/event-bus.ts';

const MAX_ENTRIES = 1000;

/**
 * Totals for list pages, kept until the book changes. Counting a whole book of 100,000
 * appointments costs about a millisecond of SQLite time on every page, while the answer only
 * changes when an appointment does (or a patient's name or email, for searches); every server
 * process hears of every change through the event bus and forgets its totals then.
 */
export class CountCache {
  private readonly counts = new Map<string, number>();
  /** Bumped on every change, so a count computed before a change is never stored after it. */
  private generation = 0;

  constructor(events: EventBus) {
    events.subscribe((event) => {
      if (event.type.startsWith('appointment.') || event.type === 'user.changed') this.forget();
    });
  }

  forget(): void {
    this.generation += 1;
    this.counts.clear();
  }

  async get(key: string, count: () => Promise<number>): Promise<number> {
    const known = this.counts.get(key);
    if (known !== undefined) return known;
    const generation = this.generation;
    const value = await count();
    if (generation === this.generation) {
      if (this.counts.size >= MAX_ENTRIES) this.counts.clear();
      this.counts.set(key, value);
    }
    return value;
  }
}
