import { CERTIFICATE_STATUSES } from '@quanze/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { OfficerQuery } from './api.ts';
import type { CertificateStatus, OfficerAlertFilter } from './types.ts';

export const PAGE_SIZES = [10, 20, 50, 100];
const ALERTS: readonly OfficerAlertFilter[] = ['expiring', 'overdueReview', 'trainingDeficit', 'any'];

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

/** The roster's search, filters and page live in the URL, so reload, back and the dashboard cards keep them. */
export function useOfficerQueryParams(): [OfficerQuery, (patch: Partial<Record<keyof OfficerQuery, string | number | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo<OfficerQuery>(() => {
    const size = Number(params.get('pageSize'));
    const certificateStatus = oneOf<CertificateStatus>(params.get('certificateStatus'), CERTIFICATE_STATUSES);
    const alert = oneOf(params.get('alert'), ALERTS);
    const status = oneOf(params.get('status'), ['active', 'left'] as const);
    return {
      ...(params.get('q') ? { q: params.get('q') ?? '' } : {}),
      ...(params.get('departmentId') ? { departmentId: params.get('departmentId') ?? '' } : {}),
      ...(certificateStatus ? { certificateStatus } : {}),
      ...(alert ? { alert } : {}),
      ...(status ? { status } : {}),
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZES.includes(size) ? size : 20,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<Record<keyof OfficerQuery, string | number | undefined>>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '') next.delete(key);
            else next.set(key, String(value));
          }
          if (!('page' in patch)) next.delete('page');
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  return [query, update];
}
