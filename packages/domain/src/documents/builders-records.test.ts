/** 询问笔录 / 现场检查笔录, 法制审核意见书, 集体讨论记录 and the 当场行政处罚决定书 built from the case's records. */
import { describe, expect, it } from 'vitest';
import { buildDocumentModel } from './builders/index.ts';
import { decidedCaseSource, inquiry, inspection, onTheSpotStep, reviewAndDiscussionSteps } from './document-fixtures.ts';
import { DocumentSourceError, type DocumentBlock, type DocumentModel } from './model.ts';

const textOf = (b: DocumentBlock): string =>
  b.type === 'paragraph' ? b.text : b.type === 'fields' ? b.rows.map((r) => `${r.label}${r.value}`).join('') : b.type === 'table' ? [...b.columns, ...b.rows.flat()].join('') : `${b.agency}${b.date}`;
const allText = (m: DocumentModel) => m.blocks.map(textOf).join('\n');
const opts = { number: null, generatedOn: '2026-03-20' as const };

describe('询问笔录 and 现场检查笔录 (第五十五条)', () => {
  const src = decidedCaseSource({ records: [inspection, inquiry] });

  it('prints the time in Shanghai, the place, both officers with certificate numbers shown, the person and the content line by line', () => {
    const m = buildDocumentModel('inquiryRecord', src, opts);
    const text = allText(m);
    expect(m.title).toBe('询问（调查）笔录');
    expect(text).toContain('询问时间2026年2月23日9时30分至10时15分');
    expect(text).toContain('张执法（执法证号32010020260001）、李执法（执法证号32010020260002）');
    expect(text).toContain('执法人员已出示执法证件');
    expect(text).toContain('被询问人王某某（当事人）');
    expect(m.blocks).toContainEqual(expect.objectContaining({ type: 'paragraph', text: '答：甲律师事务所和乙律师事务所。' }));
    expect(text).toContain('以上笔录我已看过，与我说的相符。');
    expect(text).not.toContain('乙律师事务所公示栏');
  });

  it('the inspection record notes the refusal to sign instead of a signature', () => {
    const text = allText(buildDocumentModel('inspectionRecord', src, opts));
    expect(text).toContain('检查地点乙律师事务所');
    expect(text).toContain('在场人拒绝签名。执法人员注明：在场人拒绝签名，执法人员张执法、李执法见证');
    expect(text).not.toContain('在场人（签名）');
  });

  it('holds every record of the kind in evidence order, each headed with its evidence number', () => {
    const second = { ...inquiry, evidenceSeq: 5, person: { name: '陈某', role: 'witness' as const } };
    const m = buildDocumentModel('inquiryRecord', decidedCaseSource({ records: [second, inquiry] }), opts);
    const text = allText(m);
    expect(text.indexOf('第1份（证据第1号）')).toBeLessThan(text.indexOf('第2份（证据第5号）'));
    expect(text).toContain('被询问人陈某（证人）');
  });

  it('refuses without a record of the kind', () => {
    expect(() => buildDocumentModel('inquiryRecord', decidedCaseSource(), opts)).toThrow(DocumentSourceError);
  });
});

describe('法制审核意见书 (第五十八条) and 集体讨论记录 (第五十七条)', () => {
  const base = decidedCaseSource();
  const src = decidedCaseSource({ steps: [...base.steps, ...reviewAndDiscussionSteps] });

  it('the opinion carries the reviewer, the date, the opinion and every round including the return', () => {
    const m = buildDocumentModel('legalReviewOpinion', src, opts);
    const text = allText(m);
    expect(m.title).toBe('法制审核意见书');
    expect(text).toContain('送审的处理意见拟给予罚款3000元');
    expect(text).toContain('事实清楚，证据确凿，适用依据正确');
    expect(text).toContain('审核人赵审核');
    expect(text).toContain('审核日期2026年2月25日');
    expect(text).toContain('存在问题，退回补充缺少执业登记材料');
    expect(text).toContain('第五十八条');
  });

  it('the discussion record names the leaders apart from those sitting in, the minutes and the penalty decided', () => {
    const m = buildDocumentModel('collectiveDiscussionRecord', src, opts);
    const text = allText(m);
    expect(text).toContain('参加讨论的负责人局长、王副局长、陈副局长');
    expect(text).toContain('列席人员法制科科长');
    expect(m.blocks).toContainEqual(expect.objectContaining({ text: '王副局长：同意罚款三千元。' }));
    expect(text).toContain('决定对当事人给予罚款3000元');
  });

  it('neither is built before its step', () => {
    expect(() => buildDocumentModel('legalReviewOpinion', base, opts)).toThrow('法制审核');
    expect(() => buildDocumentModel('collectiveDiscussionRecord', base, opts)).toThrow('集体讨论');
  });
});

describe('当场行政处罚决定书 (第五十二条)', () => {
  const src = decidedCaseSource({ procedure: 'simple', state: 'simpleDecided', steps: [onTheSpotStep] });
  const m = buildDocumentModel('onTheSpotDecision', src, opts);
  const text = allText(m);

  it('is numbered with the pre-printed form number, not a number from a series', () => {
    expect(m.number).toBe('DC-2026-000123');
    expect(m.title).toBe('当场行政处罚决定书');
  });

  it('states every item 第五十二条 lists', () => {
    for (const s of ['违法行为：未按规定悬挂执业证书。', '时间：2026年3月2日9时00分', '地点：示例市玄武区某路1号', '《示例市法律服务管理办法》第二十条', '罚款数额：100元', '六十日内依法先向行政复议机关申请行政复议', '执法人员（签名）：张执法（执法证号32010020260001）', '示例市司法局2026年3月2日', '报所属行政机关备案']) {
      expect(text).toContain(s);
    }
    expect(text).toContain('当事人签收：王某某');
  });

  it('tells the party to apply for 复议 first and sue only after it (行政复议法 第二十三条), never six months to sue', () => {
    expect(text).toContain('对行政复议决定不服的，可以再依法向人民法院提起行政诉讼');
    expect(text).toContain('《中华人民共和国行政复议法》第二十三条');
    expect(text).not.toMatch(/六个月|6个月/);
    // The officer wrote the old general-procedure wording: the organ is kept, the direct suit is not printed.
    const old = { ...onTheSpotStep, payload: { ...onTheSpotStep.payload, remedies: '可在六十日内向示例市人民政府申请行政复议，或在六个月内向人民法院提起行政诉讼' } };
    const t = allText(buildDocumentModel('onTheSpotDecision', { ...src, steps: [old] }, opts));
    expect(t).toContain('行政复议机关：示例市人民政府');
    expect(t).not.toMatch(/六个月/);
  });

  it('notes a refusal to receive it', () => {
    const refused = { ...onTheSpotStep, payload: { ...onTheSpotStep.payload, handedOver: 'refusalNoted' } };
    expect(allText(buildDocumentModel('onTheSpotDecision', { ...src, steps: [refused] }, opts))).toContain('当事人拒绝签收，执法人员已在本决定书上注明');
  });
});
