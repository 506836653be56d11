import { describe, expect, it } from 'vitest';
import { ROLES } from '../identity/roles.ts';
import { SUBJECT_STATUSES, type EnforcementSubject, type SubjectStatus } from './enforcement-subject.ts';
import { checkSubjectTransition, SUBJECT_ACTIONS, SUBJECT_TRANSITIONS, type SubjectTransitionContext } from './subject-status.ts';
import { BUREAU, makeEntrustedSubject, makeStatutorySubject, TODAY } from './subject-fixtures.ts';

const leader: SubjectTransitionContext = { actorRoles: ['leader'], reason: '机构改革，职责划转', entrusting: BUREAU };
const statuses: (SubjectStatus | null)[] = [null, ...SUBJECT_STATUSES];

describe('subject status transitions', () => {
  it.each(SUBJECT_ACTIONS.flatMap((action) => statuses.map((status) => ({ action, status }))))('$action from $status', ({ action, status }) => {
    const r = checkSubjectTransition(makeStatutorySubject({ status }), action, leader, TODAY);
    const allowed = SUBJECT_TRANSITIONS[action].from.includes(status);
    expect(r.ok).toBe(allowed);
    if (r.ok) expect(r.to).toBe(SUBJECT_TRANSITIONS[action].to);
    else expect(r.code).toBe('SUBJECT_TRANSITION_NOT_ALLOWED');
  });

  it('keeps a revoked subject revoked', () => {
    for (const action of SUBJECT_ACTIONS) expect(SUBJECT_TRANSITIONS[action].from).not.toContain('revoked');
  });

  it.each(SUBJECT_ACTIONS.flatMap((action) => ROLES.map((role) => ({ action, role }))))('$action by $role', ({ action, role }) => {
    const subject = makeStatutorySubject({ status: SUBJECT_TRANSITIONS[action].from[0]! });
    const r = checkSubjectTransition(subject, action, { ...leader, actorRoles: [role] }, TODAY);
    expect(r.ok).toBe(role === 'leader');
    if (!r.ok) expect(r.code).toBe('SUBJECT_ROLE_NOT_ALLOWED');
  });

  it.each(['suspend', 'restore', 'revoke'] as const)('requires a reason to %s', (action) => {
    const subject = makeStatutorySubject({ status: SUBJECT_TRANSITIONS[action].from[0]! });
    expect(checkSubjectTransition(subject, action, { ...leader, reason: ' ' }, TODAY)).toMatchObject({ ok: false, code: 'SUBJECT_REASON_REQUIRED' });
    expect(checkSubjectTransition(subject, action, { actorRoles: ['leader'] }, TODAY)).toMatchObject({ ok: false, code: 'SUBJECT_REASON_REQUIRED' });
  });

  it.each<[string, EnforcementSubject, SubjectTransitionContext, string]>([
    ['a sound statutory subject', makeStatutorySubject({ status: null }), { actorRoles: ['leader'] }, 'ok'],
    ['a bad credit code', makeStatutorySubject({ status: null, creditCode: '11320100014349203M' }), leader, 'SUBJECT_CREDIT_CODE_INVALID'],
    ['no legal basis', makeStatutorySubject({ status: null, legalBasis: '  ' }), leader, 'SUBJECT_LEGAL_BASIS_MISSING'],
    ['a sound entrusted organisation', makeEntrustedSubject({ status: null }), leader, 'ok'],
    ['an entrusted organisation without its entrusting body loaded', makeEntrustedSubject({ status: null }), { actorRoles: ['leader'] }, 'SUBJECT_ENTRUSTMENT_INVALID'],
    [
      'an entrusted organisation with an expired term',
      makeEntrustedSubject({ status: null, entrustment: { ...makeEntrustedSubject().entrustment!, termEnd: '2026-05-19' } }),
      leader,
      'SUBJECT_ENTRUSTMENT_INVALID',
    ],
  ])('confirming %s → %s', (_name, subject, context, expected) => {
    const r = checkSubjectTransition(subject, 'confirm', context, TODAY);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });

  it('explains every entrustment defect when refusing to confirm', () => {
    const subject = makeEntrustedSubject({ status: null, entrustment: { entrustingSubjectId: 'bureau', scope: [], termStart: null, termEnd: null } });
    const r = checkSubjectTransition(subject, 'confirm', leader, TODAY);
    expect(r).toMatchObject({ ok: false, reason: '委托书未载明委托事项；委托书未载明委托期限', basis: { article: '第二十条' } });
  });
});
