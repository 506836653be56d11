/** 公示管理 API (console). Types from the contracts (type-only imports: no zod in the bundle). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DisclosureSettingsDto, PublicationDetailDto, PublicationQueueDto, PublicationState } from '@quanze/contracts';
import { api } from '../../app/api.ts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;
export type PublicationQueue = Output<typeof PublicationQueueDto>;
export type PublicationDetail = PublicationDetailDto;
export type DisclosureSettings = Output<typeof DisclosureSettingsDto>;
export type { PublicationState };

const key = ['disclosure'] as const;
const enc = encodeURIComponent;

export function usePublicationQueue(query: {
  state?: PublicationState | undefined;
  overdue?: 'true' | undefined;
  page: number;
  pageSize: number;
}) {
  return useQuery({
    queryKey: [...key, 'queue', query],
    queryFn: ({ signal }) => api.get<PublicationQueue>('/api/disclosure/queue', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function usePublication(id: string | null) {
  return useQuery({
    queryKey: [...key, 'item', id],
    queryFn: ({ signal }) => api.get<PublicationDetail>(`/api/disclosure/items/${enc(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

function useItemMutation<V>(fn: (v: V) => Promise<PublicationDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (d) => client.setQueryData([...key, 'item', d.id], d),
    onSettled: () => client.invalidateQueries({ queryKey: [...key, 'queue'] }),
  });
}

export interface MaskingInput {
  id: string;
  version: number;
  extraPersons: string[];
  extraHidden: string[];
  editedText: string | null;
}
export const useUpdateMasking = () =>
  useItemMutation(({ id, ...body }: MaskingInput) => api.put<PublicationDetail>(`/api/disclosure/items/${enc(id)}/masking`, body));
export const useUpdateFlags = () =>
  useItemMutation(({ id, ...body }: { id: string; version: number; flags: PublicationDetail['flags'] }) =>
    api.put<PublicationDetail>(`/api/disclosure/items/${enc(id)}/flags`, body),
  );
export const usePublish = () =>
  useItemMutation(({ id, version }: { id: string; version: number }) =>
    api.post<PublicationDetail>(`/api/disclosure/items/${enc(id)}/publish`, { version }),
  );
export const useWithdraw = () =>
  useItemMutation(({ id, ...body }: { id: string; version: number; ground: string; publicReason: string; alteredOn: string }) =>
    api.post<PublicationDetail>(`/api/disclosure/items/${enc(id)}/withdraw`, body),
  );

export function useDisclosureSettings(enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'settings'],
    queryFn: ({ signal }) => api.get<DisclosureSettings>('/api/disclosure/settings', { signal }),
    enabled,
  });
}

export function useSaveSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (s: DisclosureSettings) => api.put<DisclosureSettings>('/api/disclosure/settings', s),
    onSuccess: (s) => client.setQueryData([...key, 'settings'], s),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
