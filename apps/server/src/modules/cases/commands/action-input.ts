/**
 * What each case action adds to the one generic path: the drafts (or snapshot fields) its input overlays before the
 * domain check, the payload kept on the step row, the case columns it sets, and work done after the check passed
 * (numbers, investigator rows). One entry per action; the law itself stays in packages/domain.
 */
import type { CaseActionBody, SupportedCaseAction } from '@quanze/contracts';
import type { CaseDrafts, CaseSnapshot, ProcedureConfig } from '@quanze/domain';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Tx } from '../../../platform/db.ts';
import type { CaseRow, NewCase } from '../cases.repository.ts';
import type { CaseRecord } from '../snapshot-builder.ts';

export interface ActionContext {
  tx: Tx;
  actor: Actor;
  row: CaseRow;
  record: CaseRecord;
  bureau: { name: string; shortName: string };
  now: Date;
  /** The bureau's procedure configuration with its working-day calendar from the database. */
  config: ProcedureConfig;
}

export interface AfterCheck {
  payload?: Record<string, unknown>;
  set?: Partial<NewCase>;
}

export interface PreparedAction {
  drafts?: Partial<CaseDrafts>;
  snapshot?: Partial<Omit<CaseSnapshot, 'drafts' | 'steps'>>;
  payload: Record<string, unknown>;
  set?: Partial<NewCase>;
  /** Runs inside the transaction once checkAction passed. */
  after?: (c: ActionContext) => Promise<AfterCheck>;
}

export type Preparer<A extends SupportedCaseAction> = (c: ActionContext, input: Omit<CaseActionBody<A>, 'version'>) => Promise<PreparedAction> | PreparedAction;
export type PreparerTable = { [A in SupportedCaseAction]: Preparer<A> };

/** The input (already without its version) as the step payload. */
export function payloadOf(input: object): Record<string, unknown> {
  return { ...input };
}

export function overlay(snapshot: CaseSnapshot, p: PreparedAction): CaseSnapshot {
  return { ...snapshot, ...(p.snapshot ?? {}), drafts: { ...snapshot.drafts, ...(p.drafts ?? {}) } };
}
