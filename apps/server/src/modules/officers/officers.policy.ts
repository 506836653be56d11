import {
  CERTIFICATE_ACTIONS,
  CERTIFICATE_TRANSITIONS,
  checkCertificateApplication,
  type CertificateAction,
  type EmploymentType,
} from '@quanze/domain';
import { inScope, type Actor } from '../../platform/auth/actor.ts';
import { officerRules } from './officers.config.ts';
import type { CertificateRow, OfficerRow } from './officers.repository.ts';

const asRecord = (o: Pick<OfficerRow, 'bureauId' | 'departmentId' | 'userId'>) => ({ bureauId: o.bureauId, departmentId: o.departmentId, ownerId: o.userId });

/** An officer file is visible within the actor's data scope (an officer sees their own); otherwise 404. */
export function canSeeOfficer(actor: Actor, o: Pick<OfficerRow, 'bureauId' | 'departmentId' | 'userId'>): boolean {
  return actor.permissions.has('officer:read') && inScope(actor, asRecord(o));
}

export function canManageOfficer(actor: Actor, o: Pick<OfficerRow, 'bureauId' | 'departmentId' | 'userId'>): boolean {
  return actor.permissions.has('officer:manage') && actor.scope !== 'self' && inScope(actor, asRecord(o));
}

export type OfficerAbility = 'edit' | 'leave' | 'addTraining' | 'addRecord' | 'addCommitment' | 'applyCertificate' | 'reveal' | 'uploadPhoto';

export function officerAbilities(actor: Actor, o: OfficerRow & { employmentType: EmploymentType }, current: Pick<CertificateRow, 'status'> | null): OfficerAbility[] {
  if (!canSeeOfficer(actor, o)) return [];
  const out: OfficerAbility[] = [];
  if (actor.permissions.has('pii:reveal')) out.push('reveal');
  if (!canManageOfficer(actor, o) || o.status !== 'active') return out;
  out.push('edit', 'leave', 'addTraining', 'addRecord', 'addCommitment', 'uploadPhoto');
  const application = checkCertificateApplication(
    { employmentType: o.employmentType, certificate: current ? { status: current.status } : null },
    actor.roles,
    officerRules,
  );
  if (application.ok) out.push('applyCertificate');
  return out;
}

/**
 * Actions the actor may try on this certificate now: state and role from the domain's transition table, plus data
 * scope. The action's own conditions (review hours, expiry date …) are checked when it is taken, with the reason.
 */
export function certificateAbilities(actor: Actor, officer: OfficerRow, cert: CertificateRow): CertificateAction[] {
  if (!canSeeOfficer(actor, officer) || actor.scope === 'self') return [];
  return CERTIFICATE_ACTIONS.filter((a) => {
    const t = CERTIFICATE_TRANSITIONS[a];
    return t.from.includes(cert.status) && actor.roles.some((r) => t.actors.includes(r));
  });
}
