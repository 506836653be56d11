/**
 * Who may take an action (the ActorRequirement column of the transition table). This is the legal role in the case —
 * 负责人 approves and decides (第五十四条、第五十七条), two certified investigators act (第四十二条), a 法制审核员
 * reviews (第五十八条), a non-investigator presides (第六十四条); the server still checks permissions and data scope.
 */
import { canEnforce } from '../officers/eligibility.ts';
import type { ActionDefinition } from './actions.ts';
import { actorRef, block, isActiveInvestigator, samePerson, type Finding, type GuardContext } from './guard-kit.ts';
import { ENFORCING_OFFICERS, HEARING_PRESIDER } from './sources.ts';

export function isLeaderInCharge(ctx: GuardContext): boolean {
  const { actor, snapshot } = ctx;
  return actor.roles.includes('leader') && (actor.principal || actor.leaderOf.includes(snapshot.departmentId));
}

function isDepartmentHead(ctx: GuardContext): boolean {
  return ctx.actor.roles.includes('departmentHead') && ctx.actor.headOf.includes(ctx.snapshot.departmentId);
}

/** An assigned, non-recused investigator who may enforce this power today; the finding says why not. */
export function investigatorFinding(ctx: GuardContext, basis = ENFORCING_OFFICERS): Finding | null {
  const { snapshot, actor, today, config } = ctx;
  const me = isActiveInvestigator(snapshot, actorRef(actor));
  if (!me) return block('ACTOR_NOT_INVESTIGATOR', `${actor.name}不是本案承办的执法人员`, basis);
  const e = canEnforce(me.officer, snapshot.enforcementScope, today, config.officerRules);
  if (e.allowed) return null;
  return block(
    'ACTOR_NOT_ELIGIBLE',
    `${actor.name}今日不具备本事项的执法资格：${e.reasons.map((r) => r.message).join('、')}`,
    ENFORCING_OFFICERS,
  );
}

export function checkActor(definition: ActionDefinition, ctx: GuardContext): Finding | null {
  const { actor, snapshot } = ctx;
  const basis = definition.basis;
  switch (definition.actor) {
    case 'leaderInCharge':
      return isLeaderInCharge(ctx)
        ? null
        : block('ACTOR_NOT_LEADER_IN_CHARGE', `“${definition.label}”应由行政机关负责人（局长或分管本科室的局领导）作出或批准`, basis);
    case 'investigator':
      return investigatorFinding(ctx);
    case 'caseManager':
      if (isActiveInvestigator(snapshot, actorRef(actor)) || isDepartmentHead(ctx) || isLeaderInCharge(ctx)) return null;
      return block('ACTOR_NOT_CASE_MANAGER', `“${definition.label}”须由本案承办人员、科室负责人或分管领导办理`, basis);
    case 'assigner':
      if (isDepartmentHead(ctx) || isLeaderInCharge(ctx)) return null;
      return block('ACTOR_NOT_ASSIGNER', `“${definition.label}”须由科室负责人或分管领导决定`, basis);
    case 'legalReviewer':
      return actor.roles.includes('legalReviewer') ? null : block('ACTOR_NOT_LEGAL_REVIEWER', '法制审核须由法制审核员办理', basis);
    case 'hearingOrganiser':
      if (actor.roles.includes('legalReviewer') || isDepartmentHead(ctx) || isLeaderInCharge(ctx)) return null;
      return block('ACTOR_NOT_HEARING_ORGANISER', '听证由法制工作部门组织，或由科室负责人、分管领导安排', basis);
    case 'presider': {
      const presider = snapshot.steps.hearing?.presider ?? null;
      if (presider && samePerson(presider, actorRef(actor))) return null;
      return block('ACTOR_NOT_PRESIDER', `听证须由指定的主持人${presider ? `（${presider.name}）` : ''}主持`, HEARING_PRESIDER);
    }
  }
}
