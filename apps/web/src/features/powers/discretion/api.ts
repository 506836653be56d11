import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api.ts';
import { powersKey } from '../api.ts';
import type {
  CheckPenaltyResponse,
  DiscretionFacts,
  DiscretionResult,
  PowerDiscretion,
  ProposedPenalty,
  SaveBenchmarkRequest,
} from './types.ts';

const path = (powerId: string) => `/api/powers/${encodeURIComponent(powerId)}/discretion`;

export function usePowerDiscretion(powerId: string) {
  return useQuery({
    queryKey: [...powersKey, 'discretion', powerId],
    queryFn: ({ signal }) => api.get<PowerDiscretion>(path(powerId), { signal }),
  });
}

export function useSaveBenchmark(powerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SaveBenchmarkRequest) => api.put<PowerDiscretion>(path(powerId), input),
    onSuccess: (data) => client.setQueryData([...powersKey, 'discretion', powerId], data),
    onSettled: () => client.invalidateQueries({ queryKey: [...powersKey, 'discretion', powerId] }),
  });
}

/** The calculator: never cached — each run is for the facts of one case. */
export function useComputeDiscretion() {
  return useMutation({
    mutationFn: (input: { powerId: string; facts: DiscretionFacts; versionNo?: number }) =>
      api.post<DiscretionResult>('/api/discretion/compute', input),
  });
}

export function useCheckPenalty() {
  return useMutation({
    mutationFn: (input: { powerId: string; facts: DiscretionFacts; proposed: ProposedPenalty; versionNo?: number }) =>
      api.post<CheckPenaltyResponse>('/api/discretion/check', input),
  });
}
