/**
 * What the case page reads from the library to judge a cited basis, kept per bureau in this process: the title index
 * (every document's titleKey), the article addresses of each cited document, and each cited article with its
 * documents facts and versions. Without it every case detail ran five statements and loaded every document title of
 * the bureau and every article address of each cited law.
 *
 * Freshness (correctness first):
 * - A library write in this process (document/article commands, the import) drops the bureau's entry after its
 *   transaction commits: the next detail view on this node reads the new text.
 * - A write on another app node (or any other writer) reaches this node as a `library:<bureau>` change notification
 *   when it commits (platform/change-feed.ts, migration 0020's triggers) and drops the bureau's entry. While the feed
 *   is healthy an entry lives LIBRARY_CACHE_TTL_MS; while it is not (connection lost, or a process without a feed),
 *   LIBRARY_CACHE_UNFOLLOWED_TTL_MS: a view may then show a text up to ten seconds old, as before the feed.
 * - Only views read through it. A case action (the decision, 第三十七条) judges the basis inside its own transaction
 *   with legalBasisVerdicts' uncached path, so nothing is ever decided on a cached text.
 * Dates are not cached: which version applies is computed on every request from the cached versions, so an amendment
 * entered in advance takes effect on its day.
 */
import type { LegalArticle } from '@quanze/domain';
import { ALL_TOPICS, noChangeFeed, type ChangeFeed } from '../../platform/change-feed.ts';
import type { Executor } from '../../platform/db.ts';
import { byDocument, matchCitations, titleIndex, titleKey, type Addressed, type CitationRef } from './citations.ts';
import { addressesOfDocuments, documentTitles, loadLegalArticles } from './legal-basis.repository.ts';

export const LIBRARY_CACHE_TTL_MS = 600_000;
export const LIBRARY_CACHE_UNFOLLOWED_TTL_MS = 10_000;

interface Entry {
  loadedAt: number;
  titles: Promise<Map<string, string>> | null;
  addresses: Map<string, Addressed[]>;
  articles: Map<string, LegalArticle>;
}

// Ages by performance.now(): a monotonic timer for a cache, not business time (the injected clock).
const entries = new Map<string, Entry>();

let feed: ChangeFeed = noChangeFeed;

/** Follow the library's change notifications (the app does this once at start). */
export function followLibraryChanges(changes: ChangeFeed): void {
  feed = changes;
  entries.clear();
  changes.subscribe((topic) => {
    if (topic === ALL_TOPICS) entries.clear();
    else if (topic.startsWith('library:')) entries.delete(topic.slice('library:'.length));
  });
}

/** After a library write commits (or when unsure which bureau: all). */
export function invalidateLibraryCache(bureauId?: string): void {
  if (bureauId === undefined) entries.clear();
  else entries.delete(bureauId);
}

function entryOf(bureauId: string): Entry {
  const e = entries.get(bureauId);
  if (e && performance.now() - e.loadedAt < (feed.healthy ? LIBRARY_CACHE_TTL_MS : LIBRARY_CACHE_UNFOLLOWED_TTL_MS)) return e;
  const fresh: Entry = { loadedAt: performance.now(), titles: null, addresses: new Map(), articles: new Map() };
  entries.set(bureauId, fresh);
  return fresh;
}

async function titlesOf(db: Executor, bureauId: string, e: Entry): Promise<Map<string, string>> {
  // One load shared by the concurrent requests of a fresh entry; a failed load is not kept.
  e.titles ??= documentTitles(db, bureauId).then(titleIndex);
  try {
    return await e.titles;
  } catch (err) {
    e.titles = null;
    throw err;
  }
}

/** resolveCitations through the cache (same result). */
export async function cachedResolveCitations(db: Executor, bureauId: string, refs: readonly CitationRef[]): Promise<string[][]> {
  if (refs.length === 0) return [];
  const e = entryOf(bureauId);
  const docByKey = await titlesOf(db, bureauId, e);
  const wanted = [...new Set(refs.map((r) => docByKey.get(titleKey(r.law))).filter((d): d is string => d !== undefined))];
  const missing = wanted.filter((d) => !e.addresses.has(d));
  if (missing.length > 0) {
    const loaded = byDocument(await addressesOfDocuments(db, missing));
    for (const d of missing) e.addresses.set(d, loaded.get(d) ?? []);
  }
  return matchCitations(refs, docByKey, e.addresses);
}

/** loadLegalArticles({ ids }) through the cache, in the order of `ids` (ids the library does not hold are left out). */
export async function cachedLegalArticles(db: Executor, bureauId: string, ids: readonly string[]): Promise<LegalArticle[]> {
  const e = entryOf(bureauId);
  const missing = ids.filter((id) => !e.articles.has(id));
  if (missing.length > 0) for (const a of await loadLegalArticles(db, bureauId, { ids: missing })) e.articles.set(a.id, a);
  return ids.flatMap((id) => e.articles.get(id) ?? []);
}

/** A library write's transaction: the bureau's entry is dropped once it has committed (or failed). */
export function libraryWrite<T>(bureauId: string, write: Promise<T>): Promise<T> {
  return write.finally(() => invalidateLibraryCache(bureauId));
}
