import { describe, expect, it } from 'vitest';
import { createInProcessBus } from '../../lib/event-bus.ts';
import { CountCache } from './count-cache.ts';

const change = { type: 'appointment.updated', appointmentId: 1, patientId: 2 } as const;

describe('CountCache', () => {
  it('counts once until the book changes', async () => {
    const bus = createInProcessBus();
    const cache = new CountCache(bus);
    let calls = 0;
    const count = async () => ++calls;
    expect(await cache.get('all', count)).toBe(1);
    expect(await cache.get('all', count)).toBe(1);
    await bus.publish(change);
    expect(await cache.get('all', count)).toBe(2);
  });

  it('ignores events that are not about appointments', async () => {
    const bus = createInProcessBus();
    const cache = new CountCache(bus);
    let calls = 0;
    await cache.get('all', async () => ++calls);
    await bus.publish({ type: 'session.revoked', userId: 1, tokenHash: null });
    expect(await cache.get('all', async () => ++calls)).toBe(1);
  });

  it('never keeps a count that a change overtook while it was being computed', async () => {
    const bus = createInProcessBus();
    const cache = new CountCache(bus);
    let release: (n: number) => void = () => {};
    const slow = cache.get('all', () => new Promise<number>((resolve) => (release = resolve)));
    await bus.publish(change);
    release(10);
    expect(await slow).toBe(10);
    expect(await cache.get('all', async () => 11)).toBe(11);
  });
});
