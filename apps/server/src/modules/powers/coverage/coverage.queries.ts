/**
 * The coverage report as the actor may see it: the whole bureau for bureau-wide roles; for a department head or an
 * officer, the powers broken down to their department and that department's posts and officers. Counts are of what
 * the actor sees, before the status filter; the list is paged.
 */
import type { PowerCategory, PowerCoverage } from '@quanze/domain';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { coverageCacheFor, type CoverageEntry, type HowComputed } from './coverage-cache.ts';
import { presentPowerCoverage, type CoverageReportBody } from './coverage.presenter.ts';

export interface CoverageFilter {
  status?: 'red' | 'amber' | 'green' | undefined;
  departmentId?: string | undefined;
  category?: PowerCategory | undefined;
  q?: string | undefined;
  reverseLimit?: number | undefined;
  page: number;
  pageSize: number;
}

export async function coverageEntry(deps: Deps, actor: Actor): Promise<{ entry: CoverageEntry; computed: HowComputed }> {
  if (!actor.permissions.has('power:read')) throw new AppError('FORBIDDEN', '没有查看权责清单的权限');
  return coverageCacheFor(deps).get(actor.bureauId);
}

/** What of the report the actor sees (data scope), before the request's own filters. */
export function scopedReport(entry: CoverageEntry, actor: Actor) {
  const r = entry.report;
  if (actor.scope === 'bureau') return r;
  const dept = actor.departmentId;
  const postDept = (postId: string) => entry.data.posts.get(postId)?.departmentId ?? null;
  return {
    ...r,
    powers: r.powers.filter((p) => dept !== null && p.departmentId === dept),
    postsWithoutPower: r.postsWithoutPower.filter((p) => p.departmentId === dept),
    ineligibleOfficers: r.ineligibleOfficers.filter((o) => dept !== null && postDept(o.postId) === dept),
  };
}

export function filterPowers(entry: CoverageEntry, powers: readonly PowerCoverage[], f: Omit<CoverageFilter, 'page' | 'pageSize'>): PowerCoverage[] {
  const q = f.q?.toLowerCase();
  return powers.filter((p) => {
    if (f.status && p.status !== f.status) return false;
    if (f.departmentId && p.departmentId !== f.departmentId) return false;
    const power = entry.data.powers.get(p.powerId);
    if (f.category && power?.category !== f.category) return false;
    return !q || p.code.toLowerCase().includes(q) || (power?.name ?? '').includes(f.q ?? '');
  });
}

export async function coverageReport(deps: Deps, actor: Actor, f: CoverageFilter): Promise<CoverageReportBody> {
  const { entry, computed } = await coverageEntry(deps, actor);
  const r = scopedReport(entry, actor);
  const counts = { red: 0, amber: 0, green: 0 };
  for (const p of r.powers) counts[p.status] += 1;
  const matching = filterPowers(entry, r.powers, f);
  const list = entry.data.lists[0];
  const limit = f.reverseLimit ?? 100;
  return {
    date: r.date,
    list: list ? { id: list.id, versionNo: list.versionNo, status: list.status } : null,
    counts,
    powers: matching.slice((f.page - 1) * f.pageSize, f.page * f.pageSize).map((p) => presentPowerCoverage(p, entry.data)),
    total: matching.length,
    uncoveredPenaltyArticles: r.uncoveredPenaltyArticles.slice(0, limit).map((a) => ({ ...a })),
    postsWithoutPower: r.postsWithoutPower.slice(0, limit).map((p) => ({ ...p })),
    ineligibleOfficers: r.ineligibleOfficers
      .slice(0, limit)
      .map((o) => ({ ...o, powers: o.powers.map((p) => ({ ...p, reasons: p.reasons.map((x) => ({ code: x.code, message: x.message, basis: x.basis })) })) })),
    reverseTotals: { uncoveredPenaltyArticles: r.uncoveredPenaltyArticles.length, postsWithoutPower: r.postsWithoutPower.length, ineligibleOfficers: r.ineligibleOfficers.length },
    computed,
  };
}
