/**
 * Validation of a catalogue import, without a database. Each row (Excel) or item (JSON, shaped like
 * justice-powers.json) becomes the domain's CatalogEntry and goes through catalogEntryToPower, which reports
 * every problem of the row; Excel cells are read first (numbers, yes/no, the basis lines), each failure naming
 * its column. Codes repeated in the file are errors on every row holding them.
 */
import type { PowerInput } from '@quanze/contracts';
import { CatalogEntryJson } from '@quanze/contracts';
import { catalogEntryToPower, type CatalogEntry, type Power } from '@quanze/domain';
import { fieldLabel, fromZodIssue, issueMessage } from '../../../platform/http/validation-messages.ts';
import type { CatalogImportError } from '../powers.table.ts';
import { catalogueHeaderOf, parseBasisCell, parseTimeLimit, VERIFICATION_LABELS, type CatalogueColumnKey, type CatalogueRecord } from './catalogue-columns.ts';

export interface CatalogueRowInput {
  row: number;
  input: PowerInput;
}

type Extras = Pick<PowerInput, 'scope' | 'authority' | 'standard' | 'procedure' | 'responsibility' | 'accountabilityTriggers' | 'statutoryTimeLimit' | 'fees' | 'supervisionChannel'> & {
  enforcementField?: string | undefined;
};

const EMPTY_EXTRAS: Extras = { accountabilityTriggers: [] };

function toInput(p: Power, extras: Extras): PowerInput {
  return {
    code: p.code,
    catalogCode: p.catalogCode,
    category: p.category,
    catalogType: p.catalogType || p.category,
    name: p.name,
    target: p.target,
    basis: p.basis.map((b) => ({ law: b.law, article: b.article, gist: b.gist })),
    departmentName: p.departmentName,
    level: p.level,
    enforcementField: extras.enforcementField || p.enforcementField,
    area: p.area,
    sanctions: p.sanctions
      ? { ...p.sanctions, multipleOfIllegalIncome: p.sanctions.multipleOfIllegalIncome ? [p.sanctions.multipleOfIllegalIncome[0], p.sanctions.multipleOfIllegalIncome[1]] : null, otherSanctions: [...p.sanctions.otherSanctions] }
      : null,
    hearingEligible: p.hearingEligible,
    hearingCondition: p.hearingCondition,
    verification: p.verification,
    verificationNote: p.verificationNote,
    notes: p.notes,
    ...extras,
  };
}

/** A CatalogEntry through the domain; problems are row-level (the domain names the field in Chinese). */
export function entryToInput(entry: CatalogEntry, area: string, extras: Extras = EMPTY_EXTRAS): { input: PowerInput | null; problems: string[] } {
  const r = catalogEntryToPower(entry, { id: 'import', subjectId: '', area });
  if (!r.ok) return { input: null, problems: r.problems };
  if (r.power.name.length > 300) return { input: null, problems: ['事项名称不超过 300 个字'] };
  return { input: toInput(r.power, extras), problems: [] };
}

const num = (text: string): number | null | undefined => (text === '' ? null : Number.isFinite(Number(text)) && Number(text) >= 0 ? Number(text) : undefined);
const list = (text: string): string[] =>
  text
    .split(/[、,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function validateCatalogueRow(r: { row: number; values: CatalogueRecord }, area: string): { row: CatalogueRowInput | null; errors: CatalogImportError[] } {
  const v = r.values;
  const errors: CatalogImportError[] = [];
  const fail = (field: CatalogueColumnKey | 'row', message: string) =>
    errors.push({ row: r.row, field, message: field === 'row' ? message : `${catalogueHeaderOf(field)}：${message}` });
  const numbers = (['fineMin', 'fineMax', 'suspensionMonthsMin', 'suspensionMonthsMax'] as const).map((k) => {
    const n = num(v[k]);
    if (n === undefined) fail(k, `“${v[k]}”应为不小于 0 的数字`);
    return n ?? null;
  });
  let multiple: [number, number] | null = null;
  if (v.fineMultiple) {
    const m = /^(\d+(?:\.\d+)?)\s*[-–~至到]\s*(\d+(?:\.\d+)?)$/.exec(v.fineMultiple);
    if (!m) fail('fineMultiple', '应写作“1-5”（最低-最高倍数）');
    else multiple = [Number(m[1]), Number(m[2])];
  }
  const basis = parseBasisCell(v.basis);
  if (!basis.ok) fail('basis', basis.reason);
  const hearing = v.hearingEligible === '' || v.hearingEligible === '否' ? false : v.hearingEligible === '是' ? true : null;
  if (hearing === null) fail('hearingEligible', '应为“是”或“否”');
  const verification = v.verification ? (Object.entries(VERIFICATION_LABELS).find(([, l]) => l === v.verification)?.[0] ?? v.verification) : 'unverified';
  if (errors.length) return { row: null, errors };
  const entry: CatalogEntry = {
    code: v.code,
    category: v.category,
    catalogType: v.catalogType,
    name: v.name,
    target: v.target,
    basis: basis.ok ? basis.basis : [],
    department: v.department,
    level: v.level,
    fineMin: numbers[0] ?? null,
    fineMax: numbers[1] ?? null,
    fineMultipleOfIllegalIncome: multiple,
    suspensionMonthsMin: numbers[2] ?? null,
    suspensionMonthsMax: numbers[3] ?? null,
    otherSanctions: list(v.otherSanctions),
    hearingEligible: hearing ?? false,
    hearingCondition: v.hearingCondition || null,
    verification,
    verificationNote: v.verificationNote || null,
    notes: v.notes,
  };
  const extras: Extras = {
    scope: v.scope || null,
    authority: v.authority || null,
    standard: v.standard || null,
    procedure: v.procedure || null,
    responsibility: v.responsibility || null,
    accountabilityTriggers: v.accountabilityTriggers.split(/\r?\n/).map((s) => s.trim()).filter(Boolean),
    statutoryTimeLimit: parseTimeLimit(v.timeLimit),
    fees: v.fees || null,
    supervisionChannel: v.supervisionChannel || null,
    enforcementField: v.enforcementField || undefined,
  };
  const res = entryToInput(entry, area, extras);
  for (const p of res.problems) fail('row', p);
  return { row: res.input ? { row: r.row, input: res.input } : null, errors };
}

/** A JSON item (justice-powers.json shape): the schema first, then the domain. */
export function validateCatalogueItem(item: unknown, row: number, area: string): { row: CatalogueRowInput | null; errors: CatalogImportError[] } {
  const parsed = CatalogEntryJson.safeParse(item);
  if (!parsed.success) {
    return { row: null, errors: parsed.error.issues.map((i) => ({ row, field: i.path.join('.') || 'item', message: `${fieldLabel(i.path.map(String)) || i.path.join('.') || '事项'}：${issueMessage(fromZodIssue(i))}` })) };
  }
  const e = parsed.data;
  const res = entryToInput(e, area, {
    scope: e.scope ?? null,
    authority: e.authority ?? null,
    standard: e.standard ?? null,
    procedure: e.procedure ?? null,
    responsibility: e.responsibility ?? null,
    accountabilityTriggers: e.accountabilityTriggers ?? [],
    statutoryTimeLimit: e.statutoryTimeLimit ?? null,
    fees: e.fees ?? null,
    supervisionChannel: e.supervisionChannel ?? null,
    enforcementField: e.enforcementField,
  });
  return { row: res.input ? { row, input: res.input } : null, errors: res.problems.map((message) => ({ row, field: 'row', message })) };
}

/** Codes held by more than one row are an error on each of those rows. */
export function duplicateCodeErrors(rows: readonly CatalogueRowInput[]): CatalogImportError[] {
  const byCode = new Map<string, number[]>();
  for (const r of rows) byCode.set(r.input.code, [...(byCode.get(r.input.code) ?? []), r.row]);
  return [...byCode.entries()]
    .filter(([, rs]) => rs.length > 1)
    .flatMap(([code, rs]) => rs.map((row) => ({ row, field: 'code', message: `${catalogueHeaderOf('code')}：${code} 在文件中重复（第 ${rs.join('、')} 行）` })));
}
