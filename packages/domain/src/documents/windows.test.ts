import { describe, expect, it } from 'vitest';
import { citationForDisplay } from '../citation-display.ts';
import { CASE_ACTIONS } from '../procedures/actions.ts';
import { CASE_STATES, type CaseState } from '../procedures/states.ts';
import { buildDocumentModel } from './builders/index.ts';
import { decidedCaseSource } from './document-fixtures.ts';
import { GENERATED_DOCUMENT_KINDS } from './kinds.ts';
import { DOCUMENT_WINDOWS, documentIssue, documentOffers, documentWindow, statesBetween, type DocumentWindowFacts } from './windows.ts';

const t = (iso: string) => new Date(iso);
/** A general case: notice served on 26 Feb, decided on 2 Mar, served and closed after. */
const steps = [
  { action: 'fileCase', at: t('2026-02-21T02:00:00Z') },
  { action: 'startInvestigation', at: t('2026-02-22T02:00:00Z') },
  { action: 'submitInvestigationReport', at: t('2026-02-25T02:00:00Z') },
  { action: 'servePriorNotice', at: t('2026-02-26T02:00:00Z') },
  { action: 'recordStatementWaiver', at: t('2026-02-27T02:00:00Z') },
  { action: 'decide', at: t('2026-03-02T01:00:00Z') },
  { action: 'serveDecision', at: t('2026-03-03T01:00:00Z') },
  { action: 'close', at: t('2026-03-04T01:00:00Z') },
];
const upTo = (action: string, state: CaseState): DocumentWindowFacts => ({ state, steps: steps.slice(0, steps.findIndex((s) => s.action === action) + 1) });

describe('document windows, derived from the transition table', () => {
  it('the prior notice may be made from the notice until a decision is taken, in no state after the decision', () => {
    const w = DOCUMENT_WINDOWS.priorNotice;
    for (const s of ['priorNoticeServed', 'statementAndDefence', 'hearingRequested', 'hearingNoticed', 'heard'] as const) expect(w).toContain(s);
    for (const s of ['decided', 'served', 'executing', 'closed', 'archived', 'noPenalty', 'transferred', 'withdrawn', 'lead', 'filed'] as const) expect(w).not.toContain(s);
    expect(documentWindow('priorNotice').basis.article).toBe('第四十四条、第六十二条');
  });

  it('no state a decision can be taken from after the notice is outside the notice window (the table decides, not a copy)', () => {
    const decideFrom = CASE_ACTIONS.decide.from as readonly CaseState[];
    const afterNotice = statesBetween(['servePriorNotice'], ['decide', 'decideNoPenalty', 'transfer', 'withdraw']);
    for (const s of decideFrom.filter((x) => afterNotice.includes(x))) expect(DOCUMENT_WINDOWS.priorNotice).toContain(s);
  });

  it('the hearing notice is made only while the hearing is pending; the decision until the case is closed; the closing documents until archiving', () => {
    expect(DOCUMENT_WINDOWS.hearingNotice).toEqual(['hearingNoticed']);
    expect(DOCUMENT_WINDOWS.decision).toEqual(['decided', 'served', 'executing']);
    expect([...DOCUMENT_WINDOWS.closingReport].sort()).toEqual([...CASE_ACTIONS.archive.from].sort());
    expect([...DOCUMENT_WINDOWS.caseFileCover].sort()).toEqual([...CASE_ACTIONS.archive.from].sort());
  });

  it('the review documents and 笔录 close with the decision (第五十五条、第五十七条、第五十八条)', () => {
    for (const k of ['legalReviewOpinion', 'collectiveDiscussionRecord', 'investigationReport', 'inquiryRecord', 'inspectionRecord'] as const) {
      expect(DOCUMENT_WINDOWS[k]).not.toContain('decided');
      expect(DOCUMENT_WINDOWS[k]).toContain('statementAndDefence');
    }
  });

  it('every kind has a window, none includes an archived file, and every rule cites an article', () => {
    for (const k of GENERATED_DOCUMENT_KINDS) {
      expect(DOCUMENT_WINDOWS[k].length, k).toBeGreaterThan(0);
      expect(DOCUMENT_WINDOWS[k]).not.toContain('archived');
      expect(DOCUMENT_WINDOWS[k].every((s) => CASE_STATES.includes(s))).toBe(true);
      expect(citationForDisplay(documentWindow(k).basis)).toMatch(/^《.+》第/);
    }
  });
});

describe('making, re-issuing or refusing a document', () => {
  it('in its window the document is made', () => {
    expect(documentIssue('priorNotice', upTo('servePriorNotice', 'priorNoticeServed'), [])).toEqual({ mode: 'make' });
    expect(documentIssue('priorNotice', upTo('recordStatementWaiver', 'statementAndDefence'), [])).toEqual({ mode: 'make' });
  });

  it('after the decision, a notice never made before it is refused with the reason and the article', () => {
    const r = documentIssue('priorNotice', upTo('decide', 'decided'), []);
    expect(r).toMatchObject({ mode: 'refused', code: 'DOCUMENT_OUT_OF_TIME', window: 'closed', basis: { law: '行政处罚法', article: '第四十四条、第六十二条' } });
    if (r.mode !== 'refused') throw new Error('refused expected');
    expect(r.reason).toContain('事先告知书应在作出处罚决定前制作并送达（《行政处罚法》第四十四条、第六十二条）');
    expect(r.reason).toContain('事后不得补制');
  });

  it('a notice first generated after the decision (a version from before this rule) does not count as made in time', () => {
    const late = [{ kind: 'priorNotice' as const, version: 1, generatedAt: t('2026-03-02T05:00:00Z') }];
    expect(documentIssue('priorNotice', upTo('decide', 'decided'), late)).toMatchObject({ mode: 'refused' });
  });

  it('after the decision, a notice made in time is re-issued as its latest in-time version, not made again', () => {
    const made = [
      { kind: 'priorNotice' as const, version: 1, generatedAt: t('2026-02-26T03:00:00Z') },
      { kind: 'priorNotice' as const, version: 2, generatedAt: t('2026-02-28T03:00:00Z') },
      { kind: 'decision' as const, version: 1, generatedAt: t('2026-03-02T02:00:00Z') },
    ];
    expect(documentIssue('priorNotice', upTo('close', 'closed'), made)).toMatchObject({ mode: 'reissue', version: 2 });
    // A version made in the same instant as the decision was recorded counts as made in time.
    const sameInstant = [{ kind: 'priorNotice' as const, version: 1, generatedAt: t('2026-03-02T01:00:00Z') }];
    expect(documentIssue('priorNotice', upTo('decide', 'decided'), sameInstant)).toMatchObject({ mode: 'reissue', version: 1 });
  });

  it('the decision document is made until the case is closed, re-issued after; an archived file only re-issues', () => {
    expect(documentIssue('decision', upTo('serveDecision', 'served'), [])).toEqual({ mode: 'make' });
    expect(documentIssue('decision', upTo('close', 'closed'), [])).toMatchObject({ mode: 'refused', basis: { article: '第六十一条' } });
    const archived = { state: 'archived' as const, steps: [...steps, { action: 'archive', at: t('2026-03-05T01:00:00Z') }] };
    const cover = [{ kind: 'caseFileCover' as const, version: 1, generatedAt: t('2026-03-04T02:00:00Z') }];
    expect(documentIssue('caseFileCover', archived, cover)).toMatchObject({ mode: 'reissue', version: 1 });
    expect(documentIssue('closingReport', archived, cover)).toMatchObject({ mode: 'refused' });
  });

  it('before its window opens a document is refused with the stage named', () => {
    const r = documentIssue('decision', { state: 'investigating', steps: steps.slice(0, 2) }, []);
    expect(r).toMatchObject({ mode: 'refused', window: 'notOpen' });
    if (r.mode === 'refused') expect(r.reason).toContain('调查取证');
  });
});

describe('a document is dated by the act it records, not by the day it is generated', () => {
  it('the decision carries the decision date and the notice its service date, generated weeks later', () => {
    const src = decidedCaseSource();
    const later = { number: '示司罚告字〔2026〕第1号', generatedOn: '2026-04-20' as const };
    const dateOf = (kind: 'decision' | 'priorNotice') => buildDocumentModel(kind, src, later).blocks.find((b) => b.type === 'signature');
    expect(dateOf('decision')).toMatchObject({ date: '2026年3月2日' });
    expect(dateOf('priorNotice')).toMatchObject({ date: '2026年2月26日' });
  });
});

describe('what the documents tab offers', () => {
  const facts = (state: CaseState, until: string) => ({ state, procedure: 'general' as const, actions: upTo(until, state).steps.map((s) => s.action) });
  it('after the decision: the decision is offered, the notice never made is refused with its article, one made in time is re-issued', () => {
    const none = documentOffers(facts('decided', 'decide'), upTo('decide', 'decided').steps, []);
    expect(none.find((o) => o.kind === 'decision')).toMatchObject({ available: true, code: null, reissueVersion: null });
    expect(none.find((o) => o.kind === 'priorNotice')).toMatchObject({ available: false, code: 'DOCUMENT_OUT_OF_TIME', basis: { article: '第四十四条、第六十二条' } });
    // A hearing never noticed is a missing act, not a closed window.
    expect(none.find((o) => o.kind === 'hearingNotice')).toMatchObject({ available: false, code: 'DOCUMENT_NOT_AVAILABLE', basis: null });
    // So is a 笔录 never registered: the case has nothing to make it from, so nothing was made late.
    expect(none.find((o) => o.kind === 'inquiryRecord')).toMatchObject({ available: false, code: 'DOCUMENT_NOT_AVAILABLE', basis: null, reason: expect.stringContaining('尚未登记询问笔录') });
    const made = [{ kind: 'priorNotice' as const, version: 1, generatedAt: t('2026-02-26T03:00:00Z') }];
    const offers = documentOffers(facts('decided', 'decide'), upTo('decide', 'decided').steps, made);
    expect(offers.find((o) => o.kind === 'priorNotice')).toMatchObject({ available: true, reissueVersion: 1, code: null });
  });

  it('an archived file is sealed: nothing offered, not even a re-issue (its files are downloaded as they are)', () => {
    const archivedSteps = [...steps, { action: 'archive', at: t('2026-03-05T01:00:00Z') }];
    const made = [{ kind: 'decision' as const, version: 1, generatedAt: t('2026-03-02T02:00:00Z') }];
    const offers = documentOffers({ state: 'archived', procedure: 'general', actions: archivedSteps.map((s) => s.action) }, archivedSteps, made);
    expect(offers.every((o) => !o.available && o.reissueVersion === null && o.reason === '案卷已归档，不再生成文书')).toBe(true);
  });
});
