import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../context.ts';
import type { ClinicEvent } from '../../lib/event-bus.ts';
import { toAppointmentWire } from '../appointments/appointment-wire.ts';
import { findAppointment } from '../appointments/appointments.repository.ts';
import type { User } from '../users/users.model.ts';

export interface LiveStream {
  user: User;
  tokenHash: string;
  write(chunk: string): void;
  end(): void;
}

function frame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Fans clinic events out to this process's open event streams, each user seeing only what
 * they may: owner and staff every appointment, a patient their own.
 */
export class EventHub {
  private readonly streams = new Set<LiveStream>();
  private readonly unsubscribe: () => void;
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly ctx: AppContext,
    private readonly log: FastifyBaseLogger,
    heartbeatMs = 25_000,
  ) {
    this.unsubscribe = ctx.events.subscribe((event) => {
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

  add(stream: LiveStream): () => void {
    this.streams.add(stream);
    return () => this.streams.delete(stream);
  }

  private mayReceive(stream: LiveStream, patientId: number): boolean {
    return stream.user.role !== 'patient' || stream.user.id === patientId;
  }

  private async dispatch(event: ClinicEvent): Promise<void> {
    if (event.type === 'session.revoked') {
      for (const stream of this.streams) {
        const matches =
          event.tokenHash === null
            ? stream.user.id === event.userId
            : stream.tokenHash === event.tokenHash;
        if (matches) this.close(stream);
      }
      return;
    }
    if (event.type === 'user.changed') return;
    const recipients = [...this.streams].filter((s) => this.mayReceive(s, event.patientId));
    if (recipients.length === 0) return;
    let payload: unknown = { id: event.appointmentId };
    if (event.type !== 'appointment.deleted') {
      // Loaded once per event, then shared by every recipient on this process.
      const appointment = await findAppointment(this.ctx.db.kysely, event.appointmentId);
      if (!appointment) return;
      payload = toAppointmentWire(appointment);
    }
    const chunk = frame(event.type, payload);
    for (const stream of recipients) stream.write(chunk);
  }

  /** Keeps proxies from closing idle streams, and ends streams whose session has lapsed. */
  private async beat(): Promise<void> {
    if (this.streams.size === 0) return;
    const now = this.ctx.now();
    const live = await this.ctx.db.kysely
      .selectFrom('sessions')
      .select('tokenHash')
      .where(
        'tokenHash',
        'in',
        [...this.streams].map((s) => s.tokenHash),
      )
      .where('expiresAt', '>', now)
      .where('lastSeenAt', '>', now - this.ctx.config.sessionIdleMs)
      .execute();
    const valid = new Set(live.map((row) => row.tokenHash));
    for (const stream of this.streams) {
      if (valid.has(stream.tokenHash)) stream.write(': keep-alive\n\n');
      else this.close(stream);
    }
  }

  private close(stream: LiveStream): void {
    this.streams.delete(stream);
    stream.end();
  }

  /** Ends every stream, so that shutdown does not wait on browsers. */
  closeAll(): void {
    clearInterval(this.heartbeat);
    this.unsubscribe();
    for (const stream of this.streams) this.close(stream);
  }
}
