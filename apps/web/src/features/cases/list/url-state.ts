/**
 * The case list's state lives in the URL, so a link (or a bookmark) reproduces the view: the filters, the search,
 * the page. A saved view stores the same filters; applying it rewrites the URL.
 */
export interface ListFilters {
  departmentId?: string;
  state?: string[];
  procedure?: string;
  leadSource?: string;
  powerId?: string;
  receivedFrom?: string;
  receivedTo?: string;
  q?: string;
  /** 只看逾期/临期: 'overdue' or 'attention' (overdue or within the reminder lead time). */
  deadline?: string;
}

export interface ListQuery extends ListFilters {
  page: number;
  pageSize: number;
}

const SCALAR_KEYS = ['departmentId', 'procedure', 'leadSource', 'powerId', 'receivedFrom', 'receivedTo', 'q', 'deadline'] as const;
export const DEFAULT_PAGE_SIZE = 20;

export function filtersFromParams(params: URLSearchParams): ListFilters {
  const out: ListFilters = {};
  for (const key of SCALAR_KEYS) {
    const v = params.get(key);
    if (v) out[key] = v;
  }
  const state = params.get('state');
  if (state) out.state = state.split(',').filter(Boolean);
  return out;
}

export function queryFromParams(params: URLSearchParams): ListQuery {
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? DEFAULT_PAGE_SIZE);
  return {
    ...filtersFromParams(params),
    page: page >= 1 ? Math.floor(page) : 1,
    pageSize: pageSize >= 1 && pageSize <= 200 ? Math.floor(pageSize) : DEFAULT_PAGE_SIZE,
  };
}

/** Filters as URL parameters (empty ones left out); the page size is kept, the page starts again at 1. */
export function paramsFromFilters(filters: ListFilters, keep?: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams();
  const pageSize = keep?.get('pageSize');
  for (const key of SCALAR_KEYS) {
    const v = filters[key]?.trim();
    if (v) next.set(key, v);
  }
  if (filters.state?.length) next.set('state', filters.state.join(','));
  if (pageSize) next.set('pageSize', pageSize);
  return next;
}

/** The query string the server reads (state as `a,b`). */
export function serverQuery(q: ListQuery): Record<string, string | number | undefined> {
  const { state, ...rest } = q;
  return { ...rest, state: state?.length ? state.join(',') : undefined };
}

/** Same filters (order of the states aside)? Used to show which saved view is on screen. */
export function sameFilters(a: ListFilters, b: ListFilters): boolean {
  const norm = (f: ListFilters) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries({ ...f, state: f.state?.length ? [...f.state].sort() : undefined })
          .filter(([, v]) => v !== undefined && v !== '')
          .sort(([x], [y]) => x.localeCompare(y)),
      ),
    );
  return norm(a) === norm(b);
}

export const hasFilters = (f: ListFilters): boolean => Object.values(f).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
