import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { FastifyBaseLogger } from 'fastify';
import pg from 'pg';

/**
 * What one server process tells the others. Events carry ids only: each process loads what
 * it needs, which keeps PostgreSQL notifications far below their 8 KB limit.
 */
export type ClinicEvent =
  | {
      type: 'appointment.created' | 'appointment.updated' | 'appointment.deleted';
      appointmentId: number;
      patientId: number;
    }
  /**
   * `tokenHash` null means every session of the user but `keepTokenHash`, the one that changed
   * its own password.
   */
  | {
      type: 'session.revoked';
      userId: number;
      tokenHash: string | null;
      keepTokenHash?: string | undefined;
    }
  /**
   * An account changed: its name or email (searches by patient may now match differently), or
   * its rights (role, dentist flag, activation, password), which every process re-reads.
   */
  | { type: 'user.changed'; userId: number }
  /**
   * Free times may have changed on these clinic days (both null: on any day). It names no one,
   * so every signed-in stream receives it.
   */
  | { type: 'availability.changed'; dateFrom: string | null; dateTo: string | null }
  /** An account email (reset, confirmation) waits in the outbox: whichever sender is free takes it. */
  | { type: 'account_email.queued' }
  /**
   * A patient asked to close their account or withdrew, or an account was closed: the team's
   * open list of requests asks again. It names no one.
   */
  | { type: 'closure_requests.changed' }
  /**
   * These people's bells changed: items arrived for them, or they read some. Each process sends
   * each of them, on their own streams only, how many they have unread now.
   */
  | { type: 'inbox.changed'; userIds: number[] }
  /** A text patients sent now waits for the team, or one was marked handled. Names no one. */
  | { type: 'patient_messages.changed' }
  /** An answer to a patient's text waits in its outbox: whichever sender is free takes it. */
  | { type: 'sms_reply.queued' };

export interface EventBus {
  publish(event: ClinicEvent): Promise<void>;
  subscribe(listener: (event: ClinicEvent) => void): () => void;
  close(): Promise<void>;
}

const LOCAL_EVENT = 'clinic-event';

/** One process, one bus: the embedded database is never shared between servers. */
export function createInProcessBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: async (event) => {
      emitter.emit(LOCAL_EVENT, event);
    },
    subscribe: (listener) => {
      emitter.on(LOCAL_EVENT, listener);
      return () => emitter.off(LOCAL_EVENT, listener);
    },
    close: async () => {
      emitter.removeAllListeners();
    },
  };
}

const CHANNEL = 'clinic_events';

/**
 * LISTEN/NOTIFY: an event published by any server reaches every server sharing the database.
 * The publisher delivers its own events at once, before answering the request that caused
 * them (so its caches and streams are never behind its own answers), and skips their echo.
 */
export async function createPostgresBus(
  connectionString: string,
  log: FastifyBaseLogger,
): Promise<EventBus> {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  // Tells this bus's own notifications from other servers'.
  const origin = randomUUID();
  const publisher = new pg.Pool({ connectionString, max: 2 });
  publisher.on('error', (error) =>
    log.warn({ err: error }, 'idle event publisher connection lost'),
  );
  let listener: pg.Client | undefined;
  let closed = false;

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      try {
        const { origin: sender, event } = JSON.parse(message.payload) as {
          origin: string;
          event: ClinicEvent;
        };
        if (sender !== origin) emitter.emit(LOCAL_EVENT, event);
      } catch (error) {
        log.error({ err: error }, 'unreadable clinic event');
      }
    });
    client.on('error', (error) => {
      log.error({ err: error }, 'event listener connection lost; reconnecting');
      listener = undefined;
      client.end().catch(() => {});
      // Browsers refetch when their stream reconnects, so a short gap loses nothing for good.
      if (!closed)
        setTimeout(
          () => void connect().catch((e) => log.error({ err: e }, 'reconnect failed')),
          1000,
        );
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    listener = client;
  };
  await connect();

  return {
    publish: async (event) => {
      emitter.emit(LOCAL_EVENT, event);
      await publisher.query('select pg_notify($1, $2)', [
        CHANNEL,
        JSON.stringify({ origin, event }),
      ]);
    },
    subscribe: (fn) => {
      emitter.on(LOCAL_EVENT, fn);
      return () => emitter.off(LOCAL_EVENT, fn);
    },
    close: async () => {
      closed = true;
      emitter.removeAllListeners();
      await listener?.end().catch(() => {});
      await publisher.end();
    },
  };
}
