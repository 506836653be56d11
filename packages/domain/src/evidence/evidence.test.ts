import { describe, expect, it } from 'vitest';
import { CN_WORKDAY_CALENDAR } from '../calendar/cn-workday-calendar.data.ts';
import { createWorkdayCalendar } from '../calendar/workday-calendar.ts';
import {
  checkCollectors,
  checkCustodyEvent,
  checkDisposalApproval,
  checkEvidenceStage,
  checkPreservationAction,
  checkPreservationApprover,
  checkPreservationItems,
  checkPropertyTransition,
  checkRecord,
  confiscationStatus,
  custodyState,
  preservationTimeline,
  validateCustodyChain,
  type CustodyEvent,
  type EvidenceRecord,
} from './index.ts';

const cert = { number: '32010012345', status: 'valid' as const, validFrom: '2025-01-01', validTo: '2027-12-31' };
const record = (over: Partial<EvidenceRecord> = {}): EvidenceRecord => ({
  kind: 'inquiry',
  date: '2026-03-02',
  startedAt: '2026-03-02T01:00:00Z',
  endedAt: '2026-03-02T02:00:00Z',
  place: '示例市司法局询问室',
  officers: [
    { officerId: 'a', name: '张执法', certificate: cert },
    { officerId: 'b', name: '李执法', certificate: { ...cert, number: '32010012346' } },
  ],
  certificatesShown: true,
  person: { name: '王某某', role: 'party' },
  content: '问：你是否在两个律师事务所执业？答：是。',
  signature: { kind: 'signed' },
  ...over,
});

describe('records (询问笔录 / 现场检查笔录)', () => {
  it('accepts a complete record by two certified officers', () => {
    expect(checkRecord(record())).toEqual({ ok: true });
  });
  it('refuses one officer, or the same officer twice (第四十二条)', () => {
    const one = checkRecord(record({ officers: [record().officers[0]!] }));
    expect(one).toMatchObject({ ok: false, code: 'RECORD_TWO_OFFICERS', basis: { article: '第四十二条' } });
    const twice = checkRecord(record({ officers: [record().officers[0]!, record().officers[0]!] }));
    expect(twice).toMatchObject({ ok: false, code: 'RECORD_TWO_OFFICERS' });
  });
  it('refuses an officer without a certificate number or with an expired certificate', () => {
    const noNumber = checkRecord(record({ officers: [record().officers[0]!, { officerId: 'c', name: '赵', certificate: { ...cert, number: '' } }] }));
    expect(noNumber).toMatchObject({ ok: false, code: 'RECORD_CERTIFICATE' });
    const expired = checkRecord(record({ date: '2028-01-01' }));
    expect(expired).toMatchObject({ ok: false, code: 'RECORD_CERTIFICATE' });
    expect(!expired.ok && expired.reason).toContain('2027-12-31');
  });
  it('refuses when certificates were not shown (第五十五条)', () => {
    expect(checkRecord(record({ certificatesShown: false }))).toMatchObject({ ok: false, code: 'RECORD_CERTIFICATE_NOT_SHOWN', basis: { article: '第五十五条' } });
  });
  it('needs a note when the party refused to sign', () => {
    expect(checkRecord(record({ signature: { kind: 'refused', note: ' ' } }))).toMatchObject({ ok: false, code: 'RECORD_SIGNATURE' });
    expect(checkRecord(record({ signature: { kind: 'refused', note: '当事人拒绝签名，执法人员张执法、李执法注明' } }))).toEqual({ ok: true });
  });
  it('refuses an end before the start and an empty content', () => {
    expect(checkRecord(record({ endedAt: '2026-03-02T00:00:00Z' }))).toMatchObject({ code: 'RECORD_INCOMPLETE' });
    expect(checkRecord(record({ content: '' }))).toMatchObject({ code: 'RECORD_INCOMPLETE' });
  });
});

describe('evidence kinds and stage', () => {
  it('needs two collectors except for an expert opinion', () => {
    expect(checkCollectors('physical', ['a'])).toMatchObject({ ok: false, code: 'EVIDENCE_COLLECTORS' });
    expect(checkCollectors('physical', ['a', 'b'])).toEqual({ ok: true });
    expect(checkCollectors('expertOpinion', ['a'])).toEqual({ ok: true });
    expect(checkCollectors('documentary', ['a', 'a'])).toMatchObject({ ok: false });
  });
  it('allows evidence only after filing and before the decision', () => {
    expect(checkEvidenceStage('investigating')).toEqual({ ok: true });
    expect(checkEvidenceStage('heard')).toEqual({ ok: true });
    expect(checkEvidenceStage('lead')).toMatchObject({ ok: false, code: 'EVIDENCE_CASE_STATE' });
    expect(checkEvidenceStage('decided')).toMatchObject({ ok: false, code: 'EVIDENCE_CASE_STATE' });
    expect(checkEvidenceStage('closed')).toMatchObject({ ok: false });
  });
});

describe('chain of custody', () => {
  const at = (h: number) => new Date(Date.UTC(2026, 2, 2, h)).toISOString();
  const ev = (seq: number, kind: CustodyEvent['kind'], fromHolder: string | null, toHolder: string, correctsSeq: number | null = null): CustodyEvent => ({
    seq,
    kind,
    fromHolder,
    toHolder,
    reason: '事由',
    at: at(seq),
    correctsSeq,
  });
  it('starts with the collection', () => {
    expect(checkCustodyEvent([], { kind: 'handedOver', toHolder: '证物室', reason: '入库', at: at(1), correctsSeq: null })).toMatchObject({ ok: false, code: 'CUSTODY_CHAIN' });
    expect(checkCustodyEvent([], { kind: 'collected', toHolder: '张执法', reason: '现场提取', at: at(1), correctsSeq: null })).toEqual({ ok: true });
  });
  it('returns a check-out before another and to the holder it came from', () => {
    const chain = [ev(1, 'collected', null, '张执法'), ev(2, 'handedOver', '张执法', '证物室'), ev(3, 'checkedOut', '证物室', '鉴定机构')];
    expect(custodyState(chain)).toMatchObject({ holder: '鉴定机构', checkedOut: { by: '鉴定机构', returnTo: '证物室' } });
    expect(checkCustodyEvent(chain, { kind: 'checkedOut', toHolder: '李执法', reason: '调阅', at: at(4), correctsSeq: null })).toMatchObject({ ok: false });
    expect(checkCustodyEvent(chain, { kind: 'handedOver', toHolder: '李执法', reason: '移交', at: at(4), correctsSeq: null })).toMatchObject({ ok: false });
    expect(checkCustodyEvent(chain, { kind: 'returned', toHolder: '李执法', reason: '归还', at: at(4), correctsSeq: null })).toMatchObject({ ok: false });
    expect(checkCustodyEvent(chain, { kind: 'returned', toHolder: '证物室', reason: '归还', at: at(4), correctsSeq: null })).toEqual({ ok: true });
  });
  it('refuses time running backwards and a second collection', () => {
    const chain = [ev(1, 'collected', null, '张执法'), ev(5, 'handedOver', '张执法', '证物室')];
    expect(checkCustodyEvent(chain, { kind: 'handedOver', toHolder: '李', reason: 'x', at: at(2), correctsSeq: null })).toMatchObject({ ok: false });
    expect(checkCustodyEvent(chain, { kind: 'collected', toHolder: '李', reason: 'x', at: at(6), correctsSeq: null })).toMatchObject({ ok: false });
  });
  it('a correction replaces the holder of the event it names, and the chain stays valid', () => {
    const chain = [ev(1, 'collected', null, '张执法'), ev(2, 'handedOver', '张执法', '证物室甲'), ev(3, 'correction', null, '证物室乙', 2)];
    expect(custodyState(chain).holder).toBe('证物室乙');
    expect(validateCustodyChain(chain)).toEqual([]);
    expect(checkCustodyEvent(chain, { kind: 'correction', toHolder: 'x', reason: 'y', at: at(4), correctsSeq: 9 })).toMatchObject({ ok: false });
  });
  it('finds a broken link in a stored chain', () => {
    const broken = [ev(1, 'collected', null, '张执法'), ev(2, 'handedOver', '别人', '证物室')];
    expect(validateCustodyChain(broken)).toHaveLength(1);
  });
});

describe('先行登记保存 (第五十六条)', () => {
  it('only the agency head approves', () => {
    expect(checkPreservationApprover(['departmentHead'])).toMatchObject({ ok: false, code: 'PRESERVATION_APPROVER', basis: { law: '行政处罚法', article: '第五十六条' } });
    expect(checkPreservationApprover(['officer'])).toMatchObject({ ok: false });
    expect(checkPreservationApprover(['leader'])).toEqual({ ok: true });
  });
  it('needs an item list with positive quantities', () => {
    expect(checkPreservationItems([])).toMatchObject({ ok: false });
    expect(checkPreservationItems([{ name: '账簿', quantity: '0' }])).toMatchObject({ ok: false });
    expect(checkPreservationItems([{ name: '账簿', quantity: '2.5' }])).toEqual({ ok: true });
  });
  it('decides only a preservation in force', () => {
    expect(checkPreservationAction('applied', 'decide')).toMatchObject({ ok: false, code: 'PRESERVATION_STATE' });
    expect(checkPreservationAction('approved', 'decide')).toEqual({ ok: true });
    expect(checkPreservationAction('emergency', 'approve')).toEqual({ ok: true });
    expect(checkPreservationAction('decided', 'approve')).toMatchObject({ ok: false });
  });
  const approved = (day: string) => ({ status: 'approved' as const, emergency: false, appliedAt: new Date(`${day}T09:00:00+08:00`), approvedAt: new Date(`${day}T10:00:00+08:00`), decidedAt: null });
  it('runs 7 working days across National Day 2026 (approved 9-29 → due 10-14, counting the 10-10 调休 Saturday)', () => {
    const t = preservationTimeline(approved('2026-09-29'), CN_WORKDAY_CALENDAR, new Date('2026-09-30T02:00:00Z'));
    expect(t.dueDate).toBe('2026-10-14');
    expect(t.daysLeft).toBe(6);
    expect(t.provisional).toBe(false);
    const onDue = preservationTimeline(approved('2026-09-29'), CN_WORKDAY_CALENDAR, new Date('2026-10-14T02:00:00Z'));
    expect(onDue).toMatchObject({ daysLeft: 0, overdue: false });
    const late = preservationTimeline(approved('2026-09-29'), CN_WORKDAY_CALENDAR, new Date('2026-10-15T02:00:00Z'));
    expect(late).toMatchObject({ daysLeft: -1, overdue: true });
  });
  it('is provisional and counts weekends only in a year without a schedule', () => {
    const cal = createWorkdayCalendar([]);
    const t = preservationTimeline(approved('2026-09-29'), cal, new Date('2026-09-30T02:00:00Z'));
    expect(t.dueDate).toBe('2026-10-08');
    expect(t.provisional).toBe(true);
  });
  it('an emergency preservation runs from the day it was carried out and must be ratified within 24 h', () => {
    const p = { status: 'emergency' as const, emergency: true, appliedAt: new Date('2026-03-02T01:00:00Z'), approvedAt: null, decidedAt: null };
    const t = preservationTimeline(p, CN_WORKDAY_CALENDAR, new Date('2026-03-03T02:00:00Z'));
    expect(t.dueDate).toBe('2026-03-11');
    expect(t.ratificationOverdue).toBe(true);
    expect(preservationTimeline(p, CN_WORKDAY_CALENDAR, new Date('2026-03-02T12:00:00Z')).ratificationOverdue).toBe(false);
  });
  it('a decision after the due date is flagged late; a rejected ordinary application has no clock', () => {
    const t = preservationTimeline({ ...approved('2026-03-02'), status: 'decided', decidedAt: new Date('2026-03-20T02:00:00Z') }, CN_WORKDAY_CALENDAR, new Date('2026-03-20T02:00:00Z'));
    expect(t).toMatchObject({ decidedLate: true, daysLeft: null, overdue: false });
    expect(preservationTimeline({ ...approved('2026-03-02'), status: 'rejected', approvedAt: null }, CN_WORKDAY_CALENDAR, new Date()).dueDate).toBeNull();
  });
});

describe('property register status machine', () => {
  const base = { approvedDisposal: null, proceedsFen: null, note: '说明', confiscation: 'confiscated' as const };
  it('returns a held item without approval, with a note', () => {
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'returned' })).toEqual({ ok: true });
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'returned', note: '' })).toMatchObject({ ok: false });
  });
  it('needs the approval of that very disposal for auction, destruction and the treasury', () => {
    for (const to of ['auctioned', 'destroyed', 'handedToTreasury'] as const) {
      expect(checkPropertyTransition({ ...base, from: 'held', to, proceedsFen: to === 'auctioned' ? 100 : null })).toMatchObject({ ok: false, code: 'PROPERTY_APPROVAL_REQUIRED' });
    }
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'destroyed', approvedDisposal: 'auctioned' })).toMatchObject({ ok: false, code: 'PROPERTY_APPROVAL_REQUIRED' });
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'destroyed', approvedDisposal: 'destroyed' })).toEqual({ ok: true });
  });
  it('records auction proceeds in whole fen only for an auction', () => {
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'auctioned', approvedDisposal: 'auctioned' })).toMatchObject({ code: 'PROPERTY_PROCEEDS' });
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'auctioned', approvedDisposal: 'auctioned', proceedsFen: 1.5 })).toMatchObject({ code: 'PROPERTY_PROCEEDS' });
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'auctioned', approvedDisposal: 'auctioned', proceedsFen: 123_400 })).toEqual({ ok: true });
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'returned', proceedsFen: 5 })).toMatchObject({ code: 'PROPERTY_PROCEEDS' });
  });
  it('never leaves a final status', () => {
    for (const from of ['returned', 'auctioned', 'destroyed', 'handedToTreasury'] as const) {
      expect(checkPropertyTransition({ ...base, from, to: 'returned' })).toMatchObject({ ok: false, code: 'PROPERTY_TRANSITION' });
      expect(checkDisposalApproval(from, 'destroyed', 'confiscated')).toMatchObject({ ok: false });
    }
    expect(checkPropertyTransition({ ...base, from: 'held', to: 'held' })).toMatchObject({ ok: false });
    expect(checkDisposalApproval('held', 'returned', 'confiscated')).toMatchObject({ ok: false });
    expect(checkDisposalApproval('held', 'auctioned', 'confiscated')).toEqual({ ok: true });
  });
});

describe('only confiscated property is auctioned or handed to the treasury (行政处罚法 第七十四条)', () => {
  const base = { from: 'held' as const, proceedsFen: null, note: '说明' };
  const CONFISCATE = [{ kind: 'confiscateIllegalProperty' as const, amountFen: 80_000 }];
  const FINE = [{ kind: 'fine' as const, amountFen: 200_000 }];
  it('reads the confiscation from the latest decision and whether it was served', () => {
    expect(confiscationStatus(null, 'investigating')).toBe('noDecision');
    expect(confiscationStatus(FINE, 'served')).toBe('noConfiscation');
    expect(confiscationStatus(CONFISCATE, 'decided')).toBe('notServed');
    expect(confiscationStatus([{ kind: 'confiscateIllegalIncome', amountFen: 30_000 }], 'executing')).toBe('confiscated');
    expect(confiscationStatus(CONFISCATE, 'served')).toBe('confiscated');
  });
  it('refuses auction and treasury while the case is under investigation, even with the head’s approval', () => {
    for (const to of ['auctioned', 'handedToTreasury'] as const) {
      const r = checkPropertyTransition({ ...base, to, approvedDisposal: to, proceedsFen: to === 'auctioned' ? 100 : null, confiscation: 'noDecision' });
      expect(r).toMatchObject({ ok: false, code: 'PROPERTY_NOT_CONFISCATED', basis: { law: '行政处罚法', article: '第七十四条' } });
      expect(r.ok ? '' : r.reason).toContain('尚未作出行政处罚决定');
      expect(r.ok ? '' : r.reason).toContain('七个工作日');
      expect(checkDisposalApproval('held', to, 'noDecision')).toMatchObject({ ok: false, code: 'PROPERTY_NOT_CONFISCATED' });
    }
  });
  it('refuses them after a decision that does not confiscate, or before it is served', () => {
    const t = { ...base, to: 'handedToTreasury' as const, approvedDisposal: 'handedToTreasury' as const };
    expect(checkPropertyTransition({ ...t, confiscation: 'noConfiscation' })).toMatchObject({ code: 'PROPERTY_NOT_CONFISCATED' });
    expect(checkPropertyTransition({ ...t, confiscation: 'notServed' })).toMatchObject({ code: 'PROPERTY_NOT_CONFISCATED' });
    expect(checkPropertyTransition({ ...t, confiscation: 'confiscated' })).toEqual({ ok: true });
  });
  it('always allows returning the property, whatever the case stage', () => {
    for (const c of ['noDecision', 'noConfiscation', 'notServed', 'confiscated'] as const) {
      expect(checkPropertyTransition({ ...base, to: 'returned', approvedDisposal: null, confiscation: c })).toEqual({ ok: true });
    }
  });
});
