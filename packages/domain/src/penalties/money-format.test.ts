import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describePenalty, formatFenAsYuan } from './penalty.ts';

describe('money as the console shows it (thousands grouped) and as documents print it (plain digits)', () => {
  it.each<[number, string, string]>([
    [0, '0元', '0元'],
    [5, '0.05元', '0.05元'],
    [99_900, '999元', '999元'],
    [100_000, '1000元', '1,000元'],
    [300_000, '3000元', '3,000元'],
    [1_234_567, '12345.67元', '12,345.67元'],
    [100_000_000, '1000000元', '1,000,000元'],
    [-123_456_789, '-1234567.89元', '-1,234,567.89元'],
  ])('%d fen → %s / %s', (fen, plain, grouped) => {
    expect(formatFenAsYuan(fen)).toBe(plain);
    expect(formatFenAsYuan(fen, { grouped: true })).toBe(grouped);
  });

  it('grouping never changes the amount: removing the commas gives the plain text back', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (fen) => formatFenAsYuan(fen, { grouped: true }).replaceAll(',', '') === formatFenAsYuan(fen)));
  });

  it('a whole penalty reads grouped on request; durations and warnings are untouched', () => {
    const penalty = [{ kind: 'warning' as const }, { kind: 'fine' as const, amountFen: 2_000_000 }, { kind: 'restrictPractice' as const, months: 12 }];
    expect(describePenalty(penalty, { grouped: true })).toBe('警告，罚款20,000元，限制从业12个月');
    expect(describePenalty(penalty)).toBe('警告，罚款20000元，限制从业12个月');
  });
});
