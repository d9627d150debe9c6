import type { FastifyBaseLogger } from 'fastify';
import type { ClinicEvent, EventBus } from './event-bus.ts';

export interface OutboxSender {
  /** Looks for due messages now rather than at the next poll. */
  wake(): void;
  /** Stops waking, and waits for a pass under way to end. */
  stop(): Promise<void>;
}

/**
 * The sending loop of one outbox: a pass over the due messages on a timer (for those that fall
 * due later) and at once when the bus reports what may have queued one. One pass at a time in
 * a process; a wake during a pass runs another after it, so nothing queued meanwhile waits for
 * the timer. Claiming each message, so that several servers never send one twice, and settling
 * it are `deliver`'s.
 */
export function startOutboxSender(options: {
  /** What the log calls this sender when a pass fails. */
  name: string;
  pollMs: number;
  log: FastifyBaseLogger;
  events: EventBus;
  wakesOn: (event: ClinicEvent) => boolean;
  dueIds: () => Promise<number[]>;
  deliver: (id: number) => Promise<void>;
}): OutboxSender {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function drain(): Promise<void> {
    do {
      again = false;
      for (const id of await options.dueIds()) {
        if (stopped) return;
        await options.deliver(id);
      }
    } while (again && !stopped);
  }

  function wake(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => options.log.error({ err: error }, `${options.name} failed`))
      .finally(() => {
        running = null;
      });
  }

  const timer = setInterval(wake, options.pollMs);
  timer.unref();
  const unsubscribe = options.events.subscribe((event) => {
    if (options.wakesOn(event)) wake();
  });
  wake();

  return {
    wake,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      unsubscribe();
      await running;
    },
  };
}
