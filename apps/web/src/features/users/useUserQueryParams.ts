import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { UserQuery } from './api.ts';

const PAGE_SIZES = [10, 20, 50, 100];

/** The list's search, filter and page live in the URL, so reload and back keep them. */
export function useUserQueryParams(): [UserQuery, (patch: Partial<UserQuery>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo<UserQuery>(() => {
    const page = Math.max(1, Number(params.get('page')) || 1);
    const size = Number(params.get('pageSize'));
    return {
      ...(params.get('q') ? { q: params.get('q') ?? '' } : {}),
      ...(params.get('departmentId') ? { departmentId: params.get('departmentId') ?? '' } : {}),
      page,
      pageSize: PAGE_SIZES.includes(size) ? size : 20,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<UserQuery>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === '' || value === null) next.delete(key);
            else next.set(key, String(value));
          }
          // A new search or filter starts from the first page.
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

export { PAGE_SIZES };
