import { describe, expect, it } from 'vitest';
import { statutoryDayType } from '../deadlines/clock-definition.ts';
import { citationText } from '../procedures/flow-chart-types.ts';
import { LICENCE_CLOCKS, licenceFlowChart, licencePeriod } from './licence-procedure.ts';

const chart = licenceFlowChart();
const stepById = (id: string) => {
  const s = chart.steps.find((x) => x.id === id);
  if (!s) throw new Error(`no step ${id}`);
  return s;
};

describe('the 行政许可 flow chart (行政许可法 第四章)', () => {
  it('runs 申请 → 受理 → 审查 → 听证 → 决定 → 送达 → 公开 with the article of each', () => {
    expect(chart.steps.map((s) => `${s.label} ${citationText(s.basis)}`)).toEqual([
      '提出申请 《行政许可法》第二十九条',
      '受理 《行政许可法》第三十二条',
      '审查 《行政许可法》第三十四条',
      '听证 《行政许可法》第四十七条',
      '作出许可决定 《行政许可法》第三十八条',
      '颁发、送达许可证件 《行政许可法》第四十四条',
      '公开许可决定 《行政许可法》第四十条',
    ]);
  });

  it('counts every period in working days (第八十二条) and says so', () => {
    for (const c of Object.values(LICENCE_CLOCKS)) expect(statutoryDayType('行政许可法', c.length).dayType).toBe('workingDays');
    expect(chart.notes.map((n) => citationText(n.basis))).toContain('《行政许可法》第八十二条');
    expect(licencePeriod({ value: 20, unit: 'days' })).toBe('20个工作日');
  });

  it('gives 补正 5 days, the decision 20 days plus 10 with approval, and the certificate 10 days', () => {
    const correction = stepById('accept').branches.find((b) => b.id === 'correction')!;
    expect(correction.clocks[0]!.text).toContain('5个工作日内一次告知需要补正的全部内容');
    expect(correction.leadsTo).toEqual({ kind: 'step', stepId: 'accept' });
    const decision = stepById('decide').clocks[0]!;
    expect(decision.text).toBe('自受理之日起20个工作日内作出决定；不能作出的，经本机关负责人批准可以延长10个工作日，并将理由告知申请人');
    expect(citationText(decision.basis)).toBe('《行政许可法》第四十二条');
    expect(stepById('issue').clocks[0]!.text).toBe('自作出准予许可决定之日起10个工作日内颁发、送达');
  });

  it('holds a hearing only where 第四十六条/第四十七条 call for one, with its 5/20/7-day clocks', () => {
    const hearing = stepById('hearing');
    expect(hearing.condition?.basis.article).toBe('第四十六条');
    expect(hearing.clocks.map((c) => c.text)).toEqual([
      '申请人、利害关系人被告知听证权利之日起5个工作日内提出听证申请',
      '收到听证申请后20个工作日内组织听证',
      '举行听证的7个工作日前通知申请人、利害关系人，必要时予以公告',
    ]);
    for (const id of ['apply', 'accept', 'examine', 'decide', 'issue', 'publish']) expect(stepById(id).condition).toBeNull();
  });

  it('ends the procedure on 不予受理 and 不予许可, and sends 初审 items to the higher organ within 20 days', () => {
    const ends = chart.steps.flatMap((s) => s.branches).filter((b) => b.leadsTo.kind === 'end');
    expect(ends.map((b) => `${b.label} ${b.basis.article}`)).toEqual([
      '不予受理 第三十二条第一款第（一）、（二）项',
      '不予行政许可 第三十八条',
    ]);
    const initial = stepById('examine').branches.find((b) => b.id === 'initialReview')!;
    expect(initial.clocks[0]!.text).toBe('自受理之日起20个工作日内审查完毕');
    expect(citationText(initial.clocks[0]!.basis)).toBe('《行政许可法》第四十三条');
  });
});
