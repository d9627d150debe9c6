import { apiClient } from '../../../lib/api-client';
import type { VisitAnswerPreview, VisitAnswerResult } from '../../../types/api';

// Plain calls, without the query library: the page opens signed out and stays small.

export type VisitAnswerChoice = VisitAnswerResult['answered'];

export function previewVisitAnswer(token: string): Promise<VisitAnswerPreview> {
  return apiClient.post('/api/visit-answers/preview', { token });
}

export function answerVisit(token: string, answer: VisitAnswerChoice): Promise<VisitAnswerResult> {
  return apiClient.post('/api/visit-answers', { token, answer });
}
