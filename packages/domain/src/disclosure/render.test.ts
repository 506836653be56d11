import { describe, expect, it } from 'vitest';
import { idCardCheckChar } from '../identity/personal-data.ts';
import { usccCheckChar } from '../subjects/uscc.ts';
import { composeDecisionText, NO_MANUAL_MASKING, renderPublicDecision, type DecisionSource } from './render.ts';

const first17 = '32010219850301001';
const ID = first17 + idCardCheckChar(first17);
const usccBody = '91320102MA1W2X3Y4';
const USCC = usccBody + usccCheckChar(usccBody);

const citizen: DecisionSource = {
  decisionNumber: '测司罚决字〔2026〕第1号',
  agencyName: '测试市司法局',
  decisionDate: '2026-03-02',
  party: { kind: 'citizen', name: '王小明', idNumber: ID, address: '南京市玄武区中山路18号3幢501室' },
  facts: '当事人王小明同时在两个律师事务所执业，证人李大伟证实，联系电话13912345678。',
  evidence: ['询问笔录'],
  legalBasis: ['《中华人民共和国律师法》第四十七条'],
  penalty: [{ kind: 'fine', amountFen: 500_000 }],
  performance: '十五日内缴纳',
  remedies: '六十日内申请行政复议',
};

describe('renderPublicDecision', () => {
  it('composes the document from its fields and masks the party (张某), ID, address and phone', () => {
    expect(composeDecisionText(citizen)).toContain(ID);
    const r = renderPublicDecision(citizen, { ...NO_MANUAL_MASKING, extraPersons: ['李大伟'] });
    expect(r.partyDisplay).toBe('王某');
    expect(r.text).toContain('当事人：王某');
    for (const secret of ['王小明', ID, '中山路18号', '13912345678', '李大伟']) expect(r.text).not.toContain(secret);
    expect(r.text).toContain('测司罚决字〔2026〕第1号');
    expect(r.text).toContain('罚款5000元');
    expect(r.leaks).toEqual([]);
  });

  it('hides a name the case does not list when a cue word introduces it (证人李大伟 → 证人李某)', () => {
    const r = renderPublicDecision(citizen);
    expect(r.text).not.toContain('李大伟');
    expect(r.text).toContain('证人李某证实');
    expect(r.leaks).toEqual([]);
  });

  it('keeps an organisation party’s name, code and registered address', () => {
    const org: DecisionSource = {
      ...citizen,
      party: { kind: 'organisation', name: '南京德润商贸有限公司', idNumber: USCC, address: '南京市鼓楼区汉中路1号' },
      facts: '经查，当事人违法。',
    };
    const r = renderPublicDecision(org);
    expect(r.partyDisplay).toBe('南京德润商贸有限公司');
    expect(r.text).toContain(USCC);
    expect(r.text).toContain('南京市鼓楼区汉中路1号');
    expect(r.leaks).toEqual([]);
  });

  it('re-scans a hand-edited text and the manual list: leaks are reported, never the text itself', () => {
    const base = renderPublicDecision(citizen, { ...NO_MANUAL_MASKING, extraHidden: ['两个律师事务所'] });
    expect(base.text).not.toContain('两个律师事务所');
    expect(base.leaks).toEqual([]);
    const edited = renderPublicDecision(citizen, {
      extraPersons: [],
      extraHidden: ['两个律师事务所'],
      editedText: `${base.text}\n补充：联系电话13912345678，两个律师事务所`,
    });
    expect(edited.edited).toBe(true);
    expect(edited.leaks.map((l) => l.kind).sort()).toEqual(['manual', 'mobile']);
  });

  it('shows the full name or 张** when the bureau’s policy says so', () => {
    const policy = {
      partyName: 'full',
      otherNames: 'surnameMou',
      numbers: 'hidden',
      maskIdLikeWithBadChecksum: true,
      maskDigitRunsFrom: 12,
      addressPrefix: 'county',
    } as const;
    expect(renderPublicDecision(citizen, NO_MANUAL_MASKING, policy).partyDisplay).toBe('王小明');
    expect(renderPublicDecision(citizen, NO_MANUAL_MASKING, { ...policy, partyName: 'surnameStars' }).partyDisplay).toBe('王**');
  });
});
