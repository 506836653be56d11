import { describe, expect, it } from 'vitest';
import { basisForDisplay, summaryForDisplay } from './audit-display.ts';

const RAW = /\[[VSU]|待核|LAW\.md|§/;

describe('the audit trail as the auditor reads it', () => {
  it('shows a stored “law article” basis as 《law》article, without sourcing marks', () => {
    expect(basisForDisplay('行政处罚法 第六十四条')).toBe('《行政处罚法》第六十四条');
    const tagged = basisForDisplay('司法行政机关行政处罚程序规定 [S] 第二十条（条次待核，LAW.md §11）');
    expect(tagged).not.toMatch(RAW);
    expect(tagged).toContain('《司法行政机关行政处罚程序规定》');
    expect(basisForDisplay(null)).toBeNull();
  });

  it('reads citation objects in the summary as one line and cleans marked text, leaving the rest as written', () => {
    const out = summaryForDisplay({
      stepId: 'abc',
      basis: '行政处罚法 第五十七条',
      legalBasis: ['《中华人民共和国律师法》第四十七条'],
      problems: [{ code: 'X', message: '超出法定幅度', basis: { law: '国办发〔2022〕27号 [S]', article: '', note: '严格限定在法定幅度内（LAW.md §9 待核）' } }],
      warnings: [{ reason: '期限按周末判断 [U]' }],
      count: 3,
    });
    expect(JSON.stringify(out)).not.toMatch(RAW);
    expect(out).toMatchObject({
      stepId: 'abc',
      basis: '《行政处罚法》第五十七条',
      legalBasis: ['《中华人民共和国律师法》第四十七条'],
      count: 3,
    });
    expect((out!['problems'] as { basis: string }[])[0]!.basis).toContain('《国办发〔2022〕27号》');
    expect((out!['warnings'] as { reason: string }[])[0]!.reason).toBe('期限按周末判断');
    expect(summaryForDisplay(null)).toBeNull();
  });
});
