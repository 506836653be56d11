/**
 * Whether a decision may be published at all (SECURITY.md §3, battery item 26). Never: the party is a minor (at the
 * act or now), the case is flagged for privacy, state or commercial secrets, or publication would endanger security;
 * a decision no longer in force is withdrawn, not published. Warning-only decisions are left out when the bureau
 * says so (default: left out, after the SAMR rule). Every reason found is returned, so the editor sees all of them.
 */
import type { Citation } from '../citation.ts';
import type { LocalDate } from '../calendar/local-date.ts';
import { hasReachedAge } from '../penalties/party.ts';
import type { PartyKind, Penalty } from '../penalties/penalty.ts';
import type { RuleRefusal } from '../penalties/rule-check.ts';
import type { PublicationResultType } from './publication-clocks.ts';
import {
  MINORS,
  NO_PRIVACY,
  NO_SECRETS,
  PROACTIVE_LICENCE_RESULTS,
  PROACTIVE_PENALTY_DECISIONS,
  PUBLICATION_20WD,
  PUBLICATION_7WD,
  PUBLISH_DECISIONS,
  SIMPLE_PROCEDURE_EXCLUDED,
  WARNING_ONLY,
  WITHDRAW_ALTERED,
} from './sources.ts';
import type { PublicationWithdrawalGround } from './withdrawal.ts';

export interface PublicationFlags {
  /** Set by the case handler: the case concerns a minor (as party, or otherwise identifiably). */
  minor?: boolean;
  /** 个人隐私 central to the case (health, family matters …). */
  privacy?: boolean;
  stateSecret?: boolean;
  commercialSecret?: boolean;
  /** Publication could endanger national, public or economic security or social stability. */
  securityRisk?: boolean;
}

export interface PublicationCandidate {
  resultType: PublicationResultType;
  /** 'inForce', or the ground on which the decision stopped being in force. */
  status: 'inForce' | PublicationWithdrawalGround;
  party: { kind: PartyKind; birthDate: LocalDate | null };
  /** Date of the act (the violation); null when unknown or not applicable (licences). */
  actDate: LocalDate | null;
  penalty: Penalty | null;
  flags: PublicationFlags;
  /** A penalty decided on the spot under the simple procedure (第五十一条); absent = general procedure. */
  simpleProcedure?: boolean;
}

export interface PublicationPolicy {
  excludeWarningOnly: boolean;
  /** A citizen party whose birth date is not on file: refuse (default, cannot rule out a minor) or allow. */
  citizenWithUnknownAge: 'refuse' | 'allow';
  /** Bureau policy: 简易程序 decisions are not published (default false: no verified rule excludes them). */
  excludeSimpleProcedure?: boolean;
}

export const DEFAULT_PUBLICATION_POLICY: PublicationPolicy = { excludeWarningOnly: true, citizenWithUnknownAge: 'refuse' };

export type PublishCode =
  | 'PARTY_IS_MINOR'
  | 'PARTY_AGE_UNKNOWN'
  | 'PRIVACY'
  | 'STATE_SECRET'
  | 'COMMERCIAL_SECRET'
  | 'SECURITY_RISK'
  | 'WARNING_ONLY'
  | 'SIMPLE_PROCEDURE'
  | 'NOT_IN_FORCE';

export type PublishCheck = { ok: true; basis: Citation[] } | (RuleRefusal<PublishCode> & { refusals: RuleRefusal<PublishCode>[] });

const PUBLICATION_BASIS: Record<PublicationResultType, Citation[]> = {
  penalty: [PUBLISH_DECISIONS, PROACTIVE_PENALTY_DECISIONS, PUBLICATION_7WD],
  licence: [PROACTIVE_LICENCE_RESULTS, PUBLICATION_7WD],
  other: [PUBLICATION_20WD],
};

const refusal = (code: PublishCode, reason: string, basis: Citation): RuleRefusal<PublishCode> => ({ ok: false, code, reason, basis });

function minorRefusals(c: PublicationCandidate, onDate: LocalDate, policy: PublicationPolicy): RuleRefusal<PublishCode>[] {
  if (c.flags.minor) return [refusal('PARTY_IS_MINOR', '案件涉及未成年人，不予公开', MINORS)];
  if (c.party.kind !== 'citizen') return [];
  const birth = c.party.birthDate;
  if (birth === null) {
    return policy.citizenWithUnknownAge === 'refuse'
      ? [refusal('PARTY_AGE_UNKNOWN', '当事人出生日期不明，无法排除未成年人，暂不公开', MINORS)]
      : [];
  }
  const minorAtAct = c.actDate !== null && !hasReachedAge(birth, 18, c.actDate);
  if (minorAtAct || !hasReachedAge(birth, 18, onDate)) {
    const when = minorAtAct ? '实施违法行为时' : '公开时';
    return [refusal('PARTY_IS_MINOR', `当事人${when}未满十八周岁，不予公开`, MINORS)];
  }
  return [];
}

export function checkPublishable(
  candidate: PublicationCandidate,
  onDate: LocalDate,
  policy: PublicationPolicy = DEFAULT_PUBLICATION_POLICY,
): PublishCheck {
  const refusals: RuleRefusal<PublishCode>[] = [];
  if (candidate.status !== 'inForce') {
    refusals.push(refusal('NOT_IN_FORCE', '决定已被变更、撤销、确认违法或确认无效，应撤回而非公开', WITHDRAW_ALTERED));
  }
  refusals.push(...minorRefusals(candidate, onDate, policy));
  const f = candidate.flags;
  if (f.privacy) refusals.push(refusal('PRIVACY', '涉及个人隐私，不予公开', NO_PRIVACY));
  if (f.stateSecret) refusals.push(refusal('STATE_SECRET', '涉及国家秘密，不予公开', NO_SECRETS));
  if (f.commercialSecret) refusals.push(refusal('COMMERCIAL_SECRET', '涉及商业秘密，不予公开', NO_PRIVACY));
  if (f.securityRisk) refusals.push(refusal('SECURITY_RISK', '公开后可能危及国家安全、公共安全、经济安全或社会稳定，不予公开', NO_SECRETS));
  const penalty = candidate.penalty;
  const warningOnly = penalty !== null && penalty.length > 0 && penalty.every((s) => s.kind === 'warning');
  if (policy.excludeWarningOnly && candidate.resultType === 'penalty' && warningOnly) {
    refusals.push(refusal('WARNING_ONLY', '仅给予警告的处罚决定按本局规定不予公开', WARNING_ONLY));
  }
  if (policy.excludeSimpleProcedure && candidate.resultType === 'penalty' && candidate.simpleProcedure) {
    refusals.push(refusal('SIMPLE_PROCEDURE', '简易程序（当场）作出的处罚决定按本局规定不予公开', SIMPLE_PROCEDURE_EXCLUDED));
  }
  const [first] = refusals;
  if (first) return { ...first, refusals };
  return { ok: true, basis: PUBLICATION_BASIS[candidate.resultType] };
}
