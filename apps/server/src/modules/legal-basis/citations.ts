/**
 * Linking a basis as a power list writes it ("中华人民共和国律师法（2017年修正）", "第四十七条第（三）（四）项") to the
 * library's articles. The document is matched by title, ignoring a trailing parenthetical (edition, order number)
 * and the 中华人民共和国 prefix; each address (parseArticleAddresses) is matched exactly, else by the enclosing
 * 款/条 the library holds, else by the finer provisions it holds under it. Anything unmatched stays unlinked: the
 * coverage check shows it amber (BASIS_NOT_LINKED) rather than guessing.
 */
import { addressesOverlap, parseArticleAddresses, type ArticleAddress } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { addressesOfDocuments, documentTitles } from './legal-basis.repository.ts';

export interface CitationRef {
  law: string;
  article: string;
}

/** 中华人民共和国律师法（2017年修正） → 律师法; full/half-width brackets, any number of trailing ones. */
export function titleKey(title: string): string {
  let t = title.normalize('NFKC').replace(/\s+/g, '');
  for (;;) {
    const next = t.replace(/\([^()]*\)$/, '');
    if (next === t) break;
    t = next;
  }
  return t.replace(/^中华人民共和国/, '').replace(/^《|》$/g, '');
}

/** A catalogue's notes on a citation — （据郑州市抽查计划）, （条号待核） — are not part of the address. */
export const withoutNotes = (article: string): string => article.normalize('NFKC').replace(/\((?:据|条号)[^()]*\)/g, '');

export type Addressed = { id: string; documentId: string; article: number; paragraph: number | null; item: number | null };

function match(address: ArticleAddress, articles: readonly Addressed[]): string[] {
  const p = address.paragraph ?? null;
  const i = address.item ?? null;
  const exact = articles.find((a) => a.article === address.article && a.paragraph === p && a.item === i);
  if (exact) return [exact.id];
  const enclosing = articles
    .filter((a) => a.article === address.article && (a.paragraph === null || a.paragraph === p) && (a.item === null || a.item === i))
    .sort((x, y) => Number(y.paragraph !== null) + Number(y.item !== null) - (Number(x.paragraph !== null) + Number(x.item !== null)));
  if (enclosing[0]) return [enclosing[0].id];
  return articles.filter((a) => addressesOverlap(a, address)).map((a) => a.id);
}

/** The library article ids each citation resolves to, in input order (empty: not linked). */
export async function resolveCitations(db: Executor, bureauId: string, refs: readonly CitationRef[]): Promise<string[][]> {
  if (refs.length === 0) return [];
  const docByKey = titleIndex(await documentTitles(db, bureauId));
  const wanted = [...new Set(refs.map((r) => docByKey.get(titleKey(r.law))).filter((d): d is string => d !== undefined))];
  return matchCitations(refs, docByKey, byDocument(await addressesOfDocuments(db, wanted)));
}

/** titleKey → document id (the first document of a key wins, as the library lists them). */
export function titleIndex(docs: readonly { id: string; title: string }[]): Map<string, string> {
  const docByKey = new Map<string, string>();
  for (const d of docs) if (!docByKey.has(titleKey(d.title))) docByKey.set(titleKey(d.title), d.id);
  return docByKey;
}

export function byDocument(addressed: readonly Addressed[]): Map<string, Addressed[]> {
  const byDoc = new Map<string, Addressed[]>();
  for (const a of addressed) {
    const list = byDoc.get(a.documentId);
    if (list) list.push(a);
    else byDoc.set(a.documentId, [a]);
  }
  return byDoc;
}

/** The matching itself (no I/O): each citation against the title index and the cited documents' addresses. */
export function matchCitations(refs: readonly CitationRef[], docByKey: ReadonlyMap<string, string>, byDoc: ReadonlyMap<string, readonly Addressed[]>): string[][] {
  return refs.map((r) => {
    const docId = docByKey.get(titleKey(r.law));
    if (!docId) return [];
    const parsed = parseArticleAddresses(withoutNotes(r.article));
    if (!parsed.ok) return [];
    const articles = byDoc.get(docId) ?? [];
    return [...new Set(parsed.addresses.flatMap((a) => match(a, articles)))];
  });
}
