import { describe, expect, it } from 'vitest';
import { caseClocks } from './case-clocks.ts';
import { checkAction } from './check-action.ts';
import { JIANGSU_PROCEDURE_CONFIG } from './config.ts';
import { at, HEAD, LEADER, makeCase, OFFICER_ZHANG, withCase } from './procedure-fixtures.ts';
import type { CaseSnapshot } from './snapshot.ts';

const code = (r: ReturnType<typeof checkAction>): string => (r.ok ? 'ok' : r.code);

describe('service of the decision (第六十一条) — T8 alerts, never blocks', () => {
  // Decided Tuesday 9-29: 7 WD are 9-30, 10-8, 10-9, 10-10 (调休), 10-12, 10-13, 10-14.
  const decided = withCase(makeCase('decided'), {
    steps: { decision: { ...makeCase('decided').steps.decision!, decidedAt: at('2026-09-29') } },
  });
  it.each<[string, Date, string[]]>([
    ['on the last day, 10-14', at('2026-10-14'), []],
    ['on 10-15', at('2026-10-15'), ['SERVICE_LATE']],
  ])('served %s', (_name, now, warnings) => {
    const r = checkAction(decided, 'serveDecision', OFFICER_ZHANG, now);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(warnings);
  });

  it('the party present at the decision gets it on the spot; later service is flagged', () => {
    const present = withCase(decided, { steps: { decision: { ...decided.steps.decision!, partyPresent: true } } });
    expect(checkAction(present, 'serveDecision', OFFICER_ZHANG, at('2026-09-30')).warnings.map((w) => w.code)).toEqual([
      'SERVICE_NOT_ON_THE_SPOT',
    ]);
  });

  it('electronic service only with the party’s signed confirmation', () => {
    const byEmail = withCase(decided, { drafts: { service: { method: 'electronic', electronicConsentSigned: false } } });
    expect(checkAction(byEmail, 'serveDecision', OFFICER_ZHANG, at('2026-09-30'))).toMatchObject({
      ok: false,
      code: 'ELECTRONIC_SERVICE_NOT_AGREED',
      basis: { article: '第六十一条' },
    });
    const agreed = withCase(byEmail, { drafts: { service: { method: 'electronic', electronicConsentSigned: true } } });
    expect(checkAction(agreed, 'serveDecision', OFFICER_ZHANG, at('2026-09-30')).ok).toBe(true);
  });
});

describe('cash on the spot (第六十八条 to 第七十条) — G3', () => {
  const cash = (s: CaseSnapshot, amountFen: number, change: Partial<NonNullable<CaseSnapshot['drafts']['cashCollection']>> = {}) =>
    withCase(s, {
      drafts: {
        cashCollection: {
          amountFen,
          hardToEnforceLater: false,
          remoteArea: false,
          bankPaymentDifficult: false,
          partyRequested: false,
          receiptNumber: 'JS-0001',
          receiptIssuer: 'provincialFinance',
          ...change,
        },
      },
    });

  it.each<[string, CaseSnapshot, string]>([
    ['¥100 after an on-the-spot decision', cash(makeCase('simpleDecided'), 10_000), 'ok'],
    [
      '¥150 after an on-the-spot decision',
      cash(makeCase('simpleDecided', { penalty: [{ kind: 'fine', amountFen: 15_000 }] }), 15_000),
      'CASH_NOT_ALLOWED',
    ],
    [
      '¥150, hard to enforce later',
      cash(makeCase('simpleDecided', { penalty: [{ kind: 'fine', amountFen: 15_000 }] }), 15_000, { hardToEnforceLater: true }),
      'ok',
    ],
    ['a general decision in town', cash(makeCase('served'), 200_000), 'CASH_NOT_ALLOWED'],
    [
      'a general decision in a remote area at the party’s request',
      cash(makeCase('served'), 200_000, { remoteArea: true, bankPaymentDifficult: true, partyRequested: true }),
      'ok',
    ],
    ['without a fiscal receipt', cash(makeCase('simpleDecided'), 10_000, { receiptNumber: '' }), 'RECEIPT_REQUIRED'],
    ['a warning has nothing to collect', cash(makeCase('simpleDecided', { penalty: [{ kind: 'warning' }] }), 100), 'NO_FINE'],
  ])('%s', (_name, s, expected) => {
    expect(code(checkAction(s, 'collectCashOnTheSpot', OFFICER_ZHANG, at('2026-09-01')))).toBe(expected);
  });
});

describe('closing and archiving', () => {
  it('closes only after execution is complete', () => {
    expect(checkAction(makeCase('served'), 'close', LEADER, at('2026-09-20'))).toMatchObject({
      code: 'EXECUTION_NOT_COMPLETE',
      suggestedAction: 'startExecution',
    });
    expect(code(checkAction(makeCase('executing'), 'close', LEADER, at('2026-09-25')))).toBe('EXECUTION_NOT_COMPLETE');
  });

  it('archives only a complete case file (第四十七条)', () => {
    const incomplete = withCase(makeCase('closed'), { drafts: { caseFileComplete: false } });
    expect(checkAction(incomplete, 'archive', HEAD, at('2026-10-12'))).toMatchObject({
      code: 'CASE_FILE_INCOMPLETE',
      basis: { article: '第四十七条' },
    });
  });

  it('outcomes without a penalty are archived too', () => {
    for (const state of ['noPenalty', 'transferred', 'withdrawn'] as const) {
      expect(code(checkAction(makeCase(state), 'archive', HEAD, at('2026-10-12')))).toBe('ok');
    }
  });

  it('transfer to the judicial organs names the receiving organ', () => {
    const s = makeCase('investigating');
    expect(code(checkAction(s, 'transfer', LEADER, at('2026-08-10')))).toBe('RECEIVING_ORGAN_MISSING');
    const named = withCase(s, { drafts: { closure: { reason: '涉嫌伪造证据罪', noPenaltyGround: null, receivingOrgan: '示例市公安局' } } });
    expect(code(checkAction(named, 'transfer', LEADER, at('2026-08-10')))).toBe('ok');
  });
});

describe('the clocks running on a case', () => {
  const ids = (s: CaseSnapshot, config = JIANGSU_PROCEDURE_CONFIG) => caseClocks(s, config).map((c) => [c.clockId, c.deadline.dueDate]);

  it('a lead: filing promptness and the limitation period', () => {
    expect(ids(makeCase('lead'))).toEqual([
      ['leadVerification', '2026-08-24'],
      ['limitationGeneral', '2028-07-15'],
    ]);
  });

  it('after the notice: the 90-day decision clock, the statement period and the hearing window', () => {
    expect(ids(makeCase('priorNoticeServed'))).toEqual([
      ['decisionPeriod', '2026-11-03'],
      ['statementAndDefence', '2026-09-08'],
      ['hearingRequest', '2026-09-08'],
    ]);
  });

  it('decided, then served: service, then payment (15 days, rolled past National Day)', () => {
    // Decided Monday 9-14: 9-15 … 9-18, Sunday 9-20 (调休 working day), 9-21, 9-22.
    expect(ids(makeCase('decided'))).toEqual([['decisionService', '2026-09-22']]);
    expect(ids(makeCase('served'))).toEqual([['finePayment', '2026-09-30']]);
    const servedLater = withCase(makeCase('served'), { steps: { service: { servedAt: at('2026-09-16'), method: 'direct' } } });
    expect(ids(servedLater)).toEqual([['finePayment', '2026-10-08']]);
  });

  it('an on-the-spot fine: payment from the day it was handed over', () => {
    expect(ids(makeCase('simpleRecorded'))).toEqual([['finePayment', '2026-09-16']]);
  });
});
