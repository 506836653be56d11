import type { z } from 'zod';
import type { LegalArticleDto, LegalArticleSummaryDto, LegalDocumentSummaryDto, SanctionRangeDto } from '@quanze/contracts';
import {
  ARTICLE_STATUS_LABELS,
  articleLabel,
  articleStatusOn,
  canSetPenalty,
  LEGAL_LEVEL_LABELS,
  type LegalArticle,
  type LocalDate,
  type SanctionRange,
} from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { articleAbilities } from './legal-basis.policy.ts';
import type { ArticleRow, DocumentRow } from './legal-basis.repository.ts';

/** The domain's readonly sanction range as the contract's plain object. */
export const sanctionDto = (s: SanctionRange | null): SanctionRangeDto | null =>
  s === null
    ? null
    : { ...s, multipleOfIllegalIncome: s.multipleOfIllegalIncome ? [s.multipleOfIllegalIncome[0], s.multipleOfIllegalIncome[1]] : null, otherSanctions: [...s.otherSanctions] };

/** A document is judged like an article with no versions of its own: before commencement, in force, repealed. */
export function documentStatus(d: Pick<DocumentRow, 'effectiveFrom' | 'repealedOn'>, date: LocalDate): 'inForce' | 'notYetEffective' | 'repealed' {
  if (d.repealedOn !== null && date >= d.repealedOn) return 'repealed';
  return date < d.effectiveFrom ? 'notYetEffective' : 'inForce';
}

export function presentDocumentSummary(d: DocumentRow, articleCount: number, date: LocalDate): z.infer<typeof LegalDocumentSummaryDto> {
  return {
    id: d.id,
    title: d.title,
    level: d.level,
    levelLabel: LEGAL_LEVEL_LABELS[d.level],
    issuingBody: d.issuingBody,
    documentNumber: d.documentNumber,
    publishedOn: d.publishedOn,
    effectiveFrom: d.effectiveFrom,
    repealedOn: d.repealedOn,
    status: documentStatus(d, date),
    canSetPenalty: canSetPenalty(d.level),
    articleCount,
    note: d.note,
    version: d.version,
  };
}

export function presentArticleSummary(a: LegalArticle, row: Pick<ArticleRow, 'text' | 'repealedOn'>, date: LocalDate): z.infer<typeof LegalArticleSummaryDto> {
  const status = articleStatusOn(a, date).status;
  return {
    id: a.id,
    documentId: a.document.id,
    documentTitle: a.document.title,
    level: a.document.level,
    address: { article: a.address.article, paragraph: a.address.paragraph ?? null, item: a.address.item ?? null },
    label: articleLabel(a),
    text: row.text,
    isPenaltyProvision: a.isPenaltyProvision,
    repealedOn: row.repealedOn,
    status,
    statusLabel: ARTICLE_STATUS_LABELS[status],
  };
}

export function presentArticle(actor: Actor, a: LegalArticle, row: ArticleRow, date: LocalDate): z.infer<typeof LegalArticleDto> {
  return {
    ...presentArticleSummary(a, row, date),
    versions: a.versions.map((v) => ({
      id: v.id,
      text: v.text,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      documentVersionId: v.documentVersionId,
      sanction: sanctionDto(v.sanction ?? null),
    })),
    version: row.version,
    abilities: articleAbilities(actor, row, a.document.repealedOn !== null),
  };
}
