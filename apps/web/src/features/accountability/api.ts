/** 责任追究 console API. Types from the contracts (type-only imports: no zod in the bundle). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountabilityRulesVersionDto, ConsoleAccountabilityRulesDto, UpdateAccountabilityRulesRequest } from '@quanze/contracts';
import { api } from '../../app/api.ts';

export type { AccountabilityRulesVersionDto, ConsoleAccountabilityRulesDto, UpdateAccountabilityRulesRequest };

const key = ['accountability', 'rules'] as const;

export function useAccountabilityRules() {
  return useQuery({
    queryKey: key,
    queryFn: ({ signal }) => api.get<ConsoleAccountabilityRulesDto>('/api/accountability/rules', { signal }),
  });
}

export function useSaveAccountabilityRules() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateAccountabilityRulesRequest) => api.put<ConsoleAccountabilityRulesDto>('/api/accountability/rules', body),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
}
