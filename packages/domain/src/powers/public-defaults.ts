/**
 * What the public power page says for 法定时限 and 收费 when a list item records none: the general statutory rule
 * for the item's category, with its article, only where a statute states one. Otherwise nothing (the page shows
 * "—"): a guessed value would be worse than an honest blank.
 */
import type { PowerCategory } from './power.ts';

export interface StatutoryDefault {
  text: string;
  /** The statute and article, shown with the text. */
  citation: string;
}

const TIME_LIMITS: Partial<Record<PowerCategory, StatutoryDefault>> = {
  // 行政处罚法 第六十条: 自立案之日起九十日内作出行政处罚决定；法律、法规、规章另有规定的，从其规定.
  penalty: { text: '自立案之日起九十日内作出处罚决定（法律、法规、规章另有规定的，从其规定）', citation: '《中华人民共和国行政处罚法》第六十条' },
  // 行政许可法 第四十二条第一款: 自受理之日起二十日内作出决定；经本机关负责人批准可延长十日；法律、法规另有规定的，依照其规定.
  license: {
    text: '自受理之日起二十日内作出决定，经本机关负责人批准可延长十日（法律、法规另有规定的，依照其规定）',
    citation: '《中华人民共和国行政许可法》第四十二条第一款',
  },
};

const FEES: Partial<Record<PowerCategory, StatutoryDefault>> = {
  // 行政许可法 第五十八条第一款: 实施行政许可和对行政许可事项进行监督检查，不得收取任何费用（法律、行政法规另有规定的除外）.
  license: { text: '不收费', citation: '《中华人民共和国行政许可法》第五十八条第一款' },
};

/** `category` as the API sends it (a PowerCategory code); an unknown one has no default. */
export function statutoryTimeLimitDefault(category: string): StatutoryDefault | null {
  return (TIME_LIMITS as Record<string, StatutoryDefault | undefined>)[category] ?? null;
}

export function statutoryFeesDefault(category: string): StatutoryDefault | null {
  return (FEES as Record<string, StatutoryDefault | undefined>)[category] ?? null;
}
