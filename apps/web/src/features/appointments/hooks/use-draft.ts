import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

interface DraftOptions {
  /** Only drafts that pass are committed, e.g. complete dates. */
  accept?: (draft: string) => boolean;
  delayMs?: number;
}

/**
 * Text the user is still typing into a filter that lives elsewhere (the address). The draft
 * follows the outside value when it changes (a reset), and is committed once acceptable.
 */
export function useDraft(
  value: string,
  commit: (draft: string) => void,
  { accept = () => true, delayMs = 0 }: DraftOptions = {},
) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  const commitLater = useDebouncedCallback((next: string) => commit(next), delayMs);
  const change = (next: string) => {
    setDraft(next);
    if (!accept(next)) return;
    if (delayMs > 0) commitLater(next);
    else commit(next);
  };
  return [draft, change] as const;
}
