import { POWER_CATEGORIES } from '@quanze/domain';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { CoverageQuery } from './api.ts';
import type { CoverageStatus, PowerCategory } from './types.ts';

export const PAGE_SIZES = [20, 50, 100, 200];
const STATUSES: readonly CoverageStatus[] = ['red', 'amber', 'green'];

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

type Patch = Partial<Record<'status' | 'departmentId' | 'category' | 'q' | 'page' | 'pageSize', string | number | undefined>>;

/** Filters and page of the power list and the coverage report live in the URL (reload, back, shared links). */
export function useCoverageParams(defaultPageSize = 50): [CoverageQuery, (patch: Patch) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo<CoverageQuery>(() => {
    const size = Number(params.get('pageSize'));
    return {
      status: oneOf(params.get('status'), STATUSES),
      category: oneOf<PowerCategory>(params.get('category'), POWER_CATEGORIES),
      departmentId: params.get('departmentId') || undefined,
      q: params.get('q') || undefined,
      page: Math.max(1, Number(params.get('page')) || 1),
      pageSize: PAGE_SIZES.includes(size) ? size : defaultPageSize,
    };
  }, [params, defaultPageSize]);

  const update = useCallback(
    (patch: Patch) => {
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
