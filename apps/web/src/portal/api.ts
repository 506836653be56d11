/** The portal's public API calls (no login; never /api/auth/me or a console API). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../app/api.ts';
import type { PublicCertificate } from '../features/officers/types.ts';
import type { PublicSubjectDto } from '../features/subjects/types.ts';

export function usePublicBureau() {
  return useQuery({
    queryKey: ['public', 'bureau'],
    queryFn: ({ signal }) => api.get<{ name: string }>('/api/public/bureau', { signal }).then((r) => r.name),
    staleTime: Infinity,
    retry: 1,
  });
}

export interface CertificateLookup {
  number: string;
  /** The check code printed in the QR URL; absent when the number was typed. */
  code?: string;
}

export function useCertificateCheck(lookup: CertificateLookup | null) {
  return useQuery({
    queryKey: ['public', 'certificate', lookup],
    queryFn: ({ signal }) =>
      api.get<PublicCertificate>('/api/public/certificates/check', { query: { number: lookup?.number, code: lookup?.code }, signal }),
    enabled: lookup !== null,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });
}

export function usePublicSubjects() {
  return useQuery({
    queryKey: ['public', 'subjects'],
    queryFn: ({ signal }) => api.get<{ items: PublicSubjectDto[] }>('/api/public/subjects', { signal }).then((r) => r.items),
    staleTime: 5 * 60_000,
  });
}
