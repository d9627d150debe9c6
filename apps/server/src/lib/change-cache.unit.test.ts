import { describe, expect, it } from 'vitest';
import { ChangeCache } from './change-cache.ts';
import { createInProcessBus, type EventBus } from './event-bus.ts';

const change = { type: 'appointment.updated', appointmentId: 1, patientId: 2 } as const;

function countCache(bus: EventBus) {
  return new ChangeCache<number>(bus, {
    forgetsOn: (event) => event.type.startsWith('appointment.'),
    maxEntries: 2,
  });
}

describe('ChangeCache', () => {
  it('computes once until the book changes', async () => {
    const bus = createInProcessBus();
    const cache = countCache(bus);
    let calls = 0;
    const count = async () => ++calls;
    expect(await cache.get('all', count)).toBe(1);
    expect(await cache.get('all', count)).toBe(1);
    await bus.publish(change);
    expect(await cache.get('all', count)).toBe(2);
  });

  it('keeps its answers through events that cannot change them', async () => {
    const bus = createInProcessBus();
    const cache = countCache(bus);
    let calls = 0;
    await cache.get('all', async () => ++calls);
    await bus.publish({ type: 'session.revoked', userId: 1, tokenHash: null });
    expect(await cache.get('all', async () => ++calls)).toBe(1);
  });

  it('never keeps an answer that a change overtook while it was being computed', async () => {
    const bus = createInProcessBus();
    const cache = countCache(bus);
    let release: (n: number) => void = () => {};
    const slow = cache.get('all', () => new Promise<number>((resolve) => (release = resolve)));
    await bus.publish(change);
    release(10);
    expect(await slow).toBe(10);
    expect(await cache.get('all', async () => 11)).toBe(11);
  });

  it('starts afresh rather than grow past its bound', async () => {
    const cache = countCache(createInProcessBus());
    let calls = 0;
    const count = async () => ++calls;
    await cache.get('a', count);
    await cache.get('b', count);
    await cache.get('c', count);
    expect(await cache.get('c', count)).toBe(3);
    expect(await cache.get('a', count)).toBe(4);
  });

  it('keeps answers for one epoch only', async () => {
    const cache = countCache(createInProcessBus());
    let calls = 0;
    const count = async () => ++calls;
    await cache.within(1).get('a', count);
    expect(await cache.within(1).get('a', count)).toBe(1);
    expect(await cache.within(2).get('a', count)).toBe(2);
  });
});
