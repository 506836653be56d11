import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../app/api.ts';
import { uploadFile } from '../officers/upload.ts';
import type {
  AssignPowerRequest,
  CommitPowerImportResponse,
  CoverageReport,
  CoverageStatus,
  CreateTargetRequest,
  PowerCategory,
  PowerDetail,
  PowerImport,
  PowerItem,
  PowerItemList,
  PowerListAction,
  PowerListVersion,
  PowerListVersionDetail,
  Target,
  UpdatePowerItemRequest,
  UpdateTargetRequest,
} from './types.ts';

/** Everything of the power list, its breakdown, targets and the coverage check lives under this key. */
export const powersKey = ['powers'] as const;
const enc = encodeURIComponent;

export interface PowerQuery {
  listId?: string;
  category?: PowerCategory;
  q?: string;
  includeRemoved?: '1';
  page: number;
  pageSize: number;
}

export function usePowerItems(query: PowerQuery) {
  return useQuery({
    queryKey: [...powersKey, 'items', query],
    queryFn: ({ signal }) => api.get<PowerItemList>('/api/powers', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePower(id: string) {
  return useQuery({
    queryKey: [...powersKey, 'detail', id],
    queryFn: ({ signal }) => api.get<PowerDetail>(`/api/powers/${enc(id)}`, { signal }),
  });
}

export interface CoverageQuery {
  status?: CoverageStatus;
  departmentId?: string;
  category?: PowerCategory;
  q?: string;
  reverseLimit?: number;
  page: number;
  pageSize: number;
}

/** The live coverage check; refetched when the window regains focus, since certificates change elsewhere. */
export function useCoverage(query: CoverageQuery) {
  return useQuery({
    queryKey: [...powersKey, 'coverage', query],
    queryFn: ({ signal }) => api.get<CoverageReport>('/api/powers/coverage', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
    refetchOnWindowFocus: true,
  });
}

export const coverageExportUrl = (q: Omit<CoverageQuery, 'page' | 'pageSize' | 'reverseLimit'>) =>
  withQuery('/api/powers/coverage/export.xlsx', { status: q.status, departmentId: q.departmentId, category: q.category, q: q.q });

/** Every write here can change coverage, items and lists: refresh them all (and the officers' view of posts). */
function usePowerMutation<TVariables, TResult>(fn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: fn, onSettled: () => client.invalidateQueries({ queryKey: powersKey }) });
}

export const useAssignPower = (id: string) =>
  usePowerMutation((input: AssignPowerRequest) => api.post<PowerDetail>(`/api/powers/${enc(id)}/assignments`, input));

// ---- annual targets ----
export function useTargets(query: { year?: number; powerId?: string; departmentId?: string }) {
  return useQuery({
    queryKey: [...powersKey, 'targets', query],
    queryFn: ({ signal }) => api.get<{ items: Target[] }>('/api/power-targets', { query: { ...query }, signal }).then((r) => r.items),
  });
}
export const useCreateTarget = () => usePowerMutation((input: CreateTargetRequest) => api.post<Target>('/api/power-targets', input));
export const useUpdateTarget = () =>
  usePowerMutation(({ id, ...input }: UpdateTargetRequest & { id: string }) => api.patch<Target>(`/api/power-targets/${enc(id)}`, input));

// ---- list versions ----
export function usePowerLists() {
  return useQuery({
    queryKey: [...powersKey, 'lists'],
    queryFn: ({ signal }) => api.get<{ items: PowerListVersion[] }>('/api/power-lists', { signal }).then((r) => r.items),
  });
}

export function usePowerList(id: string) {
  return useQuery({
    queryKey: [...powersKey, 'list', id],
    queryFn: ({ signal }) => api.get<PowerListVersionDetail>(`/api/power-lists/${enc(id)}`, { signal }),
  });
}

export const useCreateDraft = () =>
  usePowerMutation((input: { title?: string; note?: string | null }) => api.post<PowerListVersionDetail>('/api/power-lists', input));
export const useListTransition = (id: string) =>
  usePowerMutation((input: { action: PowerListAction; reason?: string | null; version: number }) =>
    api.post<PowerListVersionDetail>(`/api/power-lists/${enc(id)}/transition`, input),
  );
export const useUpdateItem = (listId: string) =>
  usePowerMutation(({ powerId, ...input }: UpdatePowerItemRequest & { powerId: string }) =>
    api.patch<PowerItem>(`/api/power-lists/${enc(listId)}/items/${enc(powerId)}`, input),
  );
export const useRemoveItem = (listId: string) =>
  usePowerMutation(({ powerId, ...input }: { powerId: string; reason: string; version: number }) =>
    api.post<PowerItem>(`/api/power-lists/${enc(listId)}/items/${enc(powerId)}/remove`, input),
  );

export const catalogueExportUrl = (listId: string, format: 'xlsx' | 'json') => `/api/power-lists/${enc(listId)}/export.${format}`;

// ---- catalogue import into a draft ----
export const startCatalogueUpload = (listId: string, area: string, file: File) =>
  uploadFile<{ importId: string }>('POST', withQuery(`/api/power-lists/${enc(listId)}/imports`, { area }), file);
export const startCatalogueJson = (listId: string, body: { area: string; items: unknown[] }) =>
  api.post<{ importId: string }>(`/api/power-lists/${enc(listId)}/imports/json`, body);

export function useCatalogueImport(importId: string | null) {
  return useQuery({
    queryKey: [...powersKey, 'import', importId],
    queryFn: ({ signal }) => api.get<PowerImport>(`/api/power-imports/${enc(importId ?? '')}`, { signal }),
    enabled: importId !== null,
    staleTime: 0,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'validating' || s === 'committing' || s === undefined ? 700 : false;
    },
  });
}

export const useCommitCatalogueImport = () =>
  usePowerMutation(({ importId, mode }: { importId: string; mode: 'all' | 'validOnly' }) =>
    api.post<CommitPowerImportResponse>(`/api/power-imports/${enc(importId)}/commit`, { mode }),
  );
