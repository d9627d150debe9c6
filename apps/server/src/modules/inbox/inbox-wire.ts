import type { InboxItemWire, InboxPageWire } from '@clinic/contract';
import type { FastifyRequest } from 'fastify';
import { isoInstant } from '../../lib/iso-instant.ts';
import type { InboxItemRow } from './inbox.repository.ts';
import type { InboxPayload } from './inbox-items.ts';

/** A payload as stored; one that cannot be read shows as empty rather than failing the page. */
function payloadOf(text: string): InboxPayload {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === 'object' ? (parsed as InboxPayload) : {};
  } catch {
    return {};
  }
}

export function toInboxItemWire(row: InboxItemRow): InboxItemWire {
  const payload = payloadOf(row.payload);
  return {
    id: row.id,
    kind: row.kind,
    created_at: isoInstant(row.createdAt),
    read: row.readAt !== null,
    read_at: row.readAt === null ? null : isoInstant(row.readAt),
    appointment: row.appointmentId,
    patient: row.patientId,
    patient_name: row.patientName,
    actor: row.actorId,
    actor_name: row.actorName,
    date: payload.date ?? null,
    time: payload.time ?? null,
    previous_date: payload.previous_date ?? null,
    previous_time: payload.previous_time ?? null,
    message: payload.message ?? null,
    sender: payload.sender ?? null,
  };
}

/**
 * A page going back in time: `next` keeps the request's other filters and starts after the
 * page's oldest item, so items arriving meanwhile neither shift nor repeat what follows. Links
 * start at PUBLIC_URL, as every paging link does (lib/paging.ts).
 */
export function toInboxPage(
  request: FastifyRequest,
  results: InboxItemWire[],
  count: number,
  hasMore: boolean,
): InboxPageWire {
  const queryAt = request.url.indexOf('?');
  const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
  const oldest = results.at(-1);
  let next: string | null = null;
  if (hasMore && oldest) {
    const query = new URLSearchParams(queryAt === -1 ? '' : request.url.slice(queryAt + 1));
    query.set('cursor', String(oldest.id));
    next = `${request.server.publicBaseUrl ?? ''}${path}?${query}`;
  }
  return { count, next, previous: null, results };
}
