/**
 * The investigating team after the investigation started: recusal requests (第四十三条 — by the party, by an officer,
 * or by the person himself; decided by the head, investigation not stopped meanwhile), changes of the team by the
 * department head or the leader in charge, and the rule that a case whose team fell below two eligible officers
 * (第四十二条) does not proceed until it is made up again.
 */
import { canEnforce } from '../../officers/eligibility.ts';
import type { CaseActionName } from '../actions.ts';
import {
  actorRef,
  block,
  investigatorRef,
  isActiveInvestigator,
  isBlank,
  recusalOf,
  samePerson,
  twoOfficerFinding,
  type Finding,
  type Guard,
  type GuardContext,
} from '../guard-kit.ts';
import type { RecusalRole } from '../snapshot.ts';
import { ENFORCING_OFFICERS, HEARING_PRESIDER, RECUSAL } from '../sources.ts';

export const RECUSAL_ROLE_LABELS: Record<RecusalRole, string> = { investigator: '承办执法人员', presider: '听证主持人', reviewer: '法制审核人员' };

export const requestRecusal: Guard = (ctx) => {
  const { snapshot, actor } = ctx;
  const r = snapshot.drafts.recusalRequest;
  if (r === null) return [block('RECUSAL_REQUEST_MISSING', '请填写申请回避的人员、身份和理由', RECUSAL)];
  const findings: Finding[] = [];
  if (isBlank(r.reason)) findings.push(block('RECUSAL_REASON_MISSING', '回避申请须写明理由（利害关系或其他可能影响公正执法的关系）', RECUSAL));
  if (r.role === 'investigator' && !isActiveInvestigator(snapshot, r.person)) {
    findings.push(block('RECUSAL_PERSON_NOT_IN_ROLE', `${r.person.name}不是本案在办的承办执法人员`, RECUSAL));
  }
  if (r.role === 'presider') {
    const presider = snapshot.steps.hearing?.presider ?? null;
    if (!presider || !samePerson(presider, r.person)) {
      findings.push(block('RECUSAL_PERSON_NOT_IN_ROLE', `${r.person.name}不是本案指定的听证主持人`, HEARING_PRESIDER));
    }
  }
  if (r.requestedBy === 'self' && !samePerson(r.person, actorRef(actor))) {
    findings.push(block('RECUSAL_NOT_SELF', `自行回避须由${r.person.name}本人提出`, RECUSAL));
  }
  const standing = recusalOf(snapshot, r.person, r.role);
  if (standing === 'pending' || standing === 'granted') {
    const what = standing === 'pending' ? '已有待决定的回避申请' : '已决定回避';
    findings.push(block('RECUSAL_ALREADY_REQUESTED', `${r.person.name}作为${RECUSAL_ROLE_LABELS[r.role]}${what}`, RECUSAL));
  }
  return findings;
};

/** The snapshot's investigators are already the new team; the draft says who was added and who taken off. */
export const assignInvestigators: Guard = (ctx) => {
  const { snapshot, today, config } = ctx;
  const change = snapshot.drafts.investigatorChange;
  if (change === null) return [block('INVESTIGATOR_CHANGE_MISSING', '请选择增加或更换的承办执法人员', ENFORCING_OFFICERS)];
  const findings: Finding[] = [];
  if (change.added.length === 0 && change.removed.length === 0) {
    findings.push(block('INVESTIGATOR_CHANGE_MISSING', '请选择增加或更换的承办执法人员', ENFORCING_OFFICERS));
  }
  if (isBlank(change.reason)) findings.push(block('INVESTIGATOR_CHANGE_REASON_MISSING', '调整承办人员须写明理由', ENFORCING_OFFICERS));
  for (const i of change.added) {
    if (recusalOf(snapshot, investigatorRef(i), 'investigator') === 'granted') {
      findings.push(block('OFFICER_RECUSED', `${i.officer.name}已决定回避，不得再承办本案`, RECUSAL));
      continue;
    }
    const e = canEnforce(i.officer, snapshot.enforcementScope, today, config.officerRules);
    if (!e.allowed) {
      findings.push(
        block('OFFICER_NOT_ELIGIBLE', `${i.officer.name}今日不具备本事项的执法资格：${e.reasons.map((x) => x.message).join('、')}`, ENFORCING_OFFICERS),
      );
    }
  }
  const team = twoOfficerFinding(ctx);
  if (team) findings.push(team);
  return findings;
};

/**
 * Actions that carry the general procedure forward: once the investigation has started, each needs at least two
 * active investigators eligible today — after a granted recusal the team must be made up first.
 */
const TEAM_REQUIRED: ReadonlySet<CaseActionName> = new Set<CaseActionName>([
  'submitInvestigationReport',
  'reopenInvestigation',
  'completeLegalReview',
  'returnLegalReview',
  'recordCollectiveDiscussion',
  'servePriorNotice',
  'recordStatementAndDefence',
  'recordStatementWaiver',
  'requestHearing',
  'recordHearingWaiver',
  'serveHearingNotice',
  'holdHearing',
  'recordHearingWithdrawal',
  'decide',
  'decideNoPenalty',
  'serveDecision',
]);

export function withTeamFindings(action: CaseActionName, ctx: GuardContext, findings: readonly Finding[]): Finding[] {
  const { snapshot } = ctx;
  if (!TEAM_REQUIRED.has(action) || snapshot.procedure !== 'general' || snapshot.steps.investigationStartedAt === null) return [...findings];
  const own = findings.some((f) => f.code === 'TWO_OFFICER_RULE') ? [] : [twoOfficerFinding(ctx)].flatMap((f) => (f ? [f] : []));
  return [...findings, ...own].map((f) =>
    f.code === 'TWO_OFFICER_RULE' && !f.suggestedAction ? { ...f, reason: `${f.reason}；请先调整承办人员`, suggestedAction: 'assignInvestigators' } : f,
  );
}
