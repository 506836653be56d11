/**
 * 满意度评议 on the portal (no login). Types only from the contracts — no zod, no console code in this chunk. The
 * 评价码 travels in a POST body, never in a URL, so it never lands in an access log or the browser history.
 */
import { useMutation } from '@tanstack/react-query';
import type { SurveySubjectDto } from '@quanze/contracts';
import { api } from '../../app/api.ts';

export type { SurveySubjectDto };

export function useSurveyLookup() {
  return useMutation({ mutationFn: (code: string) => api.post<SurveySubjectDto>('/api/public/surveys/lookup', { code }) });
}

export function useSubmitSurvey() {
  return useMutation({
    mutationFn: (body: { code: string; rating: number; comment: string }) =>
      api.post<{ ok: true; message: string }>('/api/public/surveys', body),
  });
}
