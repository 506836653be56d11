import { describe, expect, it } from 'vitest';
import * as domain from './index.ts';
import { citationForDisplay, citationNoteForDisplay, citationTextForDisplay, lawForDisplay, userFacingText } from './citation-display.ts';
import type { Citation } from './citation.ts';

const isCitation = (v: unknown): v is Citation =>
  typeof v === 'object' && v !== null && typeof (v as Citation).law === 'string' && typeof (v as Citation).article === 'string';

/** Every Citation reachable from the package's exports (constants, tables, transition maps, nested arrays). */
function collectCitations(): Citation[] {
  const found = new Set<Citation>();
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (isCitation(v)) found.add(v);
    for (const child of Array.isArray(v) ? v : Object.values(v)) walk(child, depth + 1);
  };
  for (const value of Object.values(domain)) walk(value, 0);
  return [...found];
}

const LEAKS = ['[U', '[S', '[V', '.md', '§', '待核', '未核'];

describe('citationForDisplay', () => {
  const all = collectCitations();

  it('finds the citations the package exports (so the sweep below means something)', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(all.some((c) => c.note?.includes('[U]'))).toBe(true);
    expect(all.some((c) => c.article.includes('待核'))).toBe(true);
  });

  it('shows no source tag, file reference or 待核 note for any exported citation', () => {
    const leaking = all
      .flatMap((c) => [citationForDisplay(c), citationNoteForDisplay(c)])
      .filter((text) => LEAKS.some((m) => text.includes(m)));
    expect(leaking).toEqual([]);
  });

  it('always names the law', () => {
    for (const c of all) expect(citationForDisplay(c)).toMatch(/^《.+》/);
  });

  it('puts the law in 《》 and keeps the article', () => {
    expect(citationForDisplay({ law: '行政处罚法', article: '第五十八条' })).toBe('《行政处罚法》第五十八条');
    expect(citationForDisplay({ law: '《行政处罚法》', article: '第五十八条' })).toBe('《行政处罚法》第五十八条');
  });

  it('shows just the law when the article is an open question', () => {
    expect(citationForDisplay({ law: '法治政府建设实施纲要', article: '（段落待核）' })).toBe('《法治政府建设实施纲要》');
    expect(citationForDisplay({ law: '某规定', article: '（文号、条次待核）' })).toBe('《某规定》');
    expect(citationForDisplay({ law: '某规则', article: '第三章（条次待核）' })).toBe('《某规则》第三章');
  });

  it('drops the 待核 part of a law name but keeps what identifies it', () => {
    expect(lawForDisplay('律师和律师事务所违法行为处罚办法（司法部，2010年6月1日施行；令号第122号待核）')).toBe(
      '《律师和律师事务所违法行为处罚办法（司法部，2010年6月1日施行）》',
    );
  });

  it('cleans notes: tags and file references go, the explanation stays', () => {
    expect(userFacingText('执行完毕后制作结案报告，经负责人批准结案（JUSTICE-POWERS.md §5 [S]）')).toBe(
      '执行完毕后制作结案报告，经负责人批准结案',
    );
    expect(
      userFacingText('默认比照适用 [U]；各地常见为5至10个工作日内受理、30日内办结（+20）[S/U]（LAW.md §8）'),
    ).toBe('默认比照适用；各地常见为5至10个工作日内受理、30日内办结（+20）');
    expect(userFacingText('拟停止执业、吊销（各地做法，JUSTICE-POWERS.md §3 [S]）')).toBe('拟停止执业、吊销（各地做法）');
    expect(userFacingText('仅受警告的处罚决定不公示（SECURITY.md §3 [S]）；本局可配置')).toBe('仅受警告的处罚决定不公示；本局可配置');
    expect(userFacingText('对个人处以3000元以上罚款（JUSTICE-POWERS.md §3 [S]；2021年后是否仍有效待核）')).toBe('对个人处以3000元以上罚款');
    expect(userFacingText('受处分期间的 [S：新闻转述]')).toBe('受处分期间的');
    expect(userFacingText('不得披露 [U]；SECURITY.md §3：当事人为未成年人的决定不公开 [S]')).toBe('不得披露；当事人为未成年人的决定不公开');
    expect(userFacingText(undefined)).toBe('');
  });

  it('reads a citation stored as one string (audit rows, case steps)', () => {
    expect(citationTextForDisplay('行政处罚法 第五十四条')).toBe('《行政处罚法》第五十四条');
    expect(citationTextForDisplay('司法行政机关行政处罚程序规定（司法部令第51号） （条次待核）')).toBe('《司法行政机关行政处罚程序规定（司法部令第51号）》');
    expect(citationTextForDisplay('《行政处罚法》第六十七条')).toBe('《行政处罚法》第六十七条');
    expect(citationTextForDisplay(null)).toBe('');
  });
});
