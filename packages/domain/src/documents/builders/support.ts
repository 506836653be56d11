/** Shared pieces of the builders: reading step payloads, dates as documents print them, party and penalty text. */
import { toLocalDate, type LocalDate } from '../../calendar/local-date.ts';
import { JUSTICE_SANCTION_NAMES, describeSanction, type Penalty, type Sanction } from '../../penalties/penalty.ts';
import { DocumentSourceError, type DocumentBlock, type DocumentSource, type DocumentStep, type DecisionItem } from '../model.ts';

/** The latest step of an action, or null. */
export function latestStep(src: DocumentSource, ...actions: string[]): DocumentStep | null {
  for (let i = src.steps.length - 1; i >= 0; i--) {
    const s = src.steps[i]!;
    if (actions.includes(s.action)) return s;
  }
  return null;
}

export function requireStep(src: DocumentSource, what: string, ...actions: string[]): DocumentStep {
  const s = latestStep(src, ...actions);
  if (!s) throw new DocumentSourceError(`缺少${what}的记录，无法生成文书`);
  return s;
}

export function str(p: Readonly<Record<string, unknown>>, key: string): string {
  const v = p[key];
  return typeof v === 'string' ? v : '';
}
export const strs = (p: Readonly<Record<string, unknown>>, key: string): string[] =>
  Array.isArray(p[key]) ? (p[key] as unknown[]).filter((x): x is string => typeof x === 'string') : [];
export const penaltyIn = (p: Readonly<Record<string, unknown>>, key: string): Penalty => (Array.isArray(p[key]) ? (p[key] as Penalty) : []);

/** 2026-03-02 → 2026年3月2日 (GB/T 9704-2012 writes the date in Arabic numerals). */
export function chineseDate(d: LocalDate | Date): string {
  const ld = d instanceof Date ? toLocalDate(d) : d;
  const [y, m, day] = ld.split('-');
  return `${y}年${Number(m)}月${Number(day)}日`;
}

/** Ends a sentence with 。 unless it already ends with punctuation. */
export function sentence(text: string): string {
  const t = text.trim();
  return t === '' || /[。！？；.!?]$/.test(t) ? t : `${t}。`;
}

export const quoted = (items: readonly string[]): string => items.join('、');

/** 律师法 names for the sanctions the justice statutes call differently (停止执业 …). */
export function sanctionText(s: Sanction): string {
  const name = JUSTICE_SANCTION_NAMES[s.kind];
  return name ? describeSanction(s).replace(/^[^\d]+/, name) : describeSanction(s);
}

export function penaltyLines(penalty: Penalty, item?: DecisionItem): DocumentBlock[] {
  const ordinals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
  return penalty.map((s, i) => para(`${penalty.length > 1 ? `${ordinals[i] ?? i + 1}、` : ''}${sanctionText(s)}。`, item));
}

export const partyLabel = (src: DocumentSource): string => (src.party.kind === 'citizen' ? '你' : '你单位');

export function partyLine(src: DocumentSource, address: string | null = src.party.address): string {
  const where = src.party.kind === 'citizen' ? '住址' : '住所';
  return `当事人：${src.party.name}${address ? `，${where}：${address}` : ''}。`;
}

export function para(text: string, item?: DecisionItem, opts: { indent?: boolean; align?: 'left' | 'right' | 'center'; bold?: boolean } = {}): DocumentBlock {
  return { type: 'paragraph', text, indent: opts.indent ?? true, ...(opts.align ? { align: opts.align } : {}), ...(opts.bold ? { bold: true } : {}), ...(item ? { item } : {}) };
}

/** The addressee line of a letter: "王某某：" flush left. */
export const addressee = (name: string): DocumentBlock => para(`${name}：`, undefined, { indent: false });

export function caseTitle(src: DocumentSource): string {
  return `${src.party.name}${src.power ? `（${src.power.name}）` : ''}案`;
}

export function numberOf(src: DocumentSource, kind: DocumentSource['caseFile'][number]['kind']): string | null {
  return src.caseFile.find((d) => d.kind === kind)?.number ?? null;
}

export const LEAD_SOURCE_LABELS: Record<string, string> = {
  complaint: '投诉举报',
  inspection: '监督检查',
  referral: '移送',
  assignment: '上级交办',
  other: '其他',
};

export const REMEDIES_STANDARD =
  '当事人如不服本决定，可以在收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

/** The officer's remedies text, completed with the statutory periods (60 days / 6 months) when it lacks them. */
export function remediesText(officerText: string): string {
  const t = sentence(officerText);
  const hasPeriods = /(六十|60)日/.test(t) && /(六|6)个月/.test(t);
  return hasPeriods ? t : `${REMEDIES_STANDARD}${t}`;
}

/** 2026-03-02T01:30Z → 2026年3月2日9时30分 (Shanghai time, UTC+8 all year: the country keeps no summer time). */
export function chineseTime(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3600_000);
  return `${chineseDate(d)}${local.getUTCHours()}时${String(local.getUTCMinutes()).padStart(2, '0')}分`;
}

/** A start and end on the same day print the day once: 2026年3月2日9时30分至10时15分. */
export function chineseTimeSpan(from: Date, to: Date): string {
  const end = chineseTime(to);
  const day = chineseDate(from);
  return `${chineseTime(from)}至${end.startsWith(day) ? end.slice(day.length) : end}`;
}

/** Multi-line text kept by an officer → one paragraph per non-empty line. */
export function paragraphs(text: string): DocumentBlock[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .map((l) => para(l));
}
