/**
 * 转为案件线索: a complaint about a violation becomes a penalty-case lead (案源, source 'complaint') through the cases
 * module's registerLead — same checks (power in force, department the actor may register for), same audit — inside
 * the complaint's transaction (a savepoint), so the link and the lead commit together. The lead's summary names the
 * complaint's reference number; the complaint keeps the case id.
 */
import type { ComplaintActionBody } from '@quanze/contracts';
import type { Actor } from '../../../platform/auth/actor.ts';
import type { Db, Tx } from '../../../platform/db.ts';
import type { Deps } from '../../../platform/deps.ts';
import { registerLead } from '../../cases/index.ts';
import { referenceNumberOf } from '../complaint-snapshot.ts';
import type { ComplaintRow } from '../complaints.table.ts';

export async function openCaseLead(
  deps: Deps,
  tx: Tx,
  actor: Actor,
  row: ComplaintRow,
  body: ComplaintActionBody<'openCaseLead'>,
  ip: string | null,
): Promise<string> {
  // registerLead opens its own transaction; on a transaction drizzle makes that a savepoint of ours.
  const inner: Deps = { ...deps, db: tx as unknown as Db };
  const lead = await registerLead(
    inner,
    actor,
    {
      powerId: body.powerId,
      departmentId: body.departmentId ?? row.departmentId ?? undefined,
      party: { kind: body.party.kind, name: body.party.name, idNumber: null, address: null, birthDate: null, lackedCapacityAtAct: false },
      conduct: 'nonBusiness',
      leadSource: 'complaint',
      leadSummary: `${body.leadSummary}（来源：投诉举报 ${referenceNumberOf(row)}）`.slice(0, 2000),
      leadReceivedAt: row.receivedAt.toISOString(),
      violation: null,
      flags: {
        majorPublicInterest: false,
        complex: false,
        multipleLegalRelations: false,
        majorViolation: false,
        reviewRequiredByLaw: false,
      },
    },
    ip,
  );
  return lead.id;
}
