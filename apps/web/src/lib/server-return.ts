import { useEffect, useRef } from 'react';

const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 30_000;

/** How long to wait before asking the server again, after `attempt` unanswered questions. */
export function serverPollDelay(attempt: number): number {
  return Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
}

/** Whether the server answers: its health check, past any cache. */
async function serverAnswers(signal: AbortSignal): Promise<boolean> {
  try {
    const response = await fetch('/healthz', { cache: 'no-store', signal });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * While mounted, asks the server's health check with a growing pause (1 s, 2 s, 4 s … 30 s), and
 * at once when the browser comes back online; calls `onBack` once, the first time it answers.
 */
export function useWhenServerAnswers(onBack: () => void): void {
  const latest = useRef(onBack);
  latest.current = onBack;
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let asking = false;
    let done = false;
    const ask = async () => {
      if (asking || done) return;
      asking = true;
      clearTimeout(timer);
      const answered = await serverAnswers(controller.signal);
      asking = false;
      if (controller.signal.aborted || done) return;
      if (answered) {
        done = true;
        latest.current();
        return;
      }
      timer = setTimeout(ask, serverPollDelay(attempt));
      attempt += 1;
    };
    const askNow = () => void ask();
    timer = setTimeout(ask, serverPollDelay(attempt));
    attempt += 1;
    window.addEventListener('online', askNow);
    return () => {
      controller.abort();
      clearTimeout(timer);
      window.removeEventListener('online', askNow);
    };
  }, []);
}
