/**
 * Names of natural persons the case does not list, hidden because of the word that introduces them (SECURITY.md §3:
 * names of anyone other than the party are always hidden). The reviewer's texts (证人李四和王小明; 王大锤, 赵钱孙)
 * were published unchanged; legal wording that starts with a surname character (张贴, 王法, 陈述 …) must stay.
 */
import { describe, expect, it } from 'vitest';
import { maskDecisionText, scanForLeaks, suspectedNamesIn } from './mask.ts';
import { renderPublicDecision, NO_MANUAL_MASKING, type DecisionSource } from './render.ts';
import { DEFAULT_MASKING_POLICY as DEFAULT, type MaskingContext } from './pii-types.ts';

const citizen = (name: string, extra: Partial<MaskingContext> = {}): MaskingContext => ({
  party: { kind: 'citizen', name },
  organisations: [{ name: '示例市司法局' }],
  ...extra,
});
const mask = (text: string, ctx = citizen('张三')) => maskDecisionText(text, ctx);

describe('names after cue words', () => {
  it("the reviewer's witnesses: 证人李四和王小明 → 证人李某和王某, everywhere in the text, and the scan is clean", () => {
    const text = '经查，证人李四和王小明证实当事人张三在场。李四另称其未收到款项。王小明与当事人无利害关系。';
    const m = mask(text);
    expect(m.text).toBe('经查，证人李某和王某证实当事人张某在场。李某另称其未收到款项。王某与当事人无利害关系。');
    expect(m.findings.filter((f) => f.kind === 'personName').every((f) => f.rule === 'heuristic')).toBe(true);
    expect(scanForLeaks(m.text, citizen('张三'))).toEqual([]);
    // Without the masking, the leak gate now finds them.
    expect(scanForLeaks(text, citizen('张三')).filter((l) => l.kind === 'personName')).toHaveLength(4);
  });

  it('an enumeration with 、 和 与 及 and three-character and compound names', () => {
    const m = mask('证人李四和王小明、赵六及欧阳明华均证实上述事实。');
    expect(m.text).toBe('证人李某和王某、赵某及欧阳某均证实上述事实。');
  });

  it('王大锤 / 赵钱孙 after other cues: agent, victim, employee, relative, 与…同住', () => {
    const cases: [string, string][] = [
      ['委托代理人王大锤到场。', '委托代理人王某到场。'],
      ['受害人赵钱孙陈述：', '受害人赵某陈述：'],
      ['员工王大锤负责收银，', '员工王某负责收银，'],
      ['当事人之父赵钱孙签字确认。', '当事人之父赵某签字确认。'],
      ['当事人与王大锤同住。', '当事人与王某同住。'],
      ['举报人：赵钱孙，', '举报人：赵某，'],
      ['法定代理人系王大锤。', '法定代理人系王某。'],
    ];
    for (const [text, want] of cases) expect(mask(text).text).toBe(want);
  });

  it('two cued names with the same surname are told apart (王某甲, 王某乙); the party keeps the party policy', () => {
    const m = mask('证人王大锤、王小明证实当事人张三在场。');
    expect(m.text).toBe('证人王某甲、王某乙证实当事人张某在场。');
    // The party named after a cue (被询问人张三) stays 张某, not a second person.
    expect(mask('被询问人张三称其不知情。').text).toBe('被询问人张某称其不知情。');
  });

  it('the surname-stars and anonymous policies apply to cued names too', () => {
    const ctx = citizen('张三');
    expect(maskDecisionText('证人王小明证实', ctx, { ...DEFAULT, otherNames: 'surnameStars' }).text).toBe('证人王**证实');
    expect(maskDecisionText('证人王小明证实', ctx, { ...DEFAULT, otherNames: 'anonymous' }).text).toBe('证人某某证实');
  });

  it('keeps legal wording and organisations: no false positives', () => {
    const kept = [
      '员工张贴告示',
      '目无王法',
      '被害人陈述、证人证言',
      '代理人、辩护人的，给予警告',
      '委托代理人到场',
      '举报人保密',
      '代理人和辩护人',
      '员工宿舍',
      '员工工资',
      '职工代表大会',
      '责令其监护人严加看管和治疗',
      '责令监护人管教/看管',
      '公证人员鉴定',
      '执法人员王五、赵六出示执法证件',
      '法定代表人：李强',
      '联系人电话',
      '监护人同意',
      '代理人应当提交授权委托书',
      '证人高度一致',
      '员工于2026年3月1日入职',
      '当事人张贴广告',
    ];
    for (const text of kept) expect(mask(text, citizen('孙悟空')).text, text).toBe(text);
    // An organisation named after a cue keeps its name.
    const org = citizen('孙悟空', { organisations: [{ name: '南京德润商贸有限公司' }] });
    expect(maskDecisionText('委托代理人南京德润商贸有限公司', org).text).toBe('委托代理人南京德润商贸有限公司');
  });

  it('flags a name-like word near a cue that it did not mask as 疑似姓名, and nothing in masked output', () => {
    expect(suspectedNamesIn('证人当场指认，王小明为经营者。', citizen('张三'))).toEqual(['王小明']);
    expect(mask('证人当场指认，王小明为经营者。').suspectedNames).toEqual(['王小明']);
    expect(suspectedNamesIn(mask('证人李四和王小明证实').text, citizen('张三'))).toEqual([]);
  });
});

describe('a rendered decision', () => {
  const source: DecisionSource = {
    decisionNumber: '示司罚决字〔2026〕第12号',
    agencyName: '示例市司法局',
    decisionDate: '2026年3月1日',
    party: { kind: 'citizen', name: '张三', idNumber: null, address: '南京市玄武区中山路1号' },
    facts: '当事人张三未取得执业证书从事法律服务，证人李四和王小明证实上述事实，当时员工王大锤、赵钱孙亦在场。',
    evidence: ['证人李四询问笔录'],
    legalBasis: ['《律师法》第五十五条'],
    penalty: [{ kind: 'warning' }],
    performance: '',
    remedies: '',
  };
  it('the public text has 李某/王某甲/王某乙/赵某 and no original witness name; the leak list is empty', () => {
    const r = renderPublicDecision(source, NO_MANUAL_MASKING);
    for (const n of ['李四', '王小明', '王大锤', '赵钱孙']) expect(r.text).not.toContain(n);
    // Two 王 among the others: 王某甲 and 王某乙 in order of appearance.
    expect(r.text).toContain('证人李某和王某甲证实上述事实，当时员工王某乙、赵某亦在场');
    expect(r.text).toContain('证据：证人李某询问笔录');
    expect(r.leaks).toEqual([]);
  });
});
