/**
 * The incremental update of a cached coverage entry: reload exactly what the change log names, patch the input,
 * and recompute only the powers the domain's affectedPowerIds says may change. Maps and arrays are copied when
 * changed (copy-on-write), so an entry a request is still presenting never changes under it.
 */
import {
  affectedPowerIds,
  basisArticleIds,
  buildCoverageIndex,
  computePowerCoverage,
  DEFAULT_COVERAGE_CONFIG,
  type FullCoverageInput,
  type LocalDate,
  type PowerCoverage,
} from '@quanze/domain';
import type { Executor } from '../../../platform/db.ts';
import { loadLegalArticles } from '../../legal-basis/index.ts';
import { coverageOfficerRules } from '../powers.config.ts';
import { byAddress, byCode, byId, patchSorted, reportOf } from './coverage-input.ts';
import { loadAssignments, loadDepartmentNames, loadOfficers, loadPosts, loadPowers, type CoverageData } from './coverage-loader.ts';
import type { CoverageReport } from '@quanze/domain';

export interface Change {
  kind: string;
  ref: string | null;
}

export interface Computed {
  date: LocalDate;
  data: CoverageData;
  input: FullCoverageInput;
  results: Map<string, PowerCoverage>;
  report: CoverageReport;
}

export async function applyChanges(db: Executor, bureauId: string, prev: Computed, changes: readonly Change[]): Promise<Computed> {
  const refs = (kind: string) => [...new Set(changes.filter((c) => c.kind === kind && c.ref).map((c) => c.ref!))];
  const data: CoverageData = { ...prev.data };
  const input: FullCoverageInput = { ...prev.input };
  const touched = new Set<string>();
  const touch = (ids: readonly string[]) => ids.forEach((id) => touched.add(id));

  const powerIds = [...new Set([...refs('power'), ...refs('assignment')])];
  if (powerIds.length) {
    const reloaded = await loadPowers(db, data.lists, powerIds);
    const assignments = await loadAssignments(db, bureauId, powerIds);
    data.powers = new Map(data.powers);
    data.assignments = new Map(data.assignments);
    for (const id of powerIds) {
      data.powers.delete(id);
      data.assignments.delete(id);
    }
    for (const p of reloaded) data.powers.set(p.id, p);
    for (const [id, list] of assignments) data.assignments.set(id, list);
    input.powers = [...data.powers.values()].sort(byCode);
    input.assignments = [...data.assignments.values()].flat();
    touch(powerIds);
  }
  const officerIds = refs('officer');
  if (officerIds.length) {
    const reloaded = await loadOfficers(db, bureauId, officerIds);
    data.officers = new Map(data.officers);
    for (const id of officerIds) {
      const before = prev.data.officers.get(id)?.postId ?? null;
      const after = reloaded.find((o) => o.id === id);
      if (after?.postId) data.officers.set(id, after);
      else data.officers.delete(id);
      touch(affectedPowerIds({ kind: 'officer', postIds: [before, after?.postId ?? null] }, prev.input.powers, prev.input.assignments));
    }
    input.officers = patchSorted(prev.input.officers, officerIds, data.officers, byId);
  }
  const postIds = refs('post');
  if (postIds.length) {
    data.posts = new Map(data.posts);
    for (const p of await loadPosts(db, bureauId, postIds)) data.posts.set(p.id, p);
    for (const id of postIds) touch(affectedPowerIds({ kind: 'post', postId: id }, prev.input.powers, prev.input.assignments));
    input.posts = patchSorted(prev.input.posts, postIds, data.posts, byId);
  }
  if (refs('department').length) data.departmentNames = await loadDepartmentNames(db, bureauId);

  // Articles: those changed, those of a changed document, and any a changed power now cites that are not loaded.
  const articleIds = refs('article');
  const documentIds = refs('document');
  const cited = articleIds.length || documentIds.length || powerIds.length ? new Set(input.powers.flatMap(basisArticleIds)) : new Set<string>();
  const missing = powerIds.length ? [...cited].filter((id) => !data.articles.has(id)) : [];
  if (articleIds.length || documentIds.length || missing.length) {
    const reloaded = await loadLegalArticles(db, bureauId, { ids: [...articleIds, ...missing], documentIds });
    data.articles = new Map(data.articles);
    for (const a of reloaded) {
      if (a.isPenaltyProvision || cited.has(a.id)) data.articles.set(a.id, a);
      else data.articles.delete(a.id);
      if (articleIds.includes(a.id) || documentIds.includes(a.document.id)) touch(affectedPowerIds({ kind: 'article', articleId: a.id }, input.powers, []));
    }
    input.articles = patchSorted(
      prev.input.articles,
      reloaded.map((a) => a.id),
      data.articles,
      byAddress,
    );
  }

  const index = buildCoverageIndex(input);
  const results = new Map(prev.results);
  for (const id of touched) {
    const p = data.powers.get(id);
    if (p) results.set(id, computePowerCoverage(p, index, prev.date, coverageOfficerRules, DEFAULT_COVERAGE_CONFIG));
    else results.delete(id);
  }
  const report = reportOf(input, index, results, prev.date, {
    report: prev.report,
    keepUncovered: !powerIds.length && input.articles === prev.input.articles,
    keepIdlePosts: !powerIds.length && !postIds.length,
  });
  return { date: prev.date, data, input, results, report };
}
