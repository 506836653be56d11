/** 执法文书 of a case: list (+ what can be generated, case-file check), generate, download and preview URLs. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CaseDocumentDto, CaseDocumentsResponse } from '@quanze/contracts';
import { api, ApiError } from '../../app/api.ts';

const enc = encodeURIComponent;
export const documentsKey = (caseId: string) => ['cases', 'documents', caseId] as const;

export function useCaseDocuments(caseId: string) {
  return useQuery({
    queryKey: documentsKey(caseId),
    queryFn: ({ signal }) => api.get<CaseDocumentsResponse>(`/api/cases/${enc(caseId)}/documents`, { signal }),
  });
}

export function useGenerateDocument(caseId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (kind: string) => api.post<CaseDocumentDto>(`/api/cases/${enc(caseId)}/documents`, { kind }),
    onSettled: () => client.invalidateQueries({ queryKey: documentsKey(caseId) }),
  });
}

export const fileUrl = (caseId: string, docId: string) => `/api/cases/${enc(caseId)}/documents/${enc(docId)}/file`;
const previewUrl = (caseId: string, docId: string) => `/api/cases/${enc(caseId)}/documents/${enc(docId)}/preview`;

/** The preview HTML (rendered by the server from the document model; shown in a sandboxed frame). */
export function useDocumentPreview(caseId: string, docId: string | null) {
  return useQuery({
    queryKey: [...documentsKey(caseId), 'preview', docId],
    enabled: docId !== null,
    queryFn: async ({ signal }) => {
      const r = await fetch(previewUrl(caseId, docId ?? ''), { credentials: 'same-origin', cache: 'no-store', signal });
      if (!r.ok) {
        const body = (await r.json().catch(() => null)) as { code?: string; message?: string } | null;
        throw new ApiError(r.status, { code: body?.code ?? `HTTP_${r.status}`, message: body?.message ?? `预览失败（${r.status}）` });
      }
      return r.text();
    },
  });
}
