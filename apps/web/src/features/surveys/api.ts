/** 满意度评议 results (console). Types from the contracts (type-only imports: no zod in the bundle). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { SurveyResultsDto } from '@quanze/contracts';
import { api } from '../../app/api.ts';

export type { SurveyResultsDto };
export type DepartmentResult = SurveyResultsDto['departments'][number];
export type OfficerResult = SurveyResultsDto['officers'][number];
export type SurveyComment = DepartmentResult['recentComments'][number];

export function useSurveyResults(query: { from?: string | undefined; to?: string | undefined }) {
  return useQuery({
    queryKey: ['surveys', 'results', query],
    queryFn: ({ signal }) => api.get<SurveyResultsDto>('/api/surveys/results', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}
