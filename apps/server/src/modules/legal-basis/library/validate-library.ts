/**
 * Validation of a library import, without a database: rows (Excel rows, or the articles of a JSON file flattened to
 * the same columns) → documents ready to write, and every problem with its row, column and reason. A document
 * with any problem is left out whole: nothing of it is half-written. Article versions must pass the domain's
 * checkArticleVersions, so each day has one text in force.
 */
import {
  addCalendarDays,
  checkArticleVersions,
  formatArticleAddress,
  LEGAL_LEVEL_LABELS,
  LEGAL_LEVELS,
  parseArticleAddresses,
  type LegalLevel,
  type LocalDate,
} from '@quanze/domain';
import type { LibraryImportDocument, LibraryImportError } from '../legal-basis.table.ts';
import { headerOf, type LibraryColumnKey, type LibraryRow } from './library-columns.ts';
import { parseDateText } from './workbook.ts';

export interface LibraryValidation {
  documents: LibraryImportDocument[];
  errors: LibraryImportError[];
  /** Rows of the documents without problems. */
  validRows: number;
}

export function parseLevel(text: string): LegalLevel | null {
  const t = text.trim();
  if ((LEGAL_LEVELS as readonly string[]).includes(t)) return t as LegalLevel;
  const found = LEGAL_LEVELS.find((l) => LEGAL_LEVEL_LABELS[l] === t || (t === '规范性文件' && l === 'normativeDocument'));
  return found ?? null;
}

const YES = new Set(['是', 'Y', 'y', 'true', '1']);
const NO = new Set(['否', 'N', 'n', 'false', '0', '']);

interface ParsedRow {
  row: number;
  title: string;
  doc: Omit<LibraryImportDocument, 'row' | 'versions' | 'articles'>;
  address: { article: number; paragraph: number | null; item: number | null };
  text: string;
  isPenaltyProvision: boolean;
  articleRepealedOn: string | null;
  versionFrom: string;
  versionTo: string | null;
  versionLabel: string | null;
}

function parseRow(r: LibraryRow, fail: (field: LibraryColumnKey, message: string) => void): ParsedRow | null {
  const v = r.values;
  let ok = true;
  const bad = (field: LibraryColumnKey, message: string) => {
    ok = false;
    fail(field, message);
  };
  const date = (field: LibraryColumnKey, required: boolean): string | null => {
    if (!v[field]) {
      if (required) bad(field, '未填写');
      return null;
    }
    const d = parseDateText(v[field]);
    if (!d) bad(field, `“${v[field]}”不是有效日期（应为 YYYY-MM-DD）`);
    return d;
  };
  const title = v.title.trim();
  if (!title) bad('title', '未填写');
  else if (title.length > 200) bad('title', '不超过 200 个字');
  const level = parseLevel(v.level);
  if (!level) bad('level', v.level ? `无法识别“${v.level}”，应为${Object.values(LEGAL_LEVEL_LABELS).join('、')}之一` : '未填写');
  if (!v.issuingBody) bad('issuingBody', '未填写');
  const publishedOn = date('publishedOn', false);
  const effectiveFrom = date('effectiveFrom', true);
  const repealedOn = date('repealedOn', false);
  const parsed = v.address ? parseArticleAddresses(v.address) : null;
  let address: ParsedRow['address'] | null = null;
  if (!parsed) bad('address', '未填写');
  else if (!parsed.ok) bad('address', parsed.reason);
  else if (parsed.addresses.length !== 1) bad('address', '每行只能填写一个条款（条、款或项），区间和并列请分行');
  else {
    const a = parsed.addresses[0]!;
    // The same bounds as ArticleAddressDto: a number outside them would be stored and then fail every read.
    if (a.article > 9999 || (a.paragraph ?? 0) > 99 || (a.item ?? 0) > 99) bad('address', '条不超过第九千九百九十九条，款、项不超过第九十九');
    else address = { article: a.article, paragraph: a.paragraph ?? null, item: a.item ?? null };
  }
  if (!v.text) bad('text', '未填写');
  else if (v.text.length > 10_000) bad('text', '不超过 10000 个字');
  const penalty = YES.has(v.isPenaltyProvision) ? true : NO.has(v.isPenaltyProvision) ? false : null;
  if (penalty === null) bad('isPenaltyProvision', '应为“是”或“否”');
  const articleRepealedOn = date('articleRepealedOn', false);
  const versionFrom = v.versionFrom ? date('versionFrom', false) : effectiveFrom;
  const versionTo = date('versionTo', false);
  if (!ok || !level || !effectiveFrom || !address || !versionFrom) return null;
  return {
    row: r.row,
    title,
    doc: { title, level, issuingBody: v.issuingBody, documentNumber: v.documentNumber || null, publishedOn, effectiveFrom, repealedOn, note: v.note || null },
    address,
    text: v.text,
    isPenaltyProvision: penalty ?? false,
    articleRepealedOn,
    versionFrom,
    versionTo,
    versionLabel: v.versionLabel || null,
  };
}

const DOC_FIELDS: (keyof ParsedRow['doc'] & LibraryColumnKey)[] = ['level', 'issuingBody', 'documentNumber', 'publishedOn', 'effectiveFrom', 'repealedOn', 'note'];

/** The versions of one article from its rows: sorted, open-ended ones closed the day before the next. */
function articleOf(rows: ParsedRow[]): LibraryImportDocument['articles'][number] {
  const sorted = [...rows].sort((a, b) => (a.versionFrom < b.versionFrom ? -1 : 1));
  return {
    ...sorted[0]!.address,
    isPenaltyProvision: sorted.some((r) => r.isPenaltyProvision),
    repealedOn: sorted.find((r) => r.articleRepealedOn)?.articleRepealedOn ?? null,
    versions: sorted.map((r, i) => ({
      text: r.text,
      effectiveFrom: r.versionFrom,
      effectiveTo: r.versionTo ?? (sorted[i + 1] ? addCalendarDays(sorted[i + 1]!.versionFrom as LocalDate, -1) : null),
      versionLabel: r.versionLabel,
    })),
  };
}

export function validateLibrary(rows: readonly LibraryRow[], existingTitles: ReadonlySet<string>): LibraryValidation {
  const errors: LibraryImportError[] = [];
  const failed = new Set<string>();
  const byTitle = new Map<string, ParsedRow[]>();
  for (const r of rows) {
    const parsed = parseRow(r, (field, message) => errors.push({ row: r.row, field, message: `${headerOf(field)}：${message}` }));
    if (!parsed) {
      if (r.values.title) failed.add(r.values.title.trim());
      continue;
    }
    byTitle.set(parsed.title, [...(byTitle.get(parsed.title) ?? []), parsed]);
  }
  const documents: LibraryImportDocument[] = [];
  let validRows = 0;
  for (const [title, docRows] of byTitle) {
    const before = errors.length;
    const fail = (row: number, field: LibraryColumnKey, message: string) => errors.push({ row, field, message: `${headerOf(field)}：${message}` });
    const first = docRows[0]!;
    if (existingTitles.has(title)) fail(first.row, 'title', `法规库中已有《${title}》；修改已有文件请在法规库中登记修正版本`);
    for (const r of docRows.slice(1))
      for (const f of DOC_FIELDS) if (r.doc[f] !== first.doc[f]) fail(r.row, f, `与第 ${first.row} 行同一文件的“${headerOf(f)}”不一致`);
    const byAddress = new Map<string, ParsedRow[]>();
    for (const r of docRows) {
      const key = `${r.address.article}/${r.address.paragraph ?? 0}/${r.address.item ?? 0}`;
      byAddress.set(key, [...(byAddress.get(key) ?? []), r]);
    }
    const articles = [...byAddress.values()].map((group) => {
      const article = articleOf(group);
      const problems = checkArticleVersions({
        id: 'import',
        document: { id: 'import', ...first.doc, effectiveFrom: first.doc.effectiveFrom as LocalDate, publishedOn: first.doc.publishedOn as LocalDate | null, repealedOn: first.doc.repealedOn as LocalDate | null },
        address: article,
        versions: article.versions.map((v, i) => ({ id: String(i), text: v.text, effectiveFrom: v.effectiveFrom as LocalDate, effectiveTo: v.effectiveTo as LocalDate | null, documentVersionId: null })),
        repealedOn: article.repealedOn as LocalDate | null,
        isPenaltyProvision: article.isPenaltyProvision,
      });
      for (const p of problems) fail(group[0]!.row, 'versionFrom', `${formatArticleAddress(article)}：${p.message}`);
      return article;
    });
    if (errors.length > before || failed.has(title)) continue;
    const labels = new Map<string, string>();
    for (const r of docRows) if (r.versionLabel && !labels.has(r.versionLabel)) labels.set(r.versionLabel, r.versionFrom);
    documents.push({
      row: first.row,
      ...first.doc,
      versions: [...labels].map(([label, effectiveFrom]) => ({ label, adoptedOn: null, publishedOn: null, effectiveFrom })),
      articles,
    });
    validRows += docRows.length;
  }
  errors.sort((a, b) => a.row - b.row);
  return { documents, errors, validRows };
}
