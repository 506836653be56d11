/**
 * The 不予处罚 explanation: each exemption ground with its article, then what the agency must still do —
 * 责令监护人管教/看管 (第三十条、第三十一条), 教育 (第三十三条第三款), 责令改正 (第二十八条第一款).
 */
import { cite, line, lawTitle, type ExplanationLine } from './explain.ts';
import type { AppliedGrounds } from './grounds.ts';
import { formatFen } from './sanctions.ts';
import * as src from './sources.ts';

export interface ExemptionExplanation {
  body: ExplanationLine[];
  measures: ExplanationLine[];
  reviewNotes: ExplanationLine[];
}

export function explainExemption(grounds: AppliedGrounds, incomeFen: number): ExemptionExplanation {
  const body: ExplanationLine[] = [];
  const measures: ExplanationLine[] = [];
  const reviewNotes: ExplanationLine[] = [];
  for (const g of grounds.exempt) {
    body.push(line(`当事人${g.label}，依照${cite(g.basis)}的规定，不予行政处罚。`, g.basis));
    if (g.measure) measures.push(line(`依照${cite(g.basis)}的规定，${g.measure}。`, g.basis));
  }
  const fv = grounds.firstViolation;
  if (fv && grounds.exempt.length === 0) {
    const list = fv.entry.source;
    body.push(
      line(
        `当事人系初次违法，危害后果轻微并及时改正，属于${lawTitle(list.law)}${list.article}“${fv.entry.description}”所列情形，` +
          `依照${cite(src.FIRST_VIOLATION)}的规定，可以不予行政处罚，本案不予行政处罚。`,
        src.FIRST_VIOLATION,
        list,
      ),
    );
  }
  measures.push(line(`依照${cite(src.EDUCATION)}的规定，对当事人进行教育。`, src.EDUCATION));
  measures.push(line(`依照${cite(src.CORRECTION_ORDER)}的规定，责令当事人改正违法行为。`, src.CORRECTION_ORDER));
  if (incomeFen > 0)
    reviewNotes.push(
      line(
        `当事人有违法所得${formatFen(incomeFen)}；不予行政处罚时违法所得是否没收，${cite(src.ILLEGAL_INCOME_CONFISCATION)}未作区分，请法制审核确认。`,
        src.ILLEGAL_INCOME_CONFISCATION,
      ),
    );
  return { body, measures, reviewNotes };
}
