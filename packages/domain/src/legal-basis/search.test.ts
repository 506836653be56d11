import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bigrams, containsQuery, queryNeedsScan, searchTerms, termsMatch } from './search.ts';

/** CJK unified ideographs (NFKC-stable), a small alphabet so that random texts share many 2-grams. */
const HANZI = ['律', '师', '事', '务', '所', '罚', '款', '执', '业', '法'];
const han = fc.constantFrom(...HANZI);
const hanRun = (min: number, max: number) => fc.array(han, { minLength: min, maxLength: max }).map((a) => a.join(''));
/** A document: Han runs mixed with separators, digits and Latin words. */
const doc = fc
  .array(fc.oneof(hanRun(1, 8), fc.constantFrom('，', '。', ' ', '第47条', 'GB', '（一）', '２０２１')), { maxLength: 12 })
  .map((parts) => parts.join(''));

describe('bigrams', () => {
  it('emits overlapping 2-grams of Han runs, single characters alone, and lower-cased words', () => {
    expect(bigrams('律师事务所')).toEqual(['律师', '师事', '事务', '务所']);
    expect(bigrams('处五千元以下罚款；')).toEqual(['处五', '五千', '千元', '元以', '以下', '下罚', '罚款']);
    expect(bigrams('第47条 GB/T 22239')).toEqual(['第', '47', '条', 'gb', 't', '22239']);
  });

  it('does not join across punctuation and normalises full-width forms', () => {
    expect(bigrams('律师，事务')).toEqual(['律师', '事务']);
    expect(bigrams('２０２１年ＡＢ')).toEqual(['2021', '年', 'ab']);
  });

  it('returns distinct terms and nothing for punctuation only', () => {
    expect(bigrams('罚款罚款')).toEqual(['罚款', '款罚']);
    expect(bigrams('，。！')).toEqual([]);
  });

  it('handles characters outside the BMP as one character', () => {
    expect(bigrams('𠀀律')).toEqual(['𠀀律']);
  });

  it('finds every 2-character substring of a Han run', () => {
    fc.assert(
      fc.property(doc, (text) => {
        const terms = new Set(bigrams(text));
        for (const run of text.normalize('NFKC').match(/\p{Script=Han}+/gu) ?? []) {
          const chars = Array.from(run);
          for (let i = 0; i + 1 < chars.length; i++) if (!terms.has(chars[i]! + chars[i + 1]!)) return false;
        }
        return true;
      }),
    );
  });
});

describe('searchTerms and matching', () => {
  it('turns a query into the terms that must all match', () => {
    expect(searchTerms('罚款')).toEqual(['罚款']);
    expect(searchTerms(' 律师  事务所 ')).toEqual(['律师', '事务', '务所']);
    expect(searchTerms('％_\\')).toEqual([]);
  });

  it('a 2-character query matches exactly the documents that contain it', () => {
    fc.assert(fc.property(doc, hanRun(2, 2), (text, q) => termsMatch(bigrams(text), searchTerms(q)) === text.includes(q)));
  });

  it('never misses: a document containing a Han query holds all its terms', () => {
    fc.assert(fc.property(doc, hanRun(2, 6), (text, q) => !text.includes(q) || termsMatch(bigrams(text), searchTerms(q))));
  });

  it('index match plus re-check ⇔ the document contains the query (Han queries of 2+ characters)', () => {
    fc.assert(
      fc.property(
        doc,
        hanRun(2, 6),
        (text, q) => (termsMatch(bigrams(text), searchTerms(q)) && containsQuery(text, q)) === text.includes(q),
      ),
    );
  });

  it('a one-character query cannot use the index, and says so', () => {
    expect(queryNeedsScan('律')).toBe(true);
    expect(queryNeedsScan('律 事务所')).toBe(true);
    expect(queryNeedsScan('律师 47')).toBe(false);
    expect(termsMatch(bigrams('律师'), searchTerms('律'))).toBe(false);
    expect(containsQuery('律师', '律')).toBe(true);
  });

  it('shows why the re-check exists: all 2-grams present, phrase absent', () => {
    const text = '律师事，事务所';
    expect(termsMatch(bigrams(text), searchTerms('律师事务所'))).toBe(true);
    expect(containsQuery(text, '律师事务所')).toBe(false);
  });

  it('re-check: words match whole words, an empty query matches nothing', () => {
    expect(containsQuery('依据GB/T 22239', 'gb')).toBe(true);
    expect(containsQuery('依据GB/T 22239', '2223')).toBe(false);
    expect(containsQuery('任何文本', '，')).toBe(false);
  });
});
