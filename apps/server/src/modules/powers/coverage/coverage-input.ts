/**
 * The domain's coverage input kept as sorted arrays (powers by code, officers and posts by id, articles in reading
 * order), so a report never depends on the order rows came from the database, and an update patches the arrays
 * in place of re-sorting them.
 */
import {
  ineligibleOfficers,
  postsWithoutPower,
  uncoveredPenaltyArticles,
  type CoverageIndex,
  type CoverageReport,
  type CoverageStatus,
  type FullCoverageInput,
  type LegalArticle,
  type LocalDate,
  type PowerCoverage,
} from '@quanze/domain';
import type { CoverageData } from './coverage-loader.ts';

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
export const byCode = (a: { code: string }, b: { code: string }) => cmp(a.code, b.code);
export const byId = (a: { id: string }, b: { id: string }) => cmp(a.id, b.id);
/** Reading order, so the reverse view lists uncovered provisions as the library does. */
export const byAddress = (a: LegalArticle, b: LegalArticle) =>
  cmp(a.document.title, b.document.title) ||
  cmp(a.address.article, b.address.article) ||
  cmp(a.address.paragraph ?? 0, b.address.paragraph ?? 0) ||
  cmp(a.address.item ?? 0, b.address.item ?? 0) ||
  cmp(a.id, b.id);

export function inputOf(data: CoverageData): FullCoverageInput {
  return {
    powers: [...data.powers.values()].sort(byCode),
    assignments: [...data.assignments.values()].flat(),
    posts: [...data.posts.values()].sort(byId),
    officers: [...data.officers.values()].sort(byId),
    articles: [...data.articles.values()].sort(byAddress),
  };
}

/** `sorted` with the rows of `ids` replaced by what `current` now holds for them (or removed), still sorted. */
export function patchSorted<T extends { id: string }>(sorted: readonly T[], ids: readonly string[], current: ReadonlyMap<string, T>, order: (a: T, b: T) => number): T[] {
  const gone = new Set(ids);
  const out = sorted.filter((x) => !gone.has(x.id));
  for (const id of gone) {
    const item = current.get(id);
    if (!item) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(out[mid]!, item) < 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
  }
  return out;
}

/**
 * The report from per-power results. The reverse views span all powers; each is recomputed only when what it
 * reads changed (`reuse` says which may be kept from `prev`).
 */
export function reportOf(
  input: FullCoverageInput,
  index: CoverageIndex,
  results: ReadonlyMap<string, PowerCoverage>,
  date: LocalDate,
  prev?: { report: CoverageReport; keepUncovered: boolean; keepIdlePosts: boolean },
): CoverageReport {
  const powers = input.powers.flatMap((p) => results.get(p.id) ?? []);
  const counts: Record<CoverageStatus, number> = { red: 0, amber: 0, green: 0 };
  for (const p of powers) counts[p.status] += 1;
  return {
    date,
    powers,
    counts,
    uncoveredPenaltyArticles: prev?.keepUncovered ? prev.report.uncoveredPenaltyArticles : uncoveredPenaltyArticles(input.powers, index, date),
    postsWithoutPower: prev?.keepIdlePosts ? prev.report.postsWithoutPower : postsWithoutPower(input.powers, input, date),
    ineligibleOfficers: ineligibleOfficers(powers),
  };
}
