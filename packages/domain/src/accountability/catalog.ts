/** Read models over the statutory data: grouped by law (what the portal shows) and flat (one row per 追责情形). */
import type { Citation } from '../citation.ts';
import { ACCOUNTABILITY_PROVISIONS, type AccountabilityProvision } from './grounds.ts';
import { ACCOUNTABILITY_LAW_IDS, ACCOUNTABILITY_LAWS, type AccountabilityLaw } from './sources.ts';

export interface AccountabilityLawGroup {
  law: AccountabilityLaw;
  provisions: readonly AccountabilityProvision[];
}

/** Laws in a fixed order (处罚, 许可, 强制, 监督); provisions in article order as listed. */
export function accountabilityByLaw(provisions: readonly AccountabilityProvision[] = ACCOUNTABILITY_PROVISIONS): AccountabilityLawGroup[] {
  return ACCOUNTABILITY_LAW_IDS.map((id) => ({ law: ACCOUNTABILITY_LAWS[id], provisions: provisions.filter((p) => p.law === id) })).filter(
    (g) => g.provisions.length > 0,
  );
}

export interface FlatAccountabilityTrigger {
  provisionId: string;
  citation: Citation;
  summary: string;
}

/** One row per ground, cited down to the item: { law: '行政处罚法', article: '第七十六条第一款第（三）项' }. */
export function flatAccountabilityTriggers(
  provisions: readonly AccountabilityProvision[] = ACCOUNTABILITY_PROVISIONS,
): FlatAccountabilityTrigger[] {
  return provisions.flatMap((p) =>
    p.triggers.map((t) => ({
      provisionId: p.id,
      citation: {
        law: ACCOUNTABILITY_LAWS[p.law].shortTitle,
        article: t.item ? `${p.article}第${t.item}项` : p.article,
        note: p.consequence,
      },
      summary: t.summary,
    })),
  );
}
