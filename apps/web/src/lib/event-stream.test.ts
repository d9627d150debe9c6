import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EventSourceLike, openEventStream, reconnectDelay } from './event-stream';

class FakeSource implements EventSourceLike {
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  readonly listeners = new Map<string, (event: MessageEvent<string>) => void>();
  isClosed = false;

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.listeners.set(type, listener);
  }
  close(): void {
    this.isClosed = true;
    this.readyState = 2;
  }
  open(): void {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  fail(readyState: number): void {
    this.readyState = readyState;
    this.onerror?.(new Event('error'));
  }
  emit(type: string, data: string): void {
    this.listeners.get(type)?.({ data } as MessageEvent<string>);
  }
}

function setUp(shouldRetry: () => Promise<boolean> = async () => true) {
  const sources: FakeSource[] = [];
  const messages: [string, unknown][] = [];
  const statuses: string[] = [];
  const onOpen = vi.fn();
  const stream = openEventStream({
    url: '/api/events',
    eventTypes: ['appointment.updated'],
    onMessage: (type, data) => messages.push([type, data]),
    onStatusChange: (status) => statuses.push(status),
    onOpen,
    shouldRetry,
    createSource: () => {
      const source = new FakeSource();
      sources.push(source);
      return source;
    },
    random: () => 0,
  });
  return { stream, sources, messages, statuses, onOpen };
}

describe('reconnectDelay', () => {
  it('doubles up to thirty seconds and jitters within the upper half', () => {
    expect(reconnectDelay(0, () => 0)).toBe(500);
    expect(reconnectDelay(0, () => 1)).toBe(1000);
    expect(reconnectDelay(3, () => 1)).toBe(8000);
    expect(reconnectDelay(10, () => 1)).toBe(30_000);
  });
});

describe('openEventStream', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes named events on as parsed JSON and skips what is not JSON', () => {
    const { sources, messages } = setUp();
    sources[0]?.emit('appointment.updated', '{"id":7}');
    sources[0]?.emit('appointment.updated', 'not json');
    expect(messages).toEqual([['appointment.updated', { id: 7 }]]);
  });

  it('reports each opening, the browser’s own reconnection included', () => {
    const { sources, statuses, onOpen } = setUp();
    sources[0]?.open();
    sources[0]?.fail(0);
    sources[0]?.open();
    expect(onOpen).toHaveBeenCalledTimes(2);
    expect(statuses).toEqual(['connecting', 'open', 'reconnecting', 'open']);
    expect(sources).toHaveLength(1);
  });

  it('opens a new stream with backoff when the browser gives up', async () => {
    const { sources } = setUp();
    sources[0]?.fail(2);
    expect(sources[0]?.isClosed).toBe(true);
    await vi.advanceTimersByTimeAsync(499);
    expect(sources).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sources).toHaveLength(2);
    sources[1]?.fail(2);
    await vi.advanceTimersByTimeAsync(999);
    expect(sources).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sources).toHaveLength(3);
  });

  it('stops when the session is gone', async () => {
    const { sources } = setUp(async () => false);
    sources[0]?.fail(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sources).toHaveLength(1);
  });

  it('stops for good when the server closes the stream for a newer tab', async () => {
    const { sources, statuses } = setUp();
    sources[0]?.open();
    sources[0]?.emit('stream.superseded', '{}');
    sources[0]?.fail(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sources).toHaveLength(1);
    expect(sources[0]?.isClosed).toBe(true);
    expect(statuses.at(-1)).toBe('superseded');
  });

  it('stays closed once closed', async () => {
    const { stream, sources } = setUp();
    sources[0]?.fail(2);
    stream.close();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sources).toHaveLength(1);
  });
});
