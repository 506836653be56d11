/**
 * The coverage check for one power ("有人管、不漏项"): red / amber / green with every reason. A power depends only on
 * its own row, its assignments, the posts they name, the officers on those posts and the articles it cites (see
 * dependenciesOf), so the server recomputes just the powers a change touches; `date` is an input too, so a daily job
 * recomputes everything as certificates expire and laws take effect.
 *
 * Red = the power cannot be lawfully exercised today or nobody answers for it: no department, no A post, fewer
 * eligible officers than the law requires, no basis, a basis article repealed, a penalty resting on a 规范性文件
 * or an unpublished rule, no basis article in force.
 * Amber = it can be exercised but the chain is fragile or unverifiable: no B post, no leader in charge, fewer
 * eligible officers than recommended, officers about to lose eligibility while that leaves too few, a basis article
 * not yet effective next to one in force, a basis not linked to the library.
 */
import { addCalendarDays, type LocalDate } from '../calendar/index.ts';
import type { Citation } from '../citation.ts';
import { articleStatusOn, checkBasisArticles, checkPenaltyBasis, type BasisProblemCode, type LegalArticle } from '../legal-basis/index.ts';
import { canEnforce, type EligibilityReason, type EnforcementScope, type OfficerRulesConfig } from '../officers/index.ts';
import { assignmentOn, type PostRole, type StaffedOfficer } from './breakdown.ts';
import { DEFAULT_COVERAGE_CONFIG, staffingFor, type CoverageConfig } from './coverage-config.ts';
import type { CoverageIndex } from './coverage-index.ts';
import { POWER_CATEGORY_LABELS, type Power } from './power.ts';
import {
  ELIGIBILITY_FORECAST,
  POWER_BREAKDOWN,
  POWER_NEEDS_BASIS,
  RESPONSIBILITY_CHAIN,
  TWO_OFFICERS_COERCION,
  TWO_OFFICERS_PENALTY,
} from './sources.ts';

export const COVERAGE_SEVERITY = {
  NO_DEPARTMENT: 'red',
  NO_A_POST: 'red',
  TOO_FEW_ELIGIBLE_OFFICERS: 'red',
  NO_BASIS: 'red',
  BASIS_REPEALED: 'red',
  BASIS_UNPUBLISHED: 'red',
  PENALTY_BASIS_NORMATIVE_ONLY: 'red',
  BASIS_NOT_IN_FORCE: 'red',
  NO_B_POST: 'amber',
  NO_LEADER_IN_CHARGE: 'amber',
  FEW_ELIGIBLE_OFFICERS: 'amber',
  ELIGIBILITY_LAPSING: 'amber',
  BASIS_NOT_YET_EFFECTIVE: 'amber',
  BASIS_NOT_LINKED: 'amber',
} as const;
export type CoverageCode = keyof typeof COVERAGE_SEVERITY;
export type CoverageSeverity = 'red' | 'amber';
export type CoverageStatus = 'red' | 'amber' | 'green';

export interface CoverageReason {
  code: CoverageCode;
  severity: CoverageSeverity;
  message: string;
  basis: Citation;
  /** What to open to fix it (drill-down). */
  articleId?: string;
  officerId?: string;
  postId?: string;
}

export interface OfficerOnPower {
  officerId: string;
  name: string;
  postId: string;
  postRole: PostRole;
  eligible: boolean;
  /** Why not eligible today (empty when eligible). */
  reasons: EligibilityReason[];
  /** Eligible today but not on this day (within the warning window), with the reasons then. */
  lapsesOn: LocalDate | null;
  lapseReasons: EligibilityReason[];
}

export interface PowerCoverage {
  powerId: string;
  code: string;
  status: CoverageStatus;
  reasons: CoverageReason[];
  assignmentId: string | null;
  departmentId: string | null;
  aPostIds: string[];
  bPostIds: string[];
  officers: OfficerOnPower[];
  eligibleCount: number;
  required: number;
  recommended: number;
}

function reason(
  code: CoverageCode,
  message: string,
  basis: Citation,
  refs: Pick<CoverageReason, 'articleId' | 'officerId' | 'postId'> = {},
): CoverageReason {
  return { code, severity: COVERAGE_SEVERITY[code], message, basis, ...refs };
}

const BASIS_CODE: Record<BasisProblemCode, CoverageCode> = {
  BASIS_EMPTY: 'NO_BASIS',
  NORMATIVE_DOCUMENT_ONLY: 'PENALTY_BASIS_NORMATIVE_ONLY',
  ARTICLE_REPEALED: 'BASIS_REPEALED',
  ARTICLE_NOT_YET_EFFECTIVE: 'BASIS_NOT_YET_EFFECTIVE',
  ARTICLE_UNPUBLISHED: 'BASIS_UNPUBLISHED',
  NO_BASIS_IN_FORCE: 'BASIS_NOT_IN_FORCE',
};

/**
 * Basis reasons. The whole-basis verdicts (only 规范性文件; nothing in force) are given only when every cited basis
 * is linked to the library: an unlinked law could be the one that saves it, so then only "not linked" is said.
 */
export function basisReasons(power: Power, articlesById: ReadonlyMap<string, LegalArticle>, date: LocalDate): CoverageReason[] {
  if (power.basis.length === 0) return [reason('NO_BASIS', '未列明执法依据', POWER_NEEDS_BASIS)];
  const reasons: CoverageReason[] = [];
  const linked = new Map<string, LegalArticle>();
  for (const ref of power.basis) {
    if (ref.articleIds.length === 0) {
      reasons.push(reason('BASIS_NOT_LINKED', `依据《${ref.law}》${ref.article}未关联法规库条文，无法核验效力`, POWER_NEEDS_BASIS));
    }
    for (const id of ref.articleIds) {
      const article = articlesById.get(id);
      if (article) linked.set(id, article);
      else
        reasons.push(
          reason('BASIS_NOT_LINKED', `依据《${ref.law}》${ref.article}关联的条文不在法规库中`, POWER_NEEDS_BASIS, { articleId: id }),
        );
    }
  }
  const articles = [...linked.values()];
  const complete = reasons.length === 0;
  const penalty = power.category === 'penalty';
  const problems = penalty && complete ? checkPenaltyBasis(articles, date) : checkBasisArticles(articles, date, penalty);
  for (const p of problems) reasons.push(reason(BASIS_CODE[p.code], p.message, p.basis, p.articleId ? { articleId: p.articleId } : {}));
  if (!penalty && complete && !articles.some((a) => articleStatusOn(a, date).status === 'inForce')) {
    reasons.push(reason('BASIS_NOT_IN_FORCE', `${date}所列依据均不在有效期内`, POWER_NEEDS_BASIS));
  }
  return reasons;
}

/** First day in (date, horizon] the officer is refused, assuming lapses last (expiry, overdue review); null if none. */
function lapseDay(
  officer: StaffedOfficer,
  scope: EnforcementScope,
  date: LocalDate,
  days: number,
  rules: OfficerRulesConfig,
): LocalDate | null {
  if (canEnforce(officer, scope, addCalendarDays(date, days), rules).allowed) return null;
  let lo = 0; // allowed
  let hi = days; // refused
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (canEnforce(officer, scope, addCalendarDays(date, mid), rules).allowed) lo = mid;
    else hi = mid;
  }
  return addCalendarDays(date, hi);
}

function staffingBasis(power: Power): Citation {
  return power.category === 'penalty' ? TWO_OFFICERS_PENALTY : power.category === 'coercion' ? TWO_OFFICERS_COERCION : POWER_BREAKDOWN;
}

/** Coverage of one power on `date`, from the rows in `index` (which may hold only this power's dependencies). */
export function computePowerCoverage(
  power: Power,
  index: CoverageIndex,
  date: LocalDate,
  officerRules: OfficerRulesConfig,
  config: CoverageConfig = DEFAULT_COVERAGE_CONFIG,
): PowerCoverage {
  const reasons: CoverageReason[] = [];
  const assignment = assignmentOn(index.assignmentsByPower.get(power.id) ?? [], date);
  const posts = (assignment?.postIds ?? []).flatMap((id) => {
    const post = index.postsById.get(id);
    return post && post.status === 'active' ? [post] : [];
  });
  const aPostIds = posts.filter((p) => p.role === 'A').map((p) => p.id);
  const bPostIds = posts.filter((p) => p.role === 'B').map((p) => p.id);
  if (!assignment?.departmentId) reasons.push(reason('NO_DEPARTMENT', '未分解到承办科室', POWER_BREAKDOWN));
  if (aPostIds.length === 0) reasons.push(reason('NO_A_POST', '未设置A岗（主办岗）或A岗已撤销', POWER_BREAKDOWN));
  if (bPostIds.length === 0) reasons.push(reason('NO_B_POST', '未设置B岗（备岗）', RESPONSIBILITY_CHAIN));
  if (!assignment?.leaderInChargeId) reasons.push(reason('NO_LEADER_IN_CHARGE', '未明确分管领导', RESPONSIBILITY_CHAIN));

  const scope: EnforcementScope = { category: power.enforcementField, area: power.area };
  const days = config.lapseWarningDays ?? officerRules.expiryLeadDays;
  const seen = new Set<string>();
  const officers: OfficerOnPower[] = [];
  for (const post of posts) {
    for (const o of index.officersByPost.get(post.id) ?? []) {
      if (o.status !== 'active' || seen.has(o.id)) continue;
      seen.add(o.id);
      const today = canEnforce(o, scope, date, officerRules);
      const lapsesOn = today.allowed ? lapseDay(o, scope, date, days, officerRules) : null;
      const later = lapsesOn ? canEnforce(o, scope, lapsesOn, officerRules) : null;
      officers.push({
        officerId: o.id,
        name: o.name,
        postId: post.id,
        postRole: post.role,
        eligible: today.allowed,
        reasons: today.allowed ? [] : today.reasons,
        lapsesOn,
        lapseReasons: later && !later.allowed ? later.reasons : [],
      });
    }
  }

  const { required, recommended } = staffingFor(power.category, config);
  const eligibleCount = officers.filter((o) => o.eligible).length;
  const lapsing = officers.filter((o) => o.lapsesOn !== null);
  const label = POWER_CATEGORY_LABELS[power.category];
  if (eligibleCount < required) {
    reasons.push(
      reason(
        'TOO_FEW_ELIGIBLE_OFFICERS',
        `岗位上今日可执法（持证且类别、区域相符）的人员${eligibleCount}人，${label}至少需要${required}人`,
        staffingBasis(power),
      ),
    );
  } else if (eligibleCount < recommended) {
    reasons.push(
      reason('FEW_ELIGIBLE_OFFICERS', `岗位上今日可执法的人员仅${eligibleCount}人，建议不少于${recommended}人`, staffingBasis(power)),
    );
  }
  // Only when it would leave too few: every single expiry is already the officers module's own reminder.
  if (eligibleCount - lapsing.length < recommended) {
    for (const o of lapsing) {
      const why = o.lapseReasons.map((r) => r.message).join('；');
      reasons.push(
        reason(
          'ELIGIBILITY_LAPSING',
          `${o.name}自${o.lapsesOn ?? ''}起不能执法（${why}），届时可执法人员将不足${recommended}人`,
          ELIGIBILITY_FORECAST,
          { officerId: o.officerId, postId: o.postId },
        ),
      );
    }
  }

  reasons.push(...basisReasons(power, index.articlesById, date));
  const status: CoverageStatus = reasons.some((r) => r.severity === 'red') ? 'red' : reasons.length > 0 ? 'amber' : 'green';
  return {
    powerId: power.id,
    code: power.code,
    status,
    reasons,
    assignmentId: assignment?.id ?? null,
    departmentId: assignment?.departmentId ?? null,
    aPostIds,
    bPostIds,
    officers,
    eligibleCount,
    required,
    recommended,
  };
}
