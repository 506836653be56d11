/**
 * Which procedure flow charts a power of the list gets on the portal (issue 6): the three penalty procedures, the
 * 行政许可法 procedure, and the 行政强制 item's own procedure as its basis names it. Inspection, confirmation,
 * reward and the other categories follow rules of their own fields, not a general procedure statute: they keep
 * their text and get no chart.
 */
import { courtEnforcementFlowChart, surchargeFlowChart } from './flow-chart-coercion.ts';
import { licenceFlowChart } from '../licensing/licence-procedure.ts';
import { penaltyFlowCharts } from './flow-chart-penalty.ts';
import { DEFAULT_PROCEDURE_CONFIG, type ProcedureConfig } from './config.ts';
import type { FlowChart } from './flow-chart-types.ts';

export * from './flow-chart-types.ts';
export { generalPenaltyChart, hearingPenaltyChart, penaltyFlowCharts, simplePenaltyChart } from './flow-chart-penalty.ts';
export { COURT_ENFORCEMENT_SOURCES, courtEnforcementFlowChart, surchargeFlowChart } from './flow-chart-coercion.ts';
export {
  LICENCE_CLOCKS,
  LICENCE_SOURCES,
  licenceFlowChart,
  licencePeriod,
  type LicenceClock,
  type LicenceClockId,
} from '../licensing/licence-procedure.ts';

/** What the choice reads of a power: its category code, the articles it cites, whether it gives a hearing right. */
export interface FlowChartPower {
  category: string;
  basis: readonly { law: string; article: string }[];
  hearingEligible?: boolean;
}

const cites = (p: FlowChartPower, law: string, articles: readonly string[]): boolean =>
  p.basis.some((b) => b.law.includes(law) && articles.some((a) => b.article.includes(a)));

/** 行政强制: 申请人民法院强制执行 (行政强制法 第五十三、五十四条) and 加处罚款 (第四十五条 / 行政处罚法 第七十二条第一款第（一）项). */
function coercionCharts(p: FlowChartPower): FlowChart[] {
  const charts: FlowChart[] = [];
  if (cites(p, '行政强制法', ['第四十五条']) || cites(p, '行政处罚法', ['第七十二条第一款第（一）项'])) charts.push(surchargeFlowChart());
  if (cites(p, '行政强制法', ['第五十三条', '第五十四条'])) charts.push(courtEnforcementFlowChart());
  return charts;
}

/**
 * The charts of a power, in tab order. A penalty power without a hearing right (hearingEligible false) has no hearing
 * chart: 第六十三条 does not apply to it.
 */
export function flowChartsForPower(p: FlowChartPower, config: ProcedureConfig = DEFAULT_PROCEDURE_CONFIG): FlowChart[] {
  switch (p.category) {
    case 'penalty':
      return penaltyFlowCharts(config, { hearing: p.hearingEligible !== false });
    case 'license':
      return [licenceFlowChart()];
    case 'coercion':
      return coercionCharts(p);
    default:
      return [];
  }
}
