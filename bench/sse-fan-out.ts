/**
 * Opens `streams` event streams, changes appointments one at a time, and measures how long each
 * change takes to arrive on every stream. The streams are spread over `streamTokens` (the
 * server keeps at most a few per sign-in), round-robin; `token` makes the changes.
 */
export async function fanOut(
  base: string,
  token: string,
  streamTokens: string[],
  ids: number[],
  streams: number,
) {
  const pending = new Map<string, { sentAt: number; remaining: number }>();
  const delays: number[] = [];
  const controllers: AbortController[] = [];
  let ready = 0;

  await Promise.all(
    Array.from({ length: streams }, async (_, index) => {
      const controller = new AbortController();
      controllers.push(controller);
      const response = await fetch(`${base}/api/events`, {
        headers: { authorization: `Bearer ${streamTokens[index % streamTokens.length]}` },
        signal: controller.signal,
      });
      const reader = response.body?.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      ready += 1;
      void (async () => {
        try {
          for (;;) {
            const chunk = await reader?.read();
            if (!chunk || chunk.done) return;
            buffer += decoder.decode(chunk.value, { stream: true });
            let end = buffer.indexOf('\n\n');
            while (end !== -1) {
              const block = buffer.slice(0, end);
              buffer = buffer.slice(end + 2);
              const marker = /"notes":"fan-out (\d+)"/.exec(block)?.[1];
              const entry = marker ? pending.get(marker) : undefined;
              if (entry) {
                delays.push(performance.now() - entry.sentAt);
                entry.remaining -= 1;
              }
              end = buffer.indexOf('\n\n');
            }
          }
        } catch {
          // aborted at the end of the run
        }
      })();
    }),
  );
  while (ready < streams) await new Promise((resolve) => setTimeout(resolve, 10));

  for (const [n, id] of ids.entries()) {
    const marker = String(n);
    pending.set(marker, { sentAt: performance.now(), remaining: streams });
    await fetch(`${base}/api/appointments/${id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ notes: `fan-out ${marker}` }),
    });
    const deadline = Date.now() + 5000;
    while ((pending.get(marker)?.remaining ?? 0) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }
  for (const controller of controllers) controller.abort();
  delays.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(
      (delays[Math.min(delays.length - 1, Math.floor(q * delays.length))] ?? Number.NaN) * 10,
    ) / 10;
  return {
    streams,
    changes: ids.length,
    deliveries: delays.length,
    expected: streams * ids.length,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
  };
}
