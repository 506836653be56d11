import type { z } from 'zod';
import type { SubjectDto } from '@quanze/contracts';
import { checkSubjectStanding, SUBJECT_TRANSITIONS, type EnforcementSubject, type SubjectAction, type SubjectStatus } from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import type { historyOf, SubjectRow } from './subjects.repository.ts';

export const toDomainSubject = (s: SubjectRow): EnforcementSubject => ({
  id: s.id,
  name: s.name,
  creditCode: s.creditCode,
  kind: s.kind,
  status: (s.status) ?? null,
  legalBasis: s.legalBasis,
  domains: s.domains,
  entrustment:
    s.kind === 'entrusted'
      ? { entrustingSubjectId: s.entrustingSubjectId, scope: s.entrustmentScope, termStart: s.entrustmentStart, termEnd: s.entrustmentEnd }
      : null,
});

export function subjectAbilities(actor: Actor, s: SubjectRow): string[] {
  if (!actor.permissions.has('subject:manage')) return [];
  const out: string[] = [];
  if (s.status !== 'revoked') out.push('edit');
  for (const [action, t] of Object.entries(SUBJECT_TRANSITIONS) as [SubjectAction, (typeof SUBJECT_TRANSITIONS)[SubjectAction]][]) {
    if (t.from.includes((s.status) ?? null) && actor.roles.some((r) => (t.roles as readonly string[]).includes(r))) out.push(action);
  }
  return out;
}

export function presentSubject(actor: Actor, s: SubjectRow, names: Map<string, SubjectRow>, history: Awaited<ReturnType<typeof historyOf>>, today: string): z.infer<typeof SubjectDto> {
  const entrusting = s.entrustingSubjectId ? (names.get(s.entrustingSubjectId) ?? null) : null;
  return {
    id: s.id,
    name: s.name,
    creditCode: s.creditCode,
    kind: s.kind,
    status: (s.status) ?? null,
    legalBasis: s.legalBasis,
    domains: s.domains,
    entrustingSubjectId: s.entrustingSubjectId,
    entrustingSubjectName: entrusting?.name ?? null,
    entrustmentScope: s.entrustmentScope,
    entrustmentStart: s.entrustmentStart,
    entrustmentEnd: s.entrustmentEnd,
    isBureauItself: s.isBureauItself,
    problems: checkSubjectStanding(toDomainSubject(s), entrusting ? { id: entrusting.id, kind: entrusting.kind, status: (entrusting.status) ?? null } : null, today),
    history: (history.get(s.id) ?? []).map((h) => ({
      action: h.action as SubjectAction,
      from: (h.fromStatus as SubjectStatus | null) ?? null,
      to: h.toStatus as SubjectStatus,
      reason: h.reason,
      decidedOn: h.decidedOn,
      actorName: h.actorName,
      at: h.at.toISOString(),
    })),
    version: s.version,
    abilities: subjectAbilities(actor, s),
  };
}
