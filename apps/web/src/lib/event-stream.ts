// EventSource's readyState values; named here so that tests can run without a browser.
const CONNECTING = 0;
const CLOSED = 2;

/** The part of EventSource this module uses, so that tests can hand in a fake. */
export interface EventSourceLike {
  readonly readyState: number;
  onopen: ((event: Event) => void) | null;
  onerror: ((event: Event) => void) | null;
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void;
  close(): void;
}

/** `superseded`: the server closed this tab's stream for a newer one of the same account. */
export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'superseded';

/** The server's word that it closed this stream because the account opened too many. */
const SUPERSEDED_EVENT = 'stream.superseded';

export interface EventStreamOptions {
  url: string;
  eventTypes: readonly string[];
  onMessage: (type: string, data: unknown) => void;
  onStatusChange: (status: StreamStatus) => void;
  /** Every (re)opening: events sent while the stream was down are lost, so refetch then. */
  onOpen: () => void;
  /** Asked before retrying a stream the browser gave up on; false stops for good (signed out). */
  shouldRetry: () => Promise<boolean>;
  createSource?: (url: string) => EventSourceLike;
  random?: () => number;
}

const MAX_DELAY_MS = 30_000;

/** 1 s, 2 s, 4 s … up to 30 s, each cut by up to half so that tabs do not all return at once. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempt);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * Keeps one Server-Sent Events stream open. The browser retries a dropped connection by itself;
 * when it gives up instead (an error status, such as 401 after the session ended, or a proxy's
 * 502), this retries with exponential backoff.
 */
export function openEventStream(options: EventStreamOptions): { close: () => void } {
  const createSource =
    options.createSource ?? ((url: string) => new EventSource(url, { withCredentials: true }));
  const random = options.random ?? Math.random;
  let source: EventSourceLike | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let isClosed = false;

  const scheduleRetry = () => {
    const delay = reconnectDelay(attempt, random);
    attempt += 1;
    timer = setTimeout(async () => {
      if (isClosed) return;
      let retry = true;
      try {
        retry = await options.shouldRetry();
      } catch {
        // Not knowing whether the session is alive is no reason to stop trying.
      }
      if (retry && !isClosed) connect();
    }, delay);
  };

  const connect = () => {
    const current = createSource(options.url);
    source = current;
    options.onStatusChange(attempt === 0 ? 'connecting' : 'reconnecting');
    current.onopen = () => {
      attempt = 0;
      options.onStatusChange('open');
      options.onOpen();
    };
    current.onerror = () => {
      if (isClosed || source !== current) return;
      options.onStatusChange('reconnecting');
      if (current.readyState === CONNECTING) return;
      if (current.readyState === CLOSED) {
        current.close();
        scheduleRetry();
      }
    };
    // Reconnecting would only close another of the account's tabs, round and round.
    current.addEventListener(SUPERSEDED_EVENT, () => {
      isClosed = true;
      current.close();
      options.onStatusChange('superseded');
    });
    for (const type of options.eventTypes) {
      current.addEventListener(type, (event) => {
        let data: unknown;
        try {
          data = JSON.parse(event.data);
        } catch {
          return;
        }
        options.onMessage(type, data);
      });
    }
  };

  connect();
  return {
    close: () => {
      isClosed = true;
      clearTimeout(timer);
      source?.close();
    },
  };
}
