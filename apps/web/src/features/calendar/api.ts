/** Working-day calendar: GET/PUT /api/calendar/years (types from @quanze/contracts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { WorkdayYearDto, WorkdayYearListResponse, WorkdayYearRequest } from '@quanze/contracts';
import type { z } from 'zod';
import { api } from '../../app/api.ts';

export type WorkdayYearList = z.infer<typeof WorkdayYearListResponse>;
export type WorkdayYear = WorkdayYearDto;
export type WorkdayYearInput = z.input<typeof WorkdayYearRequest>;

const key = ['calendar'] as const;

export const useWorkdayYears = () =>
  useQuery({ queryKey: [...key, 'years'], queryFn: ({ signal }) => api.get<WorkdayYearList>('/api/calendar/years', { signal }) });

export const useWorkdayYear = (year: number | null) =>
  useQuery({
    queryKey: [...key, 'year', year],
    queryFn: ({ signal }) => api.get<WorkdayYear>(`/api/calendar/years/${year}`, { signal }),
    enabled: year !== null,
  });

export function useSaveWorkdayYear() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: WorkdayYearInput }) => api.put<WorkdayYear>(`/api/calendar/years/${year}`, body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key });
      // Clocks are computed on read with the calendar: refresh what shows them.
      void client.invalidateQueries({ queryKey: ['deadlines'] });
      void client.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
