import { useState } from 'react';
import type { HandOverResult } from '../../../types/api';
import { useHandOverVisits } from '../api/dentist-visits';
import { type HandOverChoice, handOverRequest, LEAVE_THEM } from '../utils/hand-over';

/**
 * The owner's choice for a leaving dentist's coming visits, and carrying it out before the
 * change that makes them leave. `apply` answers null while a field is missing, else what
 * was handed over (null when the visits were left as they are).
 */
export function useHandOver(dentistId: number) {
  const [choice, setChoice] = useState<HandOverChoice>(LEAVE_THEM);
  const [missing, setMissing] = useState<'to' | 'reason' | null>(null);
  const [result, setResult] = useState<HandOverResult | null>(null);
  const handOver = useHandOverVisits();

  const apply = async (): Promise<{ result: HandOverResult | null } | null> => {
    const request = handOverRequest(choice);
    if (request === null) return { result: null };
    if ('missing' in request) {
      setMissing(request.missing);
      return null;
    }
    setMissing(null);
    const answer = await handOver.mutateAsync({ dentistId, request: request.body });
    setResult(answer);
    return { result: answer };
  };

  const change = (next: HandOverChoice) => {
    setChoice(next);
    setMissing(null);
  };

  return { choice, change, missing, result, apply, isPending: handOver.isPending };
}
