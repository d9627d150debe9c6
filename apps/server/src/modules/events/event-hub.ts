import type { EventName, EventPayloads } from '@clinic/contract';
import { actsFor, canSeeAlertsOnAppointments, type Role } from '@clinic/domain';
import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { ClinicEvent } from '../../lib/event-bus.ts';
import { findAppointment, toAppointmentWire } from '../appointments/index.ts';
import { unreadCountsOf } from '../inbox/index.ts';
import { findDependants, findRights, liveSessionTokens } from './events.repository.ts';

export interface LiveStream {
  /** Only the id: rights are read afresh, never taken from the user as they were at connect. */
  userId: number;
  tokenHash: string;
  /** One frame's bytes, the same buffer for every stream it goes to. */
  write(chunk: Buffer): void;
  end(): void;
}

/**
 * What decides which events a user's streams receive; null for an account that is gone. A
 * guardian also receives their dependants' (decision 039): each link announces `user.changed`
 * of the guardian, which makes these be read again.
 */
type Rights = { role: Role; isActive: boolean; dependants: ReadonlySet<number> } | null;

/**
 * How many streams one sign-in and one person may hold. A browser tab holds one; a person
 * rarely has more than a few tabs per device, so past these counts the oldest stream (a
 * forgotten tab, or a script opening streams in a loop) gives way to the new one. The
 * process-wide count (config.maxLiveStreams) bounds the sockets all streams together hold.
 */
export const STREAMS_PER_SESSION = 5;
export const STREAMS_PER_USER = 10;

/** Whether the stream's patient acts for `patientId`: it is them, or one of their dependants. */
function actsForIn(stream: LiveStream, rights: NonNullable<Rights>, patientId: number): boolean {
  const guardianId = rights.dependants.has(patientId) ? stream.userId : null;
  return actsFor({ id: stream.userId, role: rights.role }, { id: patientId, guardianId });
}

/** Sent to a stream closed for a newer one, so its tab stops instead of reconnecting. */
const SUPERSEDED = frame('stream.superseded', {
  detail: 'Too many live streams are open for this account; this one was closed for a newer one.',
});

/**
 * Encoded once and handed to every stream as it is: a string would be encoded again into a
 * buffer of its own for each socket, and a change reaches hundreds of open pages at once.
 */
function frame<Name extends EventName>(event: Name, data: EventPayloads[Name]): Buffer {
  return Buffer.from(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

const KEEP_ALIVE = Buffer.from(': keep-alive\n\n');

/**
 * Fans clinic events out to this process's open event streams, each user seeing only what
 * they may: owner and staff every appointment, a patient their own.
 */
export class EventHub {
  private readonly streams = new Set<LiveStream>();
  /**
   * Current rights of the users with open streams, read once and kept until `user.changed`
   * (from this process or another) says the account changed, so no event costs a query.
   */
  private readonly rights = new Map<number, Promise<Rights>>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;
  /** Bells' counts go out one event after the other, so a later count never arrives first. */
  private inboxCounts: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
    heartbeatMs = 25_000,
  ) {
    this.unsubscribe = ctx.events.subscribe((event) => {
      // Forgotten before anything else can read it, so no later event is weighed by old rights.
      if (event.type === 'user.changed') this.rights.delete(event.userId);
      this.dispatch(event).catch((error) =>
        this.log.error({ err: error }, 'event delivery failed'),
      );
    });
    this.heartbeat = setInterval(() => {
      this.beat().catch((error) => this.log.error({ err: error }, 'heartbeat failed'));
    }, heartbeatMs);
    this.heartbeat.unref();
  }

  get size(): number {
    return this.streams.size;
  }

  /** False when the process holds as many streams as it may; a new one is then refused. */
  hasRoom(): boolean {
    return this.streams.size < this.ctx.config.maxLiveStreams;
  }

  add(stream: LiveStream): () => void {
    this.streams.add(stream);
    this.closeOldestBeyond(STREAMS_PER_SESSION, (s) => s.tokenHash === stream.tokenHash);
    this.closeOldestBeyond(STREAMS_PER_USER, (s) => s.userId === stream.userId);
    return () => this.remove(stream);
  }

  /** A Set iterates in insertion order, so the first streams found are the oldest. */
  private closeOldestBeyond(limit: number, belongs: (stream: LiveStream) => boolean): void {
    const matching = [...this.streams].filter(belongs);
    for (const stream of matching.slice(0, Math.max(0, matching.length - limit))) {
      stream.write(SUPERSEDED);
      this.close(stream);
    }
  }

  private remove(stream: LiveStream): void {
    this.streams.delete(stream);
    if (![...this.streams].some((s) => s.userId === stream.userId)) {
      this.rights.delete(stream.userId);
    }
  }

  /** The current rights of each user, loading in one query those not known yet. */
  private async rightsOf(userIds: number[]): Promise<Map<number, Rights>> {
    const missing = userIds.filter((id) => !this.rights.has(id));
    if (missing.length > 0) {
      const db = this.ctx.db.kysely;
      const loading = Promise.all([findRights(db, missing), findDependants(db, missing)]).then(
        ([rows, dependants]) =>
          new Map(
            rows.map((r) => [
              r.id,
              {
                role: r.role,
                isActive: r.isActive === 1,
                dependants: new Set(
                  dependants.filter((d) => d.guardianId === r.id).map((d) => d.id),
                ),
              },
            ]),
          ),
      );
      for (const id of missing) {
        const entry = loading.then((found) => found.get(id) ?? null);
        // A failed read is retried at the next event rather than remembered.
        entry.catch(() => this.rights.get(id) === entry && this.rights.delete(id));
        this.rights.set(id, entry);
      }
    }
    const entries = await Promise.all(
      userIds.map(async (id) => [id, await (this.rights.get(id) ?? null)] as const),
    );
    return new Map(entries);
  }

  private async dispatch(event: ClinicEvent): Promise<void> {
    if (event.type === 'session.revoked') {
      for (const stream of this.streams) {
        const matches =
          event.tokenHash === null
            ? stream.userId === event.userId && stream.tokenHash !== event.keepTokenHash
            : stream.tokenHash === event.tokenHash;
        if (matches) this.close(stream);
      }
      return;
    }
    if (
      event.type === 'user.changed' ||
      event.type === 'account_email.queued' ||
      event.type === 'sms_reply.queued'
    ) {
      return;
    }
    if (event.type === 'closure_requests.changed' || event.type === 'patient_messages.changed') {
      const chunk = frame(event.type, {});
      for (const stream of await this.recipientsWhere((_, role) => role !== 'patient')) {
        stream.write(chunk);
      }
      return;
    }
    if (event.type === 'inbox.changed') {
      const send = () => this.sendUnreadCounts(event.userIds);
      this.inboxCounts = this.inboxCounts.then(send, send);
      return this.inboxCounts;
    }
    if (event.type === 'availability.changed') {
      const chunk = frame(event.type, { date_from: event.dateFrom, date_to: event.dateTo });
      for (const stream of await this.activeStreams()) stream.write(chunk);
      return;
    }
    if ((await this.recipientsOf(event.patientId)).length === 0) return;
    // The team's frame carries the patient's medical alerts; a patient's own never does.
    let chunkFor: (role: Role) => Buffer;
    if (event.type === 'appointment.deleted') {
      const chunk = frame(event.type, { id: event.appointmentId });
      chunkFor = () => chunk;
    } else {
      // Loaded once per event, then shared by every recipient on this process.
      const appointment = await findAppointment(this.ctx.db.kysely, event.appointmentId);
      if (!appointment) return;
      const frames = new Map<boolean, Buffer>();
      chunkFor = (role) => {
        const withAlerts = canSeeAlertsOnAppointments({ id: 0, role });
        let chunk = frames.get(withAlerts);
        if (chunk === undefined) {
          chunk = frame(event.type, toAppointmentWire(appointment, withAlerts));
          frames.set(withAlerts, chunk);
        }
        return chunk;
      };
    }
    // Weighed again: an account may have changed while the appointment loaded.
    const roles = new Map<LiveStream, Role>();
    const recipients = await this.recipientsWhere((stream, role, rights) => {
      roles.set(stream, role);
      return role !== 'patient' || actsForIn(stream, rights, event.patientId);
    });
    for (const stream of recipients) stream.write(chunkFor(roles.get(stream) ?? 'patient'));
  }

  /**
   * Each person's unread count, to their own streams only: one person's bell says nothing to
   * anyone else, whatever their role.
   */
  private async sendUnreadCounts(userIds: readonly number[]): Promise<void> {
    const told = new Set(userIds);
    const readers = new Map<number, Role>();
    const recipients = await this.recipientsWhere((stream, role) => {
      if (!told.has(stream.userId)) return false;
      readers.set(stream.userId, role);
      return true;
    });
    if (recipients.length === 0) return;
    const counts = await unreadCountsOf(
      this.ctx.db.kysely,
      [...readers].map(([id, role]) => ({ id, role })),
    );
    const frames = new Map<number, Buffer>();
    for (const stream of recipients) {
      let chunk = frames.get(stream.userId);
      if (chunk === undefined) {
        chunk = frame('inbox.changed', { unread: counts.get(stream.userId) ?? 0 });
        frames.set(stream.userId, chunk);
      }
      stream.write(chunk);
    }
  }

  /** Every stream whose account is still active, whatever its role. */
  private async activeStreams(): Promise<LiveStream[]> {
    return this.recipientsWhere(() => true);
  }

  /**
   * The streams that may see a change to `patientId`'s appointment under their user's rights
   * now: owner and staff every appointment, a patient their own.
   */
  private recipientsOf(patientId: number): Promise<LiveStream[]> {
    return this.recipientsWhere(
      (stream, role, rights) => role !== 'patient' || actsForIn(stream, rights, patientId),
    );
  }

  private async recipientsWhere(
    allowed: (stream: LiveStream, role: Role, rights: NonNullable<Rights>) => boolean,
  ): Promise<LiveStream[]> {
    const streams = [...this.streams];
    if (streams.length === 0) return [];
    const rights = await this.rightsOf([...new Set(streams.map((s) => s.userId))]);
    const recipients: LiveStream[] = [];
    for (const stream of streams) {
      const current = rights.get(stream.userId) ?? null;
      // A deactivated or vanished account's stream ends now, not at the next heartbeat.
      if (!current?.isActive) this.close(stream);
      else if (this.streams.has(stream) && allowed(stream, current.role, current)) {
        recipients.push(stream);
      }
    }
    return recipients;
  }

  /** Keeps proxies from closing idle streams, and ends streams whose session has lapsed. */
  private async beat(): Promise<void> {
    if (this.streams.size === 0) return;
    const now = this.ctx.now();
    // Only the streams whose sessions were asked about: one opened while the question was on
    // its way has a session the answer does not list, and is weighed at the next beat.
    const checked = [...this.streams];
    const live = await liveSessionTokens(
      this.ctx.db.kysely,
      checked.map((s) => s.tokenHash),
      now,
      now - this.ctx.config.sessionIdleMs,
    );
    const valid = new Set(live.map((row) => row.tokenHash));
    for (const stream of checked) {
      if (!this.streams.has(stream)) continue;
      if (valid.has(stream.tokenHash)) stream.write(KEEP_ALIVE);
      else this.close(stream);
    }
  }

  private close(stream: LiveStream): void {
    if (!this.streams.has(stream)) return;
    this.remove(stream);
    stream.end();
  }

  /** Ends every stream, so that shutdown does not wait on browsers. */
  closeAll(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const stream of this.streams) this.close(stream);
  }
}
