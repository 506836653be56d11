import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { uploadFile } from '../officers/upload.ts';
import type {
  AddArticleRequest,
  AddDocumentVersionRequest,
  AmendArticleRequest,
  ArticleImpact,
  ArticleSearchResult,
  CommitLegalImportResponse,
  CreateDocumentRequest,
  LegalArticle,
  LegalDocument,
  LegalDocumentList,
  LegalImport,
  LegalLevel,
  RepealRequest,
  UpdateDocumentRequest,
} from './types.ts';

export const legalKey = ['legal'] as const;
/** Amending or repealing law changes the coverage check and the power list's basis flags. */
const dependentKeys = [legalKey, ['powers']] as const;
const enc = encodeURIComponent;

export interface DocumentQuery {
  q?: string;
  level?: LegalLevel;
  page: number;
  pageSize: number;
}

export interface ArticleQuery {
  q?: string;
  level?: LegalLevel;
  documentId?: string;
  penaltyOnly?: '1';
  page: number;
  pageSize: number;
}

export function useDocuments(query: DocumentQuery) {
  return useQuery({
    queryKey: [...legalKey, 'documents', query],
    queryFn: ({ signal }) => api.get<LegalDocumentList>('/api/legal/documents', { query: { ...query }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDocument(id: string) {
  return useQuery({
    queryKey: [...legalKey, 'document', id],
    queryFn: ({ signal }) => api.get<LegalDocument>(`/api/legal/documents/${enc(id)}`, { signal }),
    enabled: id !== '',
  });
}

export function useArticleSearch(query: ArticleQuery | null) {
  return useQuery({
    queryKey: [...legalKey, 'articles', query],
    queryFn: ({ signal }) => api.get<ArticleSearchResult>('/api/legal/articles', { query: { ...query }, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}

export function useArticle(id: string | null) {
  return useQuery({
    queryKey: [...legalKey, 'article', id],
    queryFn: ({ signal }) => api.get<LegalArticle>(`/api/legal/articles/${enc(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

/** 影响范围: every power (and later discretion rule, open case) citing the article. */
export function useArticleImpact(id: string | null) {
  return useQuery({
    queryKey: [...legalKey, 'impact', id],
    queryFn: ({ signal }) => api.get<ArticleImpact>(`/api/legal/articles/${enc(id ?? '')}/impact`, { signal }),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

function useLegalMutation<TVariables, TResult>(fn: (variables: TVariables) => Promise<TResult>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => Promise.all(dependentKeys.map((queryKey) => client.invalidateQueries({ queryKey }))),
  });
}

const docPath = (id: string, rest = '') => `/api/legal/documents/${enc(id)}${rest}`;
const articlePath = (id: string, rest = '') => `/api/legal/articles/${enc(id)}${rest}`;

export const useCreateDocument = () =>
  useLegalMutation((input: CreateDocumentRequest) => api.post<LegalDocument>('/api/legal/documents', input));
export const useUpdateDocument = (id: string) =>
  useLegalMutation((input: UpdateDocumentRequest) => api.patch<LegalDocument>(docPath(id), input));
export const useRepealDocument = (id: string) =>
  useLegalMutation((input: RepealRequest) => api.post<LegalDocument>(docPath(id, '/repeal'), input));
export const useAddDocumentVersion = (id: string) =>
  useLegalMutation((input: AddDocumentVersionRequest) => api.post<LegalDocument>(docPath(id, '/versions'), input));
export const useAddArticle = (documentId: string) =>
  useLegalMutation((input: AddArticleRequest) => api.post<LegalArticle>(docPath(documentId, '/articles'), input));
export const useAmendArticle = (id: string) =>
  useLegalMutation((input: AmendArticleRequest) => api.post<LegalArticle>(articlePath(id, '/amend'), input));
export const useRepealArticle = (id: string) =>
  useLegalMutation((input: RepealRequest) => api.post<LegalArticle>(articlePath(id, '/repeal'), input));

export const libraryExportUrl = (format: 'xlsx' | 'json') => `/api/legal/export.${format}`;

// ---- library import ----
export const startLibraryUpload = (file: File) => uploadFile<{ importId: string }>('POST', '/api/legal/imports', file);
export const startLibraryJson = (body: unknown) => api.post<{ importId: string }>('/api/legal/imports/json', body);

/** Polls the import while the server validates or commits it. */
export function useLibraryImport(importId: string | null) {
  return useQuery({
    queryKey: [...legalKey, 'import', importId],
    queryFn: ({ signal }) => api.get<LegalImport>(`/api/legal/imports/${enc(importId ?? '')}`, { signal }),
    enabled: importId !== null,
    staleTime: 0,
    refetchInterval: (q) => {
      const s = q.state.data?.status;
      return s === 'validating' || s === 'committing' || s === undefined ? 700 : false;
    },
  });
}

export const useCommitLibraryImport = () =>
  useLegalMutation(({ importId, mode }: { importId: string; mode: 'all' | 'validOnly' }) =>
    api.post<CommitLegalImportResponse>(`/api/legal/imports/${enc(importId)}/commit`, { mode }),
  );
