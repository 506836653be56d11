/**
 * The shape of a public procedure flow chart (流程图, issue 6 "a flow chart per procedure"): the ordered main path,
 * the branches off each step, the clocks that bound a step and the article of each. Built from the transition table
 * and the clock tables (flow-chart-penalty.ts, flow-chart-coercion.ts) or from statute data (licensing/), so what
 * the portal shows is what the server enforces.
 */
import { citationForDisplay, lawForDisplay, userFacingText } from '../citation-display.ts';
import type { Citation } from '../citation.ts';
import type { ClockDefinition, ClockLength, DayType, Verification } from '../deadlines/clock-definition.ts';

/** Power categories (POWER_CATEGORIES codes) a chart may exist for; flowChartsForPower decides per power. */
export const FLOW_CHART_CATEGORIES: readonly string[] = ['penalty', 'license', 'coercion'];

export type FlowChartId =
  'penalty.simple' | 'penalty.general' | 'penalty.hearing' | 'licence' | 'coercion.courtEnforcement' | 'coercion.surcharge';

/** A clock on a step, said the way a citizen reads it: "当事人收到告知书后5个工作日内提出听证申请". */
export interface FlowClock {
  /** The clock's id in its table (PENALTY_CASE_CLOCKS, LICENCE_CLOCKS …). */
  id: string;
  text: string;
  basis: Citation;
  /** LAW.md tag of the number: V checked text, S secondary source, U unverified. */
  verified: Verification;
  /** The law sets no number and the period is the bureau's configured one (陈述申辩期, 立案核查期). */
  setByBureau: boolean;
}

/** When a step, branch or procedure applies, with the article that says so. */
export interface FlowCondition {
  text: string;
  basis: Citation;
}

export type FlowBranchTarget =
  | { kind: 'end' } // the procedure ends here (不予处罚, 移送, 不予受理 …)
  | { kind: 'step'; stepId: string } // back (or forward) to a step of the main path
  | { kind: 'aside' }; // a side step; the main path goes on afterwards

export interface FlowBranch {
  id: string;
  label: string;
  /** In which cases the branch is taken. */
  when: string;
  basis: Citation;
  leadsTo: FlowBranchTarget;
  clocks: FlowClock[];
  /** Penalty charts: the action of the transition table the branch is. */
  action?: string;
}

export interface FlowStep {
  id: string;
  label: string;
  /** Who acts: 执法人员, 当事人, 行政机关负责人, 人民法院 … */
  actor: string;
  description: string;
  basis: Citation;
  /** Further articles the step rests on, shown after the basis. */
  seeAlso: Citation[];
  clocks: FlowClock[];
  /** Present when the step is taken only in some cases (法制审核 where required); null when always. */
  condition: FlowCondition | null;
  branches: FlowBranch[];
  /** Penalty charts: the action of the transition table the step is. */
  action?: string;
}

export interface FlowChart {
  id: FlowChartId;
  /** Tab label: 简易程序（当场处罚）. */
  title: string;
  /** When this procedure applies. */
  applies: FlowCondition;
  steps: FlowStep[];
  /** Rules that hold for the whole chart (how days are counted …). */
  notes: FlowCondition[];
}

/** "5个工作日", "90日", "3个月", "2年" — the period as Chinese statutes and notices write it. */
export function periodText(length: ClockLength, dayType: DayType): string {
  if (length.unit === 'years') return `${length.value}年`;
  if (length.unit === 'months') return `${length.value}个月`;
  return dayType === 'workingDays' ? `${length.value}个工作日` : `${length.value}日`;
}

/**
 * A flow clock from a clock definition: `say` receives the period text computed from the definition, so a changed
 * length or day type changes the sentence too.
 */
export function flowClock(def: ClockDefinition, say: (period: string) => string): FlowClock {
  const setByBureau = def.parameter !== undefined && def.parameter.verified !== 'V';
  return { id: def.id, text: say(periodText(def.length, def.dayType)), basis: def.basis, verified: def.verified, setByBureau };
}

/** "《行政处罚法》第四十二条、第五十五条；《行政强制法》第五十三条" — consecutive articles of one law under one title. */
export function citationsText(citations: readonly Pick<Citation, 'law' | 'article'>[]): string {
  const groups: { law: string; articles: string[] }[] = [];
  for (const c of citations) {
    const last = groups.at(-1);
    if (last && last.law === c.law) last.articles.push(c.article);
    else groups.push({ law: c.law, articles: [c.article] });
  }
  // Shown to the public: an article that is only an open question (“（条次待核）”) leaves the law's name alone.
  return groups.map((g) => `${lawForDisplay(g.law)}${g.articles.map(userFacingText).filter(Boolean).join('、')}`).join('；');
}

/** The articles a step rests on, its basis first, each law and article once. */
export function stepCitations(step: Pick<FlowStep, 'basis' | 'seeAlso'>): Citation[] {
  const seen = new Set<string>();
  return [step.basis, ...step.seeAlso].filter((c) => {
    const key = citationText(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "《行政处罚法》第六十四条". */
export function citationText(c: Pick<Citation, 'law' | 'article'>): string {
  return citationForDisplay(c);
}
