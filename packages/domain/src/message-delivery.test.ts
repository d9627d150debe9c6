import { describe, expect, it } from 'vitest';
import { laterProviderStatus, messageDeliveryStatus } from './message-delivery.ts';

describe('laterProviderStatus', () => {
  it('moves along queued, sending, sent, delivered', () => {
    let status: string | null = null;
    for (const next of ['queued', 'sending', 'sent', 'delivered']) {
      status = laterProviderStatus(status, next);
      expect(status).toBe(next);
    }
  });

  it('never moves back when callbacks arrive out of order', () => {
    expect(laterProviderStatus('delivered', 'sent')).toBe('delivered');
    expect(laterProviderStatus('sent', 'queued')).toBe('sent');
    expect(laterProviderStatus('failed', 'sending')).toBe('failed');
  });

  it('keeps the first final word, and ignores words it does not know', () => {
    expect(laterProviderStatus('delivered', 'undelivered')).toBe('delivered');
    expect(laterProviderStatus('sent', 'teleported')).toBe('sent');
    expect(laterProviderStatus(null, 'teleported')).toBeNull();
  });
});

describe('messageDeliveryStatus', () => {
  const base = { sentAt: null, droppedAt: null, deliveryStatus: null };
  it('shows a message waiting its turn, or a retry, as queued', () => {
    expect(messageDeliveryStatus(base)).toBe('queued');
  });

  it('shows sent until the provider says it reached the phone', () => {
    expect(messageDeliveryStatus({ ...base, sentAt: 1, deliveryStatus: 'queued' })).toBe('sent');
    expect(messageDeliveryStatus({ ...base, sentAt: 1 })).toBe('sent');
    expect(messageDeliveryStatus({ ...base, sentAt: 1, deliveryStatus: 'delivered' })).toBe(
      'delivered',
    );
  });

  it('shows failed when the provider could not deliver it, or sending gave up', () => {
    expect(messageDeliveryStatus({ ...base, sentAt: 1, deliveryStatus: 'undelivered' })).toBe(
      'failed',
    );
    expect(messageDeliveryStatus({ ...base, droppedAt: 1, deliveryStatus: 'failed' })).toBe(
      'failed',
    );
  });

  it('shows skipped for a message dropped for any other reason', () => {
    expect(messageDeliveryStatus({ ...base, droppedAt: 1 })).toBe('skipped');
  });
});
