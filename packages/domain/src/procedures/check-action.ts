/**
 * checkAction(case, action, actor, now, config) → ok (with the next state and any alerts) | { code, reason, basis }:
 * the transition table says whether the action belongs to the state, the actor check says who, the action's guard
 * says whether the law allows it now. availableActions runs it for every action the state lists — the UI's buttons,
 * disabled ones with the reason and the article.
 */
import { toLocalDate } from '../calendar/local-date.ts';
import type { Citation } from '../citation.ts';
import { actionDefinition, actionsFrom, type CaseActionName } from './actions.ts';
import { checkActor } from './actors.ts';
import type { ProcedureCode } from './codes.ts';
import { DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig } from './config.ts';
import type { CaseActor, Finding, GuardContext } from './guard-kit.ts';
import { ACTION_GUARDS } from './guards/index.ts';
import { withTeamFindings } from './guards/team.ts';
import type { CaseSnapshot } from './snapshot.ts';
import { GENERAL_PROCEDURE_ORDER, SIMPLE_PROCEDURE_ORDER } from './sources.ts';
import { CASE_STATE_LABELS, PROCEDURE_LABELS, type CaseProcedure, type CaseState } from './states.ts';

export interface GuardIssue {
  code: ProcedureCode;
  reason: string;
  basis: Citation;
  suggestedAction?: CaseActionName;
}

export interface GuardRefusal extends GuardIssue {
  ok: false;
  /** Every other reason the action is refused, so the user sees all that must change. */
  others: GuardIssue[];
  warnings: GuardIssue[];
}

export interface GuardPass {
  ok: true;
  /** State and procedure after the action. */
  to: CaseState;
  procedure: CaseProcedure | null;
  /** Alerts that do not block (a late service, a provisional calendar year …); record them with the step. */
  warnings: GuardIssue[];
}

export type GuardResult = GuardPass | GuardRefusal;

/** Actions that fix the procedure of a lead. */
export const PROCEDURE_SET_BY: Partial<Record<CaseActionName, CaseProcedure>> = { fileCase: 'general', decideOnTheSpot: 'simple' };

const issue = ({ code, reason, basis, suggestedAction }: Finding): GuardIssue =>
  suggestedAction ? { code, reason, basis, suggestedAction } : { code, reason, basis };

function refusal(first: GuardIssue, others: GuardIssue[] = [], warnings: GuardIssue[] = []): GuardRefusal {
  return { ok: false, ...first, others, warnings };
}

export function checkAction(
  snapshot: CaseSnapshot,
  action: CaseActionName,
  actor: CaseActor,
  now: Date,
  config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG,
): GuardResult {
  const def = actionDefinition(action);
  const order = snapshot.procedure === 'simple' ? SIMPLE_PROCEDURE_ORDER : GENERAL_PROCEDURE_ORDER;
  if (!def.from.includes(snapshot.state)) {
    return refusal({ code: 'INVALID_STATE', reason: `案件处于“${CASE_STATE_LABELS[snapshot.state]}”，不能${def.label}`, basis: order });
  }
  if (def.procedure !== 'either' && snapshot.procedure !== null && def.procedure !== snapshot.procedure) {
    return refusal({ code: 'WRONG_PROCEDURE', reason: `“${def.label}”不适用于${PROCEDURE_LABELS[snapshot.procedure]}案件`, basis: order });
  }
  const ctx: GuardContext = { snapshot, actor, now, today: toLocalDate(now), config };
  const own: Finding[] = [];
  const who = checkActor(def, ctx);
  if (who) own.push(who);
  own.push(...ACTION_GUARDS[action](ctx));
  const findings = withTeamFindings(action, ctx, own);
  const blocks = findings.filter((f) => f.level === 'block').map(issue);
  const warnings = findings.filter((f) => f.level === 'warn').map(issue);
  const [first, ...others] = blocks;
  if (first) return refusal(first, others, warnings);
  return { ok: true, to: def.to ?? snapshot.state, procedure: PROCEDURE_SET_BY[action] ?? snapshot.procedure, warnings };
}

export type ActionAvailability =
  | { action: CaseActionName; label: string; allowed: true; to: CaseState; warnings: GuardIssue[] }
  | {
      action: CaseActionName;
      label: string;
      allowed: false;
      code: ProcedureCode;
      reason: string;
      basis: Citation;
      suggestedAction?: CaseActionName;
      others: GuardIssue[];
    };

/** Every action the transition table lists for the case's state, each allowed or with its blocking reason. */
export function availableActions(
  snapshot: CaseSnapshot,
  actor: CaseActor,
  now: Date,
  config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG,
): ActionAvailability[] {
  return actionsFrom(snapshot.state, snapshot.procedure).map((action) => {
    const label = actionDefinition(action).label;
    const r = checkAction(snapshot, action, actor, now, config);
    if (r.ok) return { action, label, allowed: true, to: r.to, warnings: r.warnings };
    const { code, reason, basis, suggestedAction, others } = r;
    return suggestedAction
      ? { action, label, allowed: false, code, reason, basis, suggestedAction, others }
      : { action, label, allowed: false, code, reason, basis, others };
  });
}
