/** The public power list (no login). Types only from the contracts: the portal's chunks carry no zod and no console code. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { PublicPowerDetailDto as DetailSchema, PublicPowerListDto as ListSchema } from '@quanze/contracts';
import { api } from '../../app/api.ts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;
export type PublicPowerList = Output<typeof ListSchema>;
export type PublicPowerDetail = Output<typeof DetailSchema>;
export type PublicBenchmark = NonNullable<PublicPowerDetail['benchmark']>;

export interface PublicPowerQuery {
  category?: string;
  department?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export function usePublicPowers(query: PublicPowerQuery) {
  return useQuery({
    queryKey: ['public', 'powers', query],
    queryFn: ({ signal }) => api.get<PublicPowerList>('/api/public/powers', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

export function usePublicPower(code: string) {
  return useQuery({
    queryKey: ['public', 'power', code],
    queryFn: ({ signal }) => api.get<PublicPowerDetail>(`/api/public/powers/${encodeURIComponent(code)}`, { signal }),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
