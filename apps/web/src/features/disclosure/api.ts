/** 公示管理 API (console). Types from the contracts (type-only imports: no zod in the bundle). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  DisclosureResultType,
  DisclosureSettingsDto,
  PublicationDetailDto,
  PublicationQueueDto,
  PublicationState,
  RegisterResultRequest,
} from '@quanze/contracts';
import { api } from '../../app/api.ts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;
export type PublicationQueue = Output<typeof PublicationQueueDto>;
export type PublicationDetail = PublicationDetailDto;
export type DisclosureSettings = Output<typeof DisclosureSettingsDto>;
export type { DisclosureResultType, PublicationState, RegisterResultRequest };

const key = ['disclosure'] as const;
const enc = encodeURIComponent;

export function usePublicationQueue(query: {
  state?: PublicationState | undefined;
  resultType?: DisclosureResultType | undefined;
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
/** After a registered alteration only the reason; otherwise ground, date and document too (both at once). */
export const useWithdraw = () =>
  useItemMutation(
    ({ id, ...body }: { id: string; version: number; ground?: string; publicReason: string; alteredOn?: string; document?: string }) =>
      api.post<PublicationDetail>(`/api/disclosure/items/${enc(id)}/withdraw`, body),
  );
/** 登记决定被变更、撤销、确认违法或无效: opens the 3-day withdrawal clock (第四十八条第二款). */
export const useRegisterAlteration = () =>
  useItemMutation(({ id, ...body }: { id: string; version: number; ground: string; alteredOn: string; document: string }) =>
    api.post<PublicationDetail>(`/api/disclosure/items/${enc(id)}/alteration`, body),
  );

/** 登记行政许可决定或其他执法结果 into the queue; answers the new item. */
export const useRegisterResult = () =>
  useItemMutation((body: RegisterResultRequest) => api.post<PublicationDetail>('/api/disclosure/results', body));

/** The power list's items (of a category), searched (the matter a licence or result is registered under). */
export function usePowerOptions(category: 'license' | undefined, q: string) {
  return useQuery({
    queryKey: ['powers', 'options', category, q],
    queryFn: ({ signal }) =>
      api.get<{ items: { powerId: string; code: string; name: string; category: string }[] }>('/api/powers', {
        query: { ...(category ? { category } : {}), ...(q ? { q } : {}), pageSize: 50 },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

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
