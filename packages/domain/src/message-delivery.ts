/**
 * What became of a message, as the owner sees it on the appointment: still to go, handed to
 * the mail server or the text provider, delivered to the phone, failed (the provider's reason
 * beside it), or skipped (no longer true, turned off by the recipient, nobody to send it to).
 */
export const MESSAGE_DELIVERY_STATUSES = [
  'queued',
  'sent',
  'delivered',
  'failed',
  'skipped',
] as const;
export type MessageDeliveryStatus = (typeof MESSAGE_DELIVERY_STATUSES)[number];

/**
 * The provider's word for a text's progress. Callbacks may arrive out of order (a "sent"
 * after its "delivered"), so each has a rank and a later report never moves a message back.
 */
const PROVIDER_STATUS_RANK: Record<string, number> = {
  accepted: 1,
  scheduled: 1,
  queued: 1,
  sending: 2,
  sent: 3,
  delivered: 4,
  undelivered: 4,
  failed: 4,
  canceled: 4,
  read: 5,
};

/** Known provider statuses; anything else in a callback is ignored. */
export function isProviderStatus(status: string): boolean {
  return PROVIDER_STATUS_RANK[status] !== undefined;
}

/**
 * The status to keep after a callback reports `incoming`: the furthest along of the two. Two
 * final words (delivered, then failed) keep the first; only `read` goes past a final one.
 */
export function laterProviderStatus(current: string | null, incoming: string): string | null {
  const next = PROVIDER_STATUS_RANK[incoming];
  if (next === undefined) return current;
  if (current === null) return incoming;
  const now = PROVIDER_STATUS_RANK[current] ?? 0;
  return next > now ? incoming : current;
}

/** Whether the provider said the message did not reach the phone. */
export function isFailedProviderStatus(status: string | null): boolean {
  return status === 'failed' || status === 'undelivered' || status === 'canceled';
}

/**
 * The status shown for one message. `deliveryStatus` is what the provider last reported, or
 * `failed` when sending gave up on a refusal (a permanent one, or retries that ran out).
 */
export function messageDeliveryStatus(message: {
  sentAt: number | null;
  droppedAt: number | null;
  deliveryStatus: string | null;
}): MessageDeliveryStatus {
  if (message.droppedAt !== null) {
    return isFailedProviderStatus(message.deliveryStatus) ? 'failed' : 'skipped';
  }
  if (message.sentAt === null) return 'queued';
  if (message.deliveryStatus === 'delivered' || message.deliveryStatus === 'read') {
    return 'delivered';
  }
  return isFailedProviderStatus(message.deliveryStatus) ? 'failed' : 'sent';
}

/**
 * Owner and staff see what became of an appointment's messages: the front desk is who phones
 * a patient whose reminder failed. A patient's own messages are not listed to them.
 */
export function canSeeMessageDelivery(actor: { role: string }): boolean {
  return actor.role === 'owner' || actor.role === 'staff';
}
