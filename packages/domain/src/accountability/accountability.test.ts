import { describe, expect, it } from 'vitest';
import {
  ACCOUNTABILITY_LAW_IDS,
  ACCOUNTABILITY_LAWS,
  ACCOUNTABILITY_PROVISIONS,
  RESPONSIBILITY_FORM_IDS,
  RESPONSIBILITY_FORMS,
  accountabilityByLaw,
  flatAccountabilityTriggers,
} from './index.ts';

const DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 七十六 → 76, 八十 → 80, 三十九 → 39 (enough for the articles cited here). */
function chineseNumber(s: string): number {
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (s.includes('十') ? (tens ? DIGITS[tens]! : 1) * 10 : 0) + (ones ? DIGITS[ones]! : 0);
}
const articleNumber = (article: string) => chineseNumber(/^第([一二三四五六七八九十]+)条/.exec(article)![1]!);

/** The 法律责任 chapter of each law, as read (行政处罚法 第七章 第七十六至八十三条, etc.). */
const CHAPTER_RANGES = { penalty: [76, 83], licensing: [71, 81], coercion: [61, 68], supervision: [39, 41] } as const;

describe('statutory 追责情形', () => {
  const flat = flatAccountabilityTriggers();

  it('every ground names its law and a well-formed article inside that law’s 法律责任 chapter', () => {
    expect(flat.length).toBeGreaterThan(40);
    for (const p of ACCOUNTABILITY_PROVISIONS) {
      expect(ACCOUNTABILITY_LAWS[p.law], p.id).toBeDefined();
      expect(p.article, p.id).toMatch(/^第[一二三四五六七八九十]+条(第[一二三四五]款)?$/);
      const [lo, hi] = CHAPTER_RANGES[p.law];
      const n = articleNumber(p.article);
      expect(n >= lo && n <= hi, `${p.id}: ${p.article} outside ${lo}–${hi}`).toBe(true);
    }
    for (const t of flat) {
      expect(t.citation.law).not.toBe('');
      expect(t.citation.article).toMatch(/^第.+条/);
    }
  });

  it('covers every article of 行政处罚法 第七章 from 第七十六条 to 第八十三条', () => {
    const cited = new Set(ACCOUNTABILITY_PROVISIONS.filter((p) => p.law === 'penalty').map((p) => articleNumber(p.article)));
    expect([...cited].sort((a, b) => a - b)).toEqual([76, 77, 78, 79, 80, 81, 82, 83]);
    // 第七十六条 lists five items and a second paragraph on filing.
    const art76 = ACCOUNTABILITY_PROVISIONS.find((p) => p.id === 'penalty-76-1')!;
    expect(art76.triggers.map((t) => t.item)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）']);
    expect(art76.triggers[4]!.summary).toContain('执法证件');
    expect(ACCOUNTABILITY_PROVISIONS.find((p) => p.id === 'penalty-76-2')!.triggers[0]!.summary).toContain('不及时立案');
    expect(ACCOUNTABILITY_PROVISIONS.find((p) => p.id === 'penalty-82')!.triggers[0]!.summary).toContain('以行政处罚代替刑事处罚');
  });

  it('has no duplicate provision, citation or summary', () => {
    const ids = ACCOUNTABILITY_PROVISIONS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const articles = ACCOUNTABILITY_PROVISIONS.map((p) => `${p.law} ${p.article}`);
    expect(new Set(articles).size).toBe(articles.length);
    const cites = flat.map((t) => `${t.citation.law} ${t.citation.article}`);
    expect(new Set(cites).size).toBe(cites.length);
    const summaries = flat.map((t) => t.summary);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it('every summary and consequence is non-empty, and items run （一）（二）… without gaps', () => {
    for (const p of ACCOUNTABILITY_PROVISIONS) {
      expect(p.consequence.trim().length, p.id).toBeGreaterThan(4);
      expect(p.triggers.length, p.id).toBeGreaterThan(0);
      for (const t of p.triggers) expect(t.summary.trim().length, p.id).toBeGreaterThan(4);
      const numbered = p.triggers.filter((t) => t.item !== null);
      if (numbered.length) {
        expect(numbered.length, `${p.id}: all or none numbered`).toBe(p.triggers.length);
        expect(numbered.map((t) => t.item)).toEqual(numbered.map((_, i) => `（${'一二三四五六七八九十'[i]}）`));
      }
    }
  });

  it('cites an item down to the 项', () => {
    expect(flat.find((t) => t.summary === '违反法定的行政处罚程序的')!.citation).toMatchObject({
      law: '行政处罚法',
      article: '第七十六条第一款第（三）项',
    });
  });
});

describe('forms of responsibility', () => {
  it('every form a provision names is defined with its basis, and every defined form is used', () => {
    const used = new Set(ACCOUNTABILITY_PROVISIONS.flatMap((p) => p.forms));
    for (const f of used) expect(RESPONSIBILITY_FORMS[f]).toBeDefined();
    expect([...used].sort()).toEqual([...RESPONSIBILITY_FORM_IDS].sort());
    for (const id of RESPONSIBILITY_FORM_IDS) {
      expect(RESPONSIBILITY_FORMS[id].basis.length, id).toBeGreaterThan(0);
      expect(RESPONSIBILITY_FORMS[id].description).not.toBe('');
    }
  });

  it('a provision that sanctions says so in its consequence, and one that names a crime lists criminal liability', () => {
    for (const p of ACCOUNTABILITY_PROVISIONS) {
      if (p.forms.includes('sanction')) expect(p.consequence, p.id).toMatch(/处分/);
      expect(p.forms.includes('criminal'), p.id).toBe(/刑事责任/.test(p.consequence));
    }
  });

  it('处分 lists the six kinds of 公职人员政务处分法 第七条', () => {
    const kinds = RESPONSIBILITY_FORMS.sanction.basis.find((b) => b.article === '第七条')!;
    expect(kinds.note).toBe('警告、记过、记大过、降级、撤职、开除');
  });
});

describe('grouping for the portal', () => {
  it('groups by law in the fixed order and loses no provision', () => {
    const groups = accountabilityByLaw();
    expect(groups.map((g) => g.law.id)).toEqual([...ACCOUNTABILITY_LAW_IDS]);
    expect(groups.flatMap((g) => g.provisions)).toHaveLength(ACCOUNTABILITY_PROVISIONS.length);
    expect(groups[0]!.law.title).toBe('中华人民共和国行政处罚法');
  });
});
