/**
 * A power item's input → the row to write: the code checked against the category (parsePowerCode), the 执法类别
 * taken from the code unless given, and each basis linked to library articles — ids given are checked to be
 * the bureau's, citations without ids are resolved by title and address (legal-basis resolveCitations).
 */
import type { PowerInput } from '@quanze/contracts';
import { parsePowerCode, POWER_CATEGORY_LABELS, type PowerBasisRef } from '@quanze/domain';
import type { Executor } from '../../../platform/db.ts';
import { AppError } from '../../../platform/errors.ts';
import { loadLegalArticles, resolveCitations } from '../../legal-basis/index.ts';
import type { powerListItems } from '../powers.table.ts';

type ItemValues = Omit<typeof powerListItems.$inferInsert, 'id' | 'bureauId' | 'listId' | 'powerId' | 'change' | 'createdAt' | 'updatedAt'>;

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fieldErrors: { [field]: [message] } });

export type BasisInput = { law: string; article: string; gist: string; articleIds?: string[] | undefined };

export async function linkBasis(db: Executor, bureauId: string, basis: readonly BasisInput[]): Promise<PowerBasisRef[]> {
  const given = [...new Set(basis.flatMap((b) => b.articleIds ?? []))];
  if (given.length) {
    const found = new Set((await loadLegalArticles(db, bureauId, { ids: given })).map((a) => a.id));
    const k = basis.findIndex((b) => (b.articleIds ?? []).some((id) => !found.has(id)));
    if (k >= 0) throw invalid(`basis.${k}.articleIds`, `依据“${basis[k]!.law}${basis[k]!.article}”关联的条文不在法规库中`);
  }
  const toResolve = basis.map((b, i) => ({ b, i })).filter(({ b }) => b.articleIds === undefined);
  const resolved = await resolveCitations(
    db,
    bureauId,
    toResolve.map(({ b }) => b),
  );
  const byIndex = new Map(toResolve.map(({ i }, k) => [i, resolved[k] ?? []]));
  return basis.map((b, i) => ({ law: b.law, article: b.article, gist: b.gist, articleIds: b.articleIds ?? byIndex.get(i) ?? [] }));
}

/** Checks of the item itself that need no database; the messages name the field. */
export function checkItemInput(input: Pick<PowerInput, 'code' | 'category'>): void {
  const parsed = parsePowerCode(input.code);
  if (!parsed) throw invalid('code', `编码“${input.code}”不符合“类别-领域-序号”格式（如 CF-LS-001）`);
  if (parsed.category !== input.category) throw invalid('code', `编码前缀与职权类别“${POWER_CATEGORY_LABELS[input.category]}”不一致`);
}

export function itemValues(input: PowerInput, basis: PowerBasisRef[]): ItemValues {
  return {
    code: input.code,
    catalogCode: input.catalogCode ?? null,
    category: input.category,
    catalogType: input.catalogType,
    name: input.name,
    target: input.target,
    basis,
    basisArticleIds: [...new Set(basis.flatMap((b) => b.articleIds))],
    departmentName: input.departmentName,
    level: input.level,
    enforcementField: input.enforcementField ?? parsePowerCode(input.code)?.field ?? '',
    area: input.area,
    sanctions: input.sanctions ?? null,
    hearingEligible: input.hearingEligible,
    hearingCondition: input.hearingCondition ?? null,
    scope: input.scope ?? null,
    authority: input.authority ?? null,
    standard: input.standard ?? null,
    procedure: input.procedure ?? null,
    responsibility: input.responsibility ?? null,
    accountabilityTriggers: input.accountabilityTriggers,
    statutoryTimeLimit: input.statutoryTimeLimit ?? null,
    fees: input.fees ?? null,
    supervisionChannel: input.supervisionChannel ?? null,
    verification: input.verification,
    verificationNote: input.verificationNote ?? null,
    notes: input.notes,
  };
}
