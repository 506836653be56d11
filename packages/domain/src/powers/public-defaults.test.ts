import { describe, expect, it } from 'vitest';
import { statutoryFeesDefault, statutoryTimeLimitDefault } from './public-defaults.ts';

describe('statutory defaults for the public power page', () => {
  it('gives the 90-day decision limit of 行政处罚法 第六十条 for a penalty, and no fee claim', () => {
    expect(statutoryTimeLimitDefault('penalty')?.citation).toContain('行政处罚法》第六十条');
    expect(statutoryFeesDefault('penalty')).toBeNull();
  });
  it('says 不收费 for a licence only, citing 行政许可法 第五十八条', () => {
    expect(statutoryFeesDefault('license')).toMatchObject({ text: '不收费', citation: '《中华人民共和国行政许可法》第五十八条第一款' });
    expect(statutoryFeesDefault('inspection')).toBeNull();
    expect(statutoryTimeLimitDefault('other')).toBeNull();
  });
});
