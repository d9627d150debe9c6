import type { ClinicEvent, EventBus } from './event-bus.ts';

/**
 * Answers kept until the book changes. Counting a whole book of 100,000 appointments, or
 * reading a month of ten dentists' visits for their free times, costs milliseconds of database
 * time on every request, while the answer only changes when something it was computed from
 * does. Every server process hears of every change through the event bus and forgets its
 * answers then; `forgetsOn` says which events can change them.
 */
export class ChangeCache<V> {
  private readonly answers = new Map<string, V>();
  /** Bumped on every change, so an answer computed before a change is never stored after it. */
  private generation = 0;
  private epoch: number | undefined;

  constructor(
    events: EventBus,
    private readonly options: {
      forgetsOn: (event: ClinicEvent) => boolean;
      /** A bound on memory: past it the cache starts afresh. */
      maxEntries: number;
    },
  ) {
    events.subscribe((event) => {
      if (options.forgetsOn(event)) this.forget();
    });
  }

  forget(): void {
    this.generation += 1;
    this.answers.clear();
  }

  /** Forgets everything when `epoch` moves on: for answers that hold for a span of time only. */
  within(epoch: number): this {
    if (epoch !== this.epoch) {
      this.forget();
      this.epoch = epoch;
    }
    return this;
  }

  async get(key: string, compute: () => Promise<V>): Promise<V> {
    const known = this.answers.get(key);
    if (known !== undefined) return known;
    const generation = this.generation;
    const value = await compute();
    if (generation === this.generation) {
      if (this.answers.size >= this.options.maxEntries) this.answers.clear();
      this.answers.set(key, value);
    }
    return value;
  }
}

/** One cache per app, living as long as its event bus (tests build many apps in one process). */
export function cachePerBus<V>(
  options: ConstructorParameters<typeof ChangeCache<V>>[1],
): (events: EventBus) => ChangeCache<V> {
  const caches = new WeakMap<EventBus, ChangeCache<V>>();
  return (events) => {
    let cache = caches.get(events);
    if (!cache) {
      cache = new ChangeCache<V>(events, options);
      caches.set(events, cache);
    }
    return cache;
  };
}
