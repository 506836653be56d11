import { describe, expect, it } from 'vitest';
import type { CaseState } from '../procedures/states.ts';
import { caseFilePath, checkCaseFile, documentAvailability, requiredDocuments, type CaseFileDocument, type CaseFileFacts } from './case-file.ts';
import { ENFORCEMENT_DOCUMENT_KINDS, ENFORCEMENT_DOCUMENT_KIND_IDS, GENERATED_DOCUMENT_KINDS, type GeneratedDocumentKind } from './kinds.ts';

const GENERAL_ACTIONS = ['fileCase', 'startInvestigation', 'submitInvestigationReport', 'completeLegalReview', 'servePriorNotice', 'recordStatementWaiver', 'recordHearingWaiver', 'decide', 'serveDecision', 'close'];
const facts = (state: CaseState, actions: readonly string[], procedure: 'general' | 'simple' | null = 'general'): CaseFileFacts => ({ state, procedure, actions });
const doc = (kind: GeneratedDocumentKind, iso = '2026-03-10T02:00:00Z', version = 1): CaseFileDocument => ({ kind, version, generatedAt: new Date(iso) });
const kindsOf = (path: Parameters<typeof requiredDocuments>[0]) => requiredDocuments(path).map((r) => r.kind);

describe('document kinds', () => {
  it('marks exactly the generated kinds as generated, each with a label from the §5 list', () => {
    expect(ENFORCEMENT_DOCUMENT_KIND_IDS.filter((k) => ENFORCEMENT_DOCUMENT_KINDS[k].generated)).toEqual([...GENERATED_DOCUMENT_KINDS]);
    expect(ENFORCEMENT_DOCUMENT_KINDS.decision.numberKind).toBe('decision');
  });
});

describe('the path a case took decides its required documents', () => {
  it.each<[string, CaseFileFacts, string]>([
    ['general', facts('closed', GENERAL_ACTIONS), 'general'],
    ['hearing held', facts('closed', [...GENERAL_ACTIONS.slice(0, 5), 'requestHearing', 'serveHearingNotice', 'holdHearing', 'decide', 'serveDecision', 'close']), 'hearing'],
    ['hearing requested then withdrawn before notice', facts('closed', [...GENERAL_ACTIONS.slice(0, 5), 'requestHearing', 'recordHearingWithdrawal', 'decide', 'serveDecision', 'close']), 'general'],
    ['simple', facts('simpleRecorded', ['decideOnTheSpot', 'fileWithAgency'], 'simple'), 'simple'],
    ['no penalty', facts('noPenalty', ['fileCase', 'startInvestigation', 'submitInvestigationReport', 'decideNoPenalty']), 'noPenalty'],
    ['transfer', facts('transferred', ['fileCase', 'transfer']), 'transfer'],
    ['withdrawn', facts('withdrawn', ['fileCase', 'withdraw']), 'withdrawn'],
    ['declined at the lead', facts('withdrawn', ['declineFiling'], null), 'declined'],
  ])('%s', (_name, f, path) => {
    expect(caseFilePath(f)).toBe(path);
  });

  it('a general case needs filing approval, report, notice, decision, service receipt, closing report and cover; a hearing case also the hearing notice', () => {
    expect(kindsOf('general')).toEqual(['filingApproval', 'investigationReport', 'priorNotice', 'decision', 'serviceReceipt', 'closingReport', 'caseFileCover']);
    expect(kindsOf('hearing')).toEqual(['filingApproval', 'investigationReport', 'priorNotice', 'hearingNotice', 'decision', 'serviceReceipt', 'closingReport', 'caseFileCover']);
    expect(kindsOf('noPenalty')).toContain('noPenaltyDecision');
    expect(kindsOf('noPenalty')).not.toContain('decision');
    expect(kindsOf('transfer')).toContain('transferLetter');
    expect(kindsOf('simple')).not.toContain('filingApproval');
    for (const r of requiredDocuments('hearing')) expect(r.basis.article).toMatch(/^第|（/);
  });
});

describe('what can be generated now', () => {
  const available = (f: CaseFileFacts) => documentAvailability(f).filter((a) => a.available).map((a) => a.kind);

  it('follows the recorded steps: a decided case has the decision and its service receipt, not yet the closing report', () => {
    const a = available(facts('decided', GENERAL_ACTIONS.slice(0, 8)));
    expect(a).toEqual(expect.arrayContaining(['filingApproval', 'investigationReport', 'priorNotice', 'decision', 'serviceReceipt']));
    expect(a).not.toContain('closingReport');
    expect(a).not.toContain('hearingNotice');
    expect(a).not.toContain('noPenaltyDecision');
  });

  it('gives the reason a kind is not available', () => {
    const filed = documentAvailability(facts('filed', ['fileCase']));
    expect(filed.find((a) => a.kind === 'decision')).toMatchObject({ available: false, reason: '尚未作出行政处罚决定' });
    expect(filed.find((a) => a.kind === 'caseFileCover')?.reason).toContain('尚未办结');
  });

  it('generates nothing into an archived case file', () => {
    expect(available(facts('archived', GENERAL_ACTIONS))).toEqual([]);
    expect(documentAvailability(facts('archived', GENERAL_ACTIONS))[0]?.reason).toBe('案卷已归档，不再生成文书');
  });
});

describe('case file completeness', () => {
  const closed = facts('closed', GENERAL_ACTIONS);
  const all = (['filingApproval', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'decision', 'serviceReceipt', 'closingReport'] as const).map((k) => doc(k, '2026-03-10T02:00:00Z'));

  it('lists every missing required document with its reason and article', () => {
    const r = checkCaseFile(closed, [doc('decision')]);
    expect(r.complete).toBe(false);
    expect(r.missing.map((m) => m.kind)).toEqual(['filingApproval', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'serviceReceipt', 'closingReport', 'caseFileCover']);
    expect(r.missing[0]?.reason).toContain('未生成《立案审批表》');
    expect(r.missing.find((m) => m.kind === 'serviceReceipt')?.basis.article).toBe('第六十一条');
  });

  it('is complete when every required document is there and the cover was made last', () => {
    const r = checkCaseFile(closed, [...all, doc('caseFileCover', '2026-03-11T02:00:00Z')]);
    expect(r).toMatchObject({ path: 'general', complete: true, missing: [] });
    expect(r.required.every((x) => x.present)).toBe(true);
  });

  it('asks for a new cover when a document was generated after the directory', () => {
    const r = checkCaseFile(closed, [...all, doc('caseFileCover', '2026-03-11T02:00:00Z'), doc('decision', '2026-03-12T02:00:00Z', 2)]);
    expect(r.complete).toBe(false);
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]?.reason).toContain('须重新生成案卷封面及卷内目录');
    expect(r.missing[0]?.reason).toContain('《行政处罚决定书》');
  });

  it('a hearing case without its hearing notice is incomplete', () => {
    const hearing = facts('closed', [...GENERAL_ACTIONS.slice(0, 5), 'requestHearing', 'serveHearingNotice', 'holdHearing', 'decide', 'serveDecision', 'close']);
    const r = checkCaseFile(hearing, [...all, doc('caseFileCover', '2026-03-11T02:00:00Z')]);
    expect(r.missing.map((m) => m.kind)).toEqual(['hearingNotice']);
  });

  it('a withdrawn case needs only the filing approval, the closing report and the cover', () => {
    const r = checkCaseFile(facts('withdrawn', ['fileCase', 'withdraw']), [doc('filingApproval'), doc('closingReport'), doc('caseFileCover', '2026-03-11T02:00:00Z')]);
    expect(r.complete).toBe(true);
  });
});

describe('the records of the steps the case took (第五十五条、第五十七条、第五十八条)', () => {
  const closed = facts('closed', GENERAL_ACTIONS);
  const base = (['filingApproval', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'decision', 'serviceReceipt', 'closingReport'] as const).map((k) => doc(k));
  const cover = doc('caseFileCover', '2026-03-11T02:00:00Z');

  it('a case with 询问笔录 and 现场检查笔录 recorded needs both printed into its file', () => {
    const f = { ...closed, recordKinds: ['inquiry', 'inspection'] as const };
    const r = checkCaseFile(f, [...base, cover]);
    expect(r.missing.map((m) => m.kind)).toEqual(['inquiryRecord', 'inspectionRecord']);
    expect(r.missing[0]).toMatchObject({ basis: { article: '第五十五条' } });
    expect(checkCaseFile(f, [...base, doc('inquiryRecord'), doc('inspectionRecord'), cover]).complete).toBe(true);
  });

  it('the legal review opinion is required only when the case went through 法制审核', () => {
    const noReview = facts('closed', GENERAL_ACTIONS.filter((a) => a !== 'completeLegalReview'));
    expect(checkCaseFile(noReview, [...base.filter((d) => d.kind !== 'legalReviewOpinion'), cover]).complete).toBe(true);
    expect(checkCaseFile(closed, [...base.filter((d) => d.kind !== 'legalReviewOpinion'), cover]).missing).toEqual([
      expect.objectContaining({ kind: 'legalReviewOpinion', basis: expect.objectContaining({ article: '第五十八条' }) }),
    ]);
  });

  it('a collectively discussed case needs the discussion record, in case order before the prior notice', () => {
    const discussed = facts('closed', [...GENERAL_ACTIONS.slice(0, 7), 'recordCollectiveDiscussion', ...GENERAL_ACTIONS.slice(7)]);
    const kinds = checkCaseFile(discussed, []).required.map((r) => r.kind);
    expect(kinds.indexOf('collectiveDiscussionRecord')).toBeGreaterThan(kinds.indexOf('legalReviewOpinion'));
    expect(kinds.indexOf('collectiveDiscussionRecord')).toBeLessThan(kinds.indexOf('priorNotice'));
    expect(checkCaseFile(discussed, [...base, cover]).missing.map((m) => m.kind)).toEqual(['collectiveDiscussionRecord']);
  });

  it('a simple-procedure case needs its pre-numbered 当场行政处罚决定书 (第五十二条)', () => {
    const simple = facts('closed', ['decideOnTheSpot', 'fileWithAgency', 'close'], 'simple');
    expect(checkCaseFile(simple, [doc('closingReport'), cover]).missing).toEqual([
      expect.objectContaining({ kind: 'onTheSpotDecision', basis: expect.objectContaining({ article: '第五十二条' }) }),
    ]);
    expect(checkCaseFile(simple, [doc('onTheSpotDecision'), doc('closingReport'), cover]).complete).toBe(true);
  });

  it('笔录 can be generated once the evidence module holds one; the reason says where to record it', () => {
    const filed = facts('investigating', ['fileCase', 'startInvestigation']);
    expect(documentAvailability(filed).find((a) => a.kind === 'inquiryRecord')).toMatchObject({ available: false, reason: expect.stringContaining('证据') });
    expect(documentAvailability({ ...filed, recordKinds: ['inquiry'] }).find((a) => a.kind === 'inquiryRecord')).toMatchObject({ available: true });
    expect(documentAvailability({ ...filed, recordKinds: ['inquiry'] }).find((a) => a.kind === 'inspectionRecord')).toMatchObject({ available: false });
  });
});

describe('case file completeness: the 证据目录 (第四十条)', () => {
  const complete = (['filingApproval', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'decision', 'serviceReceipt', 'closingReport'] as const)
    .map((k) => doc(k, '2026-03-10T02:00:00Z'))
    .concat(doc('caseFileCover', '2026-03-11T02:00:00Z'));

  it('refuses to archive a penalty case whose 证据目录 is empty, naming it with the article', () => {
    const r = checkCaseFile({ ...facts('closed', GENERAL_ACTIONS), evidenceItems: 0 }, complete);
    expect(r.complete).toBe(false);
    expect(r.missing).toHaveLength(1);
    expect(r.missing[0]).toMatchObject({ kind: 'evidenceCatalogue', label: '证据目录' });
    expect(r.missing[0]?.reason).toContain('证据目录为空');
    expect(r.missing[0]?.basis.article).toBe('第四十条');
  });

  it('is complete with one evidence item', () => {
    expect(checkCaseFile({ ...facts('closed', GENERAL_ACTIONS), evidenceItems: 1 }, complete).complete).toBe(true);
  });

  it('does not ask for evidence where no penalty was decided (撤销立案)', () => {
    const r = checkCaseFile({ ...facts('withdrawn', ['fileCase', 'withdraw']), evidenceItems: 0 }, [doc('filingApproval'), doc('closingReport'), doc('caseFileCover', '2026-03-11T02:00:00Z')]);
    expect(r.complete).toBe(true);
  });
});
