export interface ReceivedEvent {
  event: string;
  data: unknown;
}

/** Reads a real Server-Sent Events stream over HTTP, as a browser's EventSource would. */
export async function openEventStream(baseUrl: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, {
    headers: { authorization: `Bearer ${token}` },
    signal: controller.signal,
  });
  const events: ReceivedEvent[] = [];
  let comments = 0;
  let ended = false;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    if (!reader) return;
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let boundary = buffer.indexOf('\n\n');
        while (boundary !== -1) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const lines = block.split('\n');
          const name = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (name && data !== undefined) events.push({ event: name, data: JSON.parse(data) });
          if (lines.some((l) => l.startsWith(':'))) comments += 1;
          boundary = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close(); nothing more to read.
    } finally {
      ended = true;
    }
  })();

  // The limit only bounds a failing wait; a passing one ends as soon as the condition holds.
  const waitUntil = async (condition: () => boolean, what: string, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; got ${JSON.stringify(events)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  return {
    status: response.status,
    headers: response.headers,
    events,
    get comments() {
      return comments;
    },
    get ended() {
      return ended;
    },
    waitFor: (
      event: string,
      predicate: (data: unknown) => boolean = () => true,
      timeoutMs?: number,
    ) =>
      waitUntil(
        () => events.some((e) => e.event === event && predicate(e.data)),
        event,
        timeoutMs,
      ).then(() => events.find((e) => e.event === event && predicate(e.data)) as ReceivedEvent),
    waitUntil,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}
