import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASH_ON_THE_SPOT_LIMIT_FEN, checkCashCollection, type CashCollectionInput } from './cash-collection.ts';
import { PARTY_KINDS, type PartyKind, type Penalty } from './penalty.ts';
import { checkSimpleProcedure, SIMPLE_PROCEDURE_FINE_LIMIT_FEN } from './simple-procedure.ts';

const fine = (fen: number): Penalty => [{ kind: 'fine', amountFen: fen }];

describe('simple procedure limits (行政处罚法 第五十一条)', () => {
  it.each<[string, Penalty, PartyKind, boolean]>([
    ['a warning', [{ kind: 'warning' }], 'citizen', true],
    ['¥200 on a citizen', fine(20_000), 'citizen', true],
    ['¥200.01 on a citizen', fine(20_001), 'citizen', false],
    ['¥3,000 on an organisation', fine(300_000), 'organisation', true],
    ['¥3,000.01 on an organisation', fine(300_001), 'organisation', false],
    ['¥201 on a citizen', fine(20_100), 'citizen', false],
    ['a confiscation', [{ kind: 'confiscateIllegalIncome', amountFen: 100 }], 'citizen', false],
    ['a stop of practice', [{ kind: 'restrictPractice', months: 1 }], 'citizen', false],
    ['a warning and a fine together', [{ kind: 'warning' }, { kind: 'fine', amountFen: 100 }], 'citizen', false],
  ])('%s', (_name, penalty, party, allowed) => {
    const r = checkSimpleProcedure(penalty, party);
    expect(r.ok).toBe(allowed);
    if (!r.ok) {
      expect(r.code).toBe('SIMPLE_PROCEDURE_LIMIT');
      expect(r.basis).toMatchObject({ law: '行政处罚法', article: '第五十一条' });
      expect(r.reason).toContain('普通程序');
    }
  });

  it('names both amounts when the fine is too large', () => {
    const r = checkSimpleProcedure(fine(50_000), 'citizen');
    expect(r.ok ? '' : r.reason).toMatch(/不得超过200元，拟罚款500元/);
  });

  it('refuses an empty penalty and a malformed amount', () => {
    expect(checkSimpleProcedure([], 'citizen')).toMatchObject({ ok: false, code: 'INVALID_PENALTY' });
    expect(checkSimpleProcedure(fine(-1), 'citizen')).toMatchObject({ ok: false, code: 'INVALID_PENALTY' });
  });

  it('accepts every fine up to the limit and refuses every fine above it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTY_KINDS), fc.integer({ min: 1, max: 100_000_000 }), (party, fen) => {
        expect(checkSimpleProcedure(fine(fen), party).ok).toBe(fen <= SIMPLE_PROCEDURE_FINE_LIMIT_FEN[party]);
      }),
    );
  });
});

describe('on-the-spot cash collection (第六十八条 to 第七十条)', () => {
  const base: CashCollectionInput = {
    procedure: 'simple',
    fineFen: 10_000,
    amountFen: 10_000,
    hardToEnforceLater: false,
    remoteArea: false,
    bankPaymentDifficult: false,
    partyRequested: false,
    receiptNumber: 'JS-2026-000123',
    receiptIssuer: 'provincialFinance',
  };

  it.each<[string, Partial<CashCollectionInput>, string]>([
    ['simple, ¥100', {}, 'smallFine'],
    ['simple, ¥150, hard to enforce later', { fineFen: 15_000, amountFen: 15_000, hardToEnforceLater: true }, 'hardToEnforce'],
    [
      'general, remote area, party asks',
      { procedure: 'general', fineFen: 500_000, amountFen: 500_000, remoteArea: true, bankPaymentDifficult: true, partyRequested: true },
      'remoteArea',
    ],
    ['simple, ¥150', { fineFen: 15_000, amountFen: 15_000 }, 'CASH_NOT_ALLOWED'],
    ['general, no remote ground', { procedure: 'general' }, 'CASH_NOT_ALLOWED'],
    ['remote area but the party did not ask', { procedure: 'general', remoteArea: true, bankPaymentDifficult: true }, 'CASH_NOT_ALLOWED'],
    ['no fiscal receipt', { receiptNumber: null }, 'RECEIPT_REQUIRED'],
    ['a receipt not issued by the finance department', { receiptIssuer: 'other' }, 'RECEIPT_REQUIRED'],
    ['more than the fine', { amountFen: 10_001 }, 'INVALID_AMOUNT'],
  ])('%s', (_name, change, expected) => {
    const r = checkCashCollection({ ...base, ...change });
    expect(r.ok ? r.ground : r.code).toBe(expected);
    if (!r.ok) expect(r.basis.law).toBe('行政处罚法');
  });

  it('after a simple decision, allows cash for every fine up to ¥100 and no other without a ground', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300_000 }), (fen) => {
        expect(checkCashCollection({ ...base, fineFen: fen, amountFen: fen }).ok).toBe(fen <= CASH_ON_THE_SPOT_LIMIT_FEN);
      }),
    );
  });
});
