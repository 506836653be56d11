import { describe, expect, it } from 'vitest';
import { ROLES } from '../identity/roles.ts';
import { evaluateAnnualReview } from './annual-review.ts';
import { CERTIFICATE_STATUSES, nextReviewYear, type Certificate, type CertificateStatus } from './certificate.ts';
import {
  CERTIFICATE_ACTIONS,
  CERTIFICATE_TRANSITIONS,
  checkCertificateApplication,
  checkCertificateTransition,
  defaultValidTo,
  type CertificateAction,
  type CertificateActorKind,
  type CertificateIssueDetails,
  type CertificateTransitionContext,
} from './certificate-transitions.ts';
import { CONFIG, makeCertificate, TODAY } from './officer-fixtures.ts';

const ISSUE: CertificateIssueDetails = {
  number: '32010026000007',
  issuingAuthority: '南京市人民政府',
  categories: ['LS'],
  areas: ['320100'],
  validFrom: '2026-05-20',
  validTo: '2031-05-19',
};

const passedReview = (cert: Certificate) =>
  evaluateAnnualReview({ year: nextReviewYear(cert) ?? 0, trainings: [{ id: 't', course: '行政处罚法', hours: 60, date: `${nextReviewYear(cert)}-03-01`, examScore: 90 }], disciplines: [] }, CONFIG);

/** A context and date that satisfy every guard except the state and the actor, which the tests vary. */
function goodCase(action: CertificateAction, cert: Certificate, actor: CertificateActorKind): { context: CertificateTransitionContext; date: string } {
  const context: CertificateTransitionContext = {
    actor: actor === 'system' ? 'system' : { roles: [actor] },
    reason: '调离执法岗位',
    holder: { employmentType: 'civilServant' },
    issue: ISSUE,
    review: passedReview(cert),
  };
  return { context, date: action === 'expire' ? '2030-01-01' : TODAY };
}

const firstActor = (action: CertificateAction) => CERTIFICATE_TRANSITIONS[action].actors[0]!;

describe('certificate transition table: every action from every status', () => {
  const cases = CERTIFICATE_ACTIONS.flatMap((action) => CERTIFICATE_STATUSES.map((status) => ({ action, status })));
  it.each(cases)('$action from $status', ({ action, status }) => {
    const cert = makeCertificate({ status });
    const { context, date } = goodCase(action, cert, firstActor(action));
    const r = checkCertificateTransition(cert, action, context, date, CONFIG);
    const allowed = CERTIFICATE_TRANSITIONS[action].from.includes(status);
    expect(r.ok).toBe(allowed);
    if (r.ok) {
      expect(r.to).toBe(CERTIFICATE_TRANSITIONS[action].to);
      expect(r.patch.status).toBe(r.to);
    } else {
      expect(r.code).toBe('CERTIFICATE_TRANSITION_NOT_ALLOWED');
      expect(r.basis.law).toBeTruthy();
    }
  });

  it('leaves revoked, cancelled and expired certificates final', () => {
    const final: CertificateStatus[] = ['revoked', 'cancelled', 'expired'];
    for (const action of CERTIFICATE_ACTIONS) for (const s of final) expect(CERTIFICATE_TRANSITIONS[action].from).not.toContain(s);
  });
});

describe('who may take each action', () => {
  const actors: CertificateActorKind[] = [...ROLES, 'system'];
  const cases = CERTIFICATE_ACTIONS.flatMap((action) => actors.map((actor) => ({ action, actor })));
  it.each(cases)('$action by $actor', ({ action, actor }) => {
    const status = CERTIFICATE_TRANSITIONS[action].from[0]!;
    const cert = makeCertificate({ status });
    const { context, date } = goodCase(action, cert, actor);
    const r = checkCertificateTransition(cert, action, context, date, CONFIG);
    const allowed = CERTIFICATE_TRANSITIONS[action].actors.includes(actor);
    expect(r.ok).toBe(allowed);
    if (!r.ok) expect(r.code).toBe('CERTIFICATE_ACTOR_NOT_ALLOWED');
  });

  it('never lets one of the three administrators act on a certificate', () => {
    for (const action of CERTIFICATE_ACTIONS) {
      for (const admin of ['systemAdmin', 'securityAdmin', 'auditAdmin'] as const) expect(CERTIFICATE_TRANSITIONS[action].actors).not.toContain(admin);
    }
  });
});

describe('reasons', () => {
  const needing = CERTIFICATE_ACTIONS.filter((a) => CERTIFICATE_TRANSITIONS[a].reasonRequired);
  it('covers failReview, suspend, restore, revoke and cancel', () => {
    expect(needing.sort()).toEqual(['cancel', 'failReview', 'restore', 'revoke', 'suspend']);
  });
  it.each(needing.flatMap((action) => [null, '', '   '].map((reason) => ({ action, reason }))))('$action refuses reason "$reason"', ({ action, reason }) => {
    const cert = makeCertificate({ status: CERTIFICATE_TRANSITIONS[action].from[0]! });
    const { context, date } = goodCase(action, cert, firstActor(action));
    const r = checkCertificateTransition(cert, action, { ...context, reason }, date, CONFIG);
    expect(r).toMatchObject({ ok: false, code: 'CERTIFICATE_REASON_REQUIRED' });
  });
});

describe('action guards', () => {
  const leader = { roles: ['leader'] as const };
  const supervisor = { roles: ['supervisor'] as const };
  const examPassed = makeCertificate({ status: 'examPassed', number: null, validFrom: null, validTo: null, lastReviewedYear: null, categories: [], areas: [] });

  it('issues with the printed details as the patch', () => {
    const r = checkCertificateTransition(examPassed, 'issue', { actor: leader, holder: { employmentType: 'civilServantManaged' }, issue: ISSUE }, TODAY, CONFIG);
    expect(r).toEqual({ ok: true, to: 'valid', patch: { status: 'valid', ...ISSUE } });
  });

  it.each(['contract', 'dispatched'] as const)('refuses to issue to %s staff, citing the bar', (employmentType) => {
    const r = checkCertificateTransition(examPassed, 'issue', { actor: leader, holder: { employmentType }, issue: ISSUE }, TODAY, CONFIG);
    expect(r).toMatchObject({ ok: false, code: 'CERTIFICATE_HOLDER_NOT_ELIGIBLE' });
    if (!r.ok) expect(r.basis.note).toContain('劳务派遣');
  });

  it('refuses to issue without the holder or the details', () => {
    expect(checkCertificateTransition(examPassed, 'issue', { actor: leader, issue: ISSUE }, TODAY, CONFIG)).toMatchObject({ code: 'CERTIFICATE_HOLDER_NOT_ELIGIBLE' });
    expect(checkCertificateTransition(examPassed, 'issue', { actor: leader, holder: { employmentType: 'civilServant' } }, TODAY, CONFIG)).toMatchObject({
      code: 'CERTIFICATE_ISSUE_DETAILS_INVALID',
    });
  });

  it.each([
    [{ number: ' ' }, '证件编号'],
    [{ issuingAuthority: '' }, '发证机关'],
    [{ categories: [] }, '执法类别'],
    [{ areas: [] }, '执法区域'],
    [{ validTo: '2026-05-01' }, '早于起始日'],
    [{ validFrom: '2020-01-01', validTo: '2026-05-19' }, '已届满'],
    [{ validTo: '2026-02-30' }, '格式'],
  ])('refuses issue details %o (%s)', (patch, text) => {
    const r = checkCertificateTransition(examPassed, 'issue', { actor: leader, holder: { employmentType: 'civilServant' }, issue: { ...ISSUE, ...patch } }, TODAY, CONFIG);
    expect(r).toMatchObject({ ok: false, code: 'CERTIFICATE_ISSUE_DETAILS_INVALID' });
    if (!r.ok) expect(r.reason).toContain(text);
  });

  it('caps the validity at the configured number of years when one is set', () => {
    const fiveYears = { ...CONFIG, certificateValidityYears: 5 };
    expect(defaultValidTo('2026-05-20', fiveYears)).toBe('2031-05-19');
    expect(defaultValidTo('2026-05-20', CONFIG)).toBeNull();
    const ctx = { actor: leader, holder: { employmentType: 'civilServant' as const } };
    expect(checkCertificateTransition(examPassed, 'issue', { ...ctx, issue: ISSUE }, TODAY, fiveYears).ok).toBe(true);
    const tooLong = checkCertificateTransition(examPassed, 'issue', { ...ctx, issue: { ...ISSUE, validTo: '2031-05-20' } }, TODAY, fiveYears);
    expect(tooLong).toMatchObject({ ok: false, code: 'CERTIFICATE_ISSUE_DETAILS_INVALID' });
  });

  it('passes a review only for the next year due, once the outcome passed, and records the year', () => {
    const cert = makeCertificate({ lastReviewedYear: 2024 });
    const ok = checkCertificateTransition(cert, 'passReview', { actor: supervisor, review: passedReview(cert) }, TODAY, CONFIG);
    expect(ok).toEqual({ ok: true, to: 'valid', patch: { status: 'valid', lastReviewedYear: 2025 } });
    const skip = { ...passedReview(cert), year: 2026 };
    expect(checkCertificateTransition(cert, 'passReview', { actor: supervisor, review: skip }, TODAY, CONFIG)).toMatchObject({ code: 'CERTIFICATE_REVIEW_YEAR_INVALID' });
    const failed = evaluateAnnualReview({ year: 2025, trainings: [], disciplines: [] }, CONFIG);
    const r = checkCertificateTransition(cert, 'passReview', { actor: supervisor, review: failed }, TODAY, CONFIG);
    expect(r).toMatchObject({ ok: false, code: 'CERTIFICATE_REVIEW_NOT_PASSED' });
    if (!r.ok) expect(r.reason).toContain('未达到60学时');
    expect(checkCertificateTransition(cert, 'passReview', { actor: supervisor }, TODAY, CONFIG)).toMatchObject({ code: 'CERTIFICATE_REVIEW_NOT_PASSED' });
  });

  it('refuses to review a year that has not begun', () => {
    const cert = makeCertificate({ lastReviewedYear: 2026 });
    const review = { ...passedReview(cert), year: 2027 };
    expect(checkCertificateTransition(cert, 'passReview', { actor: supervisor, review }, TODAY, CONFIG)).toMatchObject({ code: 'CERTIFICATE_REVIEW_YEAR_INVALID' });
  });

  it('restores a suspended certificate only while it is within its validity', () => {
    const cert = makeCertificate({ status: 'suspended', validTo: '2026-05-19' });
    const ctx = { actor: supervisor, reason: '处分期满', holder: { employmentType: 'civilServant' as const } };
    expect(checkCertificateTransition(cert, 'restore', ctx, '2026-05-19', CONFIG).ok).toBe(true);
    expect(checkCertificateTransition(cert, 'restore', ctx, TODAY, CONFIG)).toMatchObject({ code: 'CERTIFICATE_ALREADY_EXPIRED' });
    expect(checkCertificateTransition(cert, 'restore', { ...ctx, holder: { employmentType: 'dispatched' } }, '2026-05-19', CONFIG)).toMatchObject({
      code: 'CERTIFICATE_HOLDER_NOT_ELIGIBLE',
    });
  });

  it('expires a certificate only after its last valid day', () => {
    const cert = makeCertificate({ validTo: '2026-05-20' });
    expect(checkCertificateTransition(cert, 'expire', { actor: 'system' }, '2026-05-20', CONFIG)).toMatchObject({ code: 'CERTIFICATE_NOT_YET_EXPIRED' });
    expect(checkCertificateTransition(cert, 'expire', { actor: 'system' }, '2026-05-21', CONFIG).ok).toBe(true);
    expect(checkCertificateTransition(makeCertificate({ validTo: null }), 'expire', { actor: 'system' }, TODAY, CONFIG)).toMatchObject({ code: 'CERTIFICATE_NOT_YET_EXPIRED' });
  });
});

describe('applying for a certificate', () => {
  it.each([
    [{ employmentType: 'civilServant', certificate: null }, ['departmentHead'], 'ok'],
    [{ employmentType: 'publicInstitution', certificate: { status: 'cancelled' } }, ['supervisor'], 'ok'],
    [{ employmentType: 'civilServant', certificate: null }, ['officer'], 'CERTIFICATE_ACTOR_NOT_ALLOWED'],
    [{ employmentType: 'contract', certificate: null }, ['departmentHead'], 'CERTIFICATE_HOLDER_NOT_ELIGIBLE'],
    [{ employmentType: 'dispatched', certificate: null }, ['departmentHead'], 'CERTIFICATE_HOLDER_NOT_ELIGIBLE'],
    [{ employmentType: 'civilServant', certificate: { status: 'suspended' } }, ['departmentHead'], 'CERTIFICATE_ALREADY_HELD'],
  ] as const)('%o by %o → %s', (officer, roles, expected) => {
    const r = checkCertificateApplication(officer, roles, CONFIG);
    expect(r.ok ? 'ok' : r.code).toBe(expected);
  });
});
