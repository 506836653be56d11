/**
 * 回避 (信访工作条例 第二十八条第三款): the staff member a complaint is about neither handles it nor takes a step on it.
 * Not a rule: their direct leader in the same department may still handle it (no source says otherwise).
 */
import { describe, expect, it } from 'vitest';
import { citationForDisplay } from '../citation-display.ts';
import { checkComplaintAction, type ComplaintCheck } from './check-action.ts';
import { makeComplaint } from './complaint-fixtures.ts';
import { recusalIssue } from './recusal.ts';
import type { ComplaintCommand } from './snapshot.ts';

const refusal = (r: ComplaintCheck) => (r.ok ? null : { code: r.code, reason: r.reason, article: r.basis.article, law: r.basis.law });
const REPLY = '经调查核实，投诉人反映执法人员未出示执法证件的情况属实，已责令改正并对相关人员批评教育。';
// The fixture's complaint is about officer-zhang (officers.id); user-zhang is the same person's account.
const ZHANG = ['user-zhang', 'officer-zhang'];
const LI = ['user-li', 'officer-li'];
const RECUSAL = { code: 'HANDLER_HAS_INTEREST', law: '信访工作条例', article: '第二十八条第三款' };

describe('assignment of the person complained about', () => {
  const assign = (officerIds: readonly string[]): ComplaintCommand => ({
    action: 'assign',
    on: '2026-09-26',
    departmentId: 'dept-a',
    officerIds,
  });

  it('is refused with the reason and 第二十八条第三款, whichever of their ids names them', () => {
    for (const ids of [['officer-zhang'], ZHANG]) {
      const r = refusal(checkComplaintAction(makeComplaint('accepted'), assign(ids)));
      expect(r).toMatchObject(RECUSAL);
      expect(r!.reason).toContain('被反映人');
      expect(r!.reason).toContain('回避');
    }
    // Named by account only (a staff member without an officer record).
    const byUser = makeComplaint('accepted', { subjectOfficerIds: ['user-wang'] });
    expect(refusal(checkComplaintAction(byUser, assign(['user-wang'])))).toMatchObject(RECUSAL);
  });

  it('is refused as a reassignment too, while anyone else may be assigned or reassigned', () => {
    expect(refusal(checkComplaintAction(makeComplaint('assigned'), assign(ZHANG)))).toMatchObject(RECUSAL);
    expect(checkComplaintAction(makeComplaint('accepted'), assign(LI))).toMatchObject({ ok: true, to: 'assigned' });
    expect(checkComplaintAction(makeComplaint('assigned'), assign(['user-wu']))).toMatchObject({ ok: true, to: 'assigned' });
  });

  it('is allowed when nobody is named (反映对象 only as free text)', () => {
    expect(checkComplaintAction(makeComplaint('accepted', { subjectOfficerIds: [] }), assign(ZHANG)).ok).toBe(true);
  });
});

describe('steps taken by the person complained about', () => {
  const cases: [Parameters<typeof makeComplaint>[0], ComplaintCommand][] = [
    ['received', { action: 'accept', on: '2026-09-25', noticeServedOn: '2026-09-25', route: 'petitionOpinion' }],
    ['received', { action: 'transfer', on: '2026-09-25', to: '示例市玄武区司法局', noticeServedOn: '2026-09-25' }],
    ['accepted', { action: 'assign', on: '2026-09-26', departmentId: 'dept-a', officerIds: LI }],
    ['assigned', { action: 'reply', on: '2026-11-10', opinion: 'support', text: REPLY, legalBasis: '行政处罚法第五十五条' }],
    ['replied', { action: 'close', on: '2026-11-11' }],
  ];

  it.each(cases)('%s → %o is refused for them and allowed for a colleague', (state, cmd) => {
    const r = refusal(checkComplaintAction(makeComplaint(state), { ...cmd, by: ZHANG }));
    expect(r).toMatchObject(RECUSAL);
    expect(r!.reason).toContain('您是本事项的被反映人');
    expect(checkComplaintAction(makeComplaint(state), { ...cmd, by: LI }).ok).toBe(true);
  });

  it('covers the acceptance that names them: they cannot accept a complaint and record themselves as its subject', () => {
    const c = makeComplaint('received', { subjectOfficerIds: [] });
    const accept: ComplaintCommand = {
      action: 'accept',
      on: '2026-09-25',
      noticeServedOn: '2026-09-25',
      route: 'petitionOpinion',
      subjectIds: ['officer-li'],
    };
    expect(refusal(checkComplaintAction(c, { ...accept, by: LI }))).toMatchObject(RECUSAL);
    expect(checkComplaintAction(c, { ...accept, by: ZHANG }).ok).toBe(true);
  });

  it('does not refuse by position: the direct leader of the person complained about may handle it', () => {
    // dept-a's head leads officer-zhang; no article bars a leader, so only the person named is refused.
    const head = ['user-head-a', 'officer-head-a'];
    expect(
      checkComplaintAction(makeComplaint('accepted'), {
        action: 'assign',
        on: '2026-09-26',
        departmentId: 'dept-a',
        officerIds: head,
        by: head,
      }).ok,
    ).toBe(true);
  });
});

describe('recusalIssue', () => {
  it('shows users the article without sourcing marks', () => {
    const i = recusalIssue(['officer-zhang'], ZHANG, 'assignee');
    expect(citationForDisplay(i!.basis)).toBe('《信访工作条例》第二十八条第三款');
    expect(recusalIssue(['officer-zhang'], LI, 'assignee')).toBeNull();
  });
});
