/** 责任追究 on the portal (no login). Types only from the contracts: no zod and no console code in this chunk. */
import { useQuery } from '@tanstack/react-query';
import type { AccountabilityLawDto, PublicAccountabilityDto, PublicAccountabilityRulesDto, ResponsibilityFormDto } from '@quanze/contracts';
import { api } from '../../app/api.ts';

export type { AccountabilityLawDto, PublicAccountabilityDto, PublicAccountabilityRulesDto, ResponsibilityFormDto };

export function usePublicAccountability() {
  return useQuery({
    queryKey: ['public', 'accountability'],
    queryFn: ({ signal }) => api.get<PublicAccountabilityDto>('/api/public/accountability', { signal }),
    // The server lets caches keep it for a minute; no point asking more often.
    staleTime: 60_000,
  });
}
