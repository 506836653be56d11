/**
 * The full coverage report: every power's status, and the reverse view — penalty provisions of the library that
 * no penalty power covers, posts that hold no power, officers on assigned posts who may not enforce.
 */
import type { LocalDate } from '../calendar/index.ts';
import type { Citation } from '../citation.ts';
import { addressesOverlap, articleLabel, articleStatusOn, type ArticleAddress } from '../legal-basis/index.ts';
import type { EligibilityReason, OfficerRulesConfig } from '../officers/index.ts';
import { isAssignmentInForce } from './breakdown.ts';
import { groupBy } from './collections.ts';
import { DEFAULT_COVERAGE_CONFIG, type CoverageConfig } from './coverage-config.ts';
import { buildCoverageIndex, type CoverageIndex, type CoverageInput } from './coverage-index.ts';
import { computePowerCoverage, type CoverageStatus, type PowerCoverage } from './coverage.ts';
import { basisArticleIds, type Power } from './power.ts';
import { POWER_BREAKDOWN } from './sources.ts';

export interface UncoveredArticle {
  articleId: string;
  label: string;
  message: string;
  basis: Citation;
}

export interface IdlePost {
  postId: string;
  departmentId: string;
  name: string;
  message: string;
}

export interface IneligibleOfficer {
  officerId: string;
  name: string;
  postId: string;
  powers: { powerId: string; code: string; reasons: EligibilityReason[] }[];
}

export interface CoverageReport {
  date: LocalDate;
  powers: PowerCoverage[];
  counts: Record<CoverageStatus, number>;
  uncoveredPenaltyArticles: UncoveredArticle[];
  postsWithoutPower: IdlePost[];
  ineligibleOfficers: IneligibleOfficer[];
}

export interface FullCoverageInput extends CoverageInput {
  powers: readonly Power[];
}

/**
 * Penalty provisions (LegalArticle.isPenaltyProvision) in force on `date` that no PENALTY power cites — directly, or
 * through an overlapping address of the same document (a power citing 第四十七条第（一）项 covers the library's
 * 第四十七条 and the other way round). A provision cited only by an inspection power still lacks a penalty item.
 */
export function uncoveredPenaltyArticles(powers: readonly Power[], index: CoverageIndex, date: LocalDate): UncoveredArticle[] {
  const cited = new Set<string>();
  const citedByDocument = new Map<string, ArticleAddress[]>();
  for (const p of powers) {
    if (p.category !== 'penalty') continue;
    for (const id of basisArticleIds(p)) {
      cited.add(id);
      const a = index.articlesById.get(id);
      if (a) citedByDocument.set(a.document.id, [...(citedByDocument.get(a.document.id) ?? []), a.address]);
    }
  }
  const out: UncoveredArticle[] = [];
  for (const a of index.articlesById.values()) {
    if (!a.isPenaltyProvision || articleStatusOn(a, date).status !== 'inForce' || cited.has(a.id)) continue;
    if ((citedByDocument.get(a.document.id) ?? []).some((addr) => addressesOverlap(addr, a.address))) continue;
    const label = articleLabel(a);
    out.push({ articleId: a.id, label, message: `${label}设定了行政处罚，权责清单中没有对应的处罚事项`, basis: POWER_BREAKDOWN });
  }
  return out;
}

/** Active posts no assignment in force names: a post with duties on paper and no power behind them. */
export function postsWithoutPower(powers: readonly Power[], input: CoverageInput, date: LocalDate): IdlePost[] {
  const listed = new Set(powers.map((p) => p.id));
  const used = new Set(input.assignments.filter((a) => listed.has(a.powerId) && isAssignmentInForce(a, date)).flatMap((a) => a.postIds));
  return input.posts
    .filter((p) => p.status === 'active' && !used.has(p.id))
    .map((p) => ({ postId: p.id, departmentId: p.departmentId, name: p.name, message: `岗位“${p.name}”未承担任何执法事项` }));
}

/** Officers on the posts of some power who may not enforce it, with the reasons per power. */
export function ineligibleOfficers(results: readonly PowerCoverage[]): IneligibleOfficer[] {
  const rows = results.flatMap((r) => r.officers.filter((o) => !o.eligible).map((o) => ({ r, o })));
  return [...groupBy(rows, (x) => x.o.officerId).values()].flatMap((group) => {
    const first = group[0];
    if (!first) return [];
    return [
      {
        officerId: first.o.officerId,
        name: first.o.name,
        postId: first.o.postId,
        powers: group.map(({ r, o }) => ({ powerId: r.powerId, code: r.code, reasons: o.reasons })),
      },
    ];
  });
}

export function computeCoverage(
  input: FullCoverageInput,
  date: LocalDate,
  officerRules: OfficerRulesConfig,
  config: CoverageConfig = DEFAULT_COVERAGE_CONFIG,
): CoverageReport {
  const index = buildCoverageIndex(input);
  const powers = input.powers.map((p) => computePowerCoverage(p, index, date, officerRules, config));
  const counts: Record<CoverageStatus, number> = { red: 0, amber: 0, green: 0 };
  for (const p of powers) counts[p.status] += 1;
  return {
    date,
    powers,
    counts,
    uncoveredPenaltyArticles: uncoveredPenaltyArticles(input.powers, index, date),
    postsWithoutPower: postsWithoutPower(input.powers, input, date),
    ineligibleOfficers: ineligibleOfficers(powers),
  };
}
