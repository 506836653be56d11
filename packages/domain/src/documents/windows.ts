/**
 * When each 执法文书 may be made (first generated), and what happens after. A document records an act of the case
 * (事先告知 → 事先告知书) and often has to precede another act (the notice precedes the decision: 第四十四条、
 * 第六十二条). Its window — the case states in which it may be made — is derived from the transition table
 * (procedures/actions.ts): the states the case can pass through from the state the recording act leads to, without
 * taking an act the document must precede. Made in its window, a document may get further versions while the window
 * lasts; once it has closed, the document is only re-issued as it was made (same number, date, content and SM3 hash:
 * 重新下载、补打). A document never made in its window is not made afterwards: a later document would carry a number
 * and a date from after the act it must precede — a notice "before" a decision made after it.
 */
import type { Citation } from '../citation.ts';
import { citationForDisplay } from '../citation-display.ts';
import { CASE_ACTIONS, isCaseActionName, type CaseActionName } from '../procedures/actions.ts';
import { CASE_STATES, CASE_STATE_LABELS, type CaseState } from '../procedures/states.ts';
import { documentAvailability, type CaseFileFacts, type DocumentAvailability } from './case-file.ts';
import { ENFORCEMENT_DOCUMENT_KINDS, GENERATED_DOCUMENT_KINDS, type GeneratedDocumentKind } from './kinds.ts';
import * as S from './sources.ts';

const law = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });

const NOTICE_BEFORE_DECISION = law(
  '第四十四条、第六十二条',
  '作出行政处罚决定之前，应当告知拟作出的处罚内容及事实、理由、依据和当事人的权利；未告知的，不得作出行政处罚决定',
);
const REVIEW_BEFORE_DECISION = law('第五十八条', '法制审核应当在作出行政处罚决定之前进行；未经法制审核或者审核未通过的，不得作出决定');
const DISCUSSION_BEFORE_DECISION = law('第五十七条', '情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当在作出决定前集体讨论决定');
const REPORT_BEFORE_DECISION = law('第五十七条', '调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况分别作出决定');
const RECORD_BEFORE_DECISION = law('第五十五条', '询问或者检查应当制作笔录；笔录是调查取证的记录，应当在调查终结、作出决定前形成');
const HEARING_NOTICE_BEFORE_HEARING = law('第六十四条', '行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点');
const DECISION_SERVED = law('第六十一条', '行政处罚决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内依照民事诉讼法的有关规定送达');

/**
 * The decisions that end the investigation stage (第五十七条: 给予处罚、不予处罚、移送司法机关; and 撤销立案): a document
 * the decision rests on must be made before one of them is taken.
 */
const CONCLUDING: readonly CaseActionName[] = ['decide', 'decideNoPenalty', 'transfer', 'withdraw'];
/** The acts that end a case: after them only the closing report and the cover are made, then the file is sealed. */
const ENDING: readonly CaseActionName[] = ['close', 'decideNoPenalty', 'transfer', 'withdraw', 'declineFiling'];

export interface DocumentWindowDefinition {
  /** The acts after which the document can be made (each opens the window in the state it leads to). */
  opens: readonly CaseActionName[];
  /** The acts the document must precede: once one of them is recorded, the window has closed. */
  closes: readonly CaseActionName[];
  /** The rule in Chinese, as an officer reads it. */
  rule: string;
  basis: Citation;
}

/** Per generated kind: which act opens its window, which acts close it, and the article. */
export const DOCUMENT_WINDOW_DEFINITIONS: Record<GeneratedDocumentKind, DocumentWindowDefinition> = {
  filingApproval: { opens: ['fileCase'], closes: ['archive'], rule: '立案审批表应在案卷归档前制作', basis: S.FILING_RECORD },
  declineFilingApproval: { opens: ['declineFiling'], closes: ['archive'], rule: '不予立案审批表应在案卷归档前制作', basis: S.DECLINE_FILING_RECORD },
  inquiryRecord: { opens: ['fileCase'], closes: CONCLUDING, rule: '询问（调查）笔录应在作出处理决定前制作', basis: RECORD_BEFORE_DECISION },
  inspectionRecord: { opens: ['fileCase'], closes: CONCLUDING, rule: '现场检查（勘验）笔录应在作出处理决定前制作', basis: RECORD_BEFORE_DECISION },
  investigationReport: {
    opens: ['submitInvestigationReport'],
    closes: CONCLUDING,
    rule: '案件调查终结报告应在负责人审查作出处理决定前制作',
    basis: REPORT_BEFORE_DECISION,
  },
  legalReviewOpinion: { opens: ['completeLegalReview'], closes: CONCLUDING, rule: '法制审核意见书应在作出处理决定前制作', basis: REVIEW_BEFORE_DECISION },
  collectiveDiscussionRecord: {
    opens: ['recordCollectiveDiscussion'],
    closes: CONCLUDING,
    rule: '重大案件集体讨论记录应在作出处理决定前制作',
    basis: DISCUSSION_BEFORE_DECISION,
  },
  priorNotice: { opens: ['servePriorNotice'], closes: CONCLUDING, rule: '事先告知书应在作出处罚决定前制作并送达', basis: NOTICE_BEFORE_DECISION },
  hearingNotice: {
    opens: ['serveHearingNotice'],
    closes: ['holdHearing', 'recordHearingWithdrawal', ...CONCLUDING],
    rule: '听证通知书应在举行听证前制作并送达',
    basis: HEARING_NOTICE_BEFORE_HEARING,
  },
  // The number and the date are the decision's own (decide issues the number, the document prints the decision date).
  decision: { opens: ['decide'], closes: ['close'], rule: '行政处罚决定书应在作出决定后、结案前制作', basis: DECISION_SERVED },
  noPenaltyDecision: { opens: ['decideNoPenalty'], closes: ['archive'], rule: '不予行政处罚决定书应在案卷归档前制作', basis: S.NO_PENALTY_RECORD },
  onTheSpotDecision: { opens: ['decideOnTheSpot'], closes: ['close'], rule: '当场行政处罚决定书应在结案前入卷', basis: S.ON_THE_SPOT_RECORD },
  serviceReceipt: { opens: ['decide'], closes: ['close'], rule: '送达回证应在结案前制作', basis: S.SERVICE_RECORD },
  transferLetter: { opens: ['transfer'], closes: ['archive'], rule: '案件移送函应在案卷归档前制作', basis: S.TRANSFER_RECORD },
  closingReport: { opens: ENDING, closes: ['archive'], rule: '结案报告应在案件办结后、归档前制作', basis: S.FULL_PROCESS_RECORD },
  caseFileCover: { opens: ENDING, closes: ['archive'], rule: '案卷封面及卷内目录应在归档前编制', basis: S.FULL_PROCESS_RECORD },
};

/**
 * The states reachable from the states `opens` lead to, following the transition table without taking any of
 * `closes` (actions that leave the case where it is are ignored). In table order.
 */
export function statesBetween(opens: readonly CaseActionName[], closes: readonly CaseActionName[]): CaseState[] {
  const seen = new Set<CaseState>();
  const queue: CaseState[] = [];
  for (const a of opens) {
    const to = CASE_ACTIONS[a].to;
    if (to !== null && !seen.has(to)) {
      seen.add(to);
      queue.push(to);
    }
  }
  while (queue.length > 0) {
    const state = queue.shift()!;
    for (const [name, def] of Object.entries(CASE_ACTIONS) as [CaseActionName, (typeof CASE_ACTIONS)[CaseActionName]][]) {
      if (closes.includes(name) || def.to === null || seen.has(def.to)) continue;
      if ((def.from as readonly CaseState[]).includes(state)) {
        seen.add(def.to);
        queue.push(def.to);
      }
    }
  }
  return CASE_STATES.filter((s) => seen.has(s));
}

/** The case states in which each kind may be made (first generated or given a new version). */
export const DOCUMENT_WINDOWS = Object.fromEntries(
  GENERATED_DOCUMENT_KINDS.map((k) => [k, statesBetween(DOCUMENT_WINDOW_DEFINITIONS[k].opens, DOCUMENT_WINDOW_DEFINITIONS[k].closes)]),
) as unknown as Record<GeneratedDocumentKind, readonly CaseState[]>;

export function documentWindow(kind: GeneratedDocumentKind): { states: readonly CaseState[]; rule: string; basis: Citation } {
  const d = DOCUMENT_WINDOW_DEFINITIONS[kind];
  return { states: DOCUMENT_WINDOWS[kind], rule: d.rule, basis: d.basis };
}

/** What the rule reads of the case: its state and its recorded steps (case_steps) with their times, in order. */
export interface DocumentWindowFacts {
  state: CaseState;
  steps: readonly { action: string; at: Date }[];
}

/** A version of the document already in the case file. */
export interface IssuedDocumentVersion {
  kind: GeneratedDocumentKind;
  version: number;
  generatedAt: Date;
}

export type DocumentIssue =
  /** In its window: the document may be made (a first version, or a new one). */
  | { mode: 'make' }
  /** Its window has closed but it was made in time: only that version is issued again, unchanged. */
  | { mode: 'reissue'; version: number; rule: string; basis: Citation }
  /**
   * Not in its window and never made in it: refused. `window` says whether it has closed (the act the document must
   * precede was taken) or not opened yet (the act it records is missing: the availability check names it).
   */
  | { mode: 'refused'; code: 'DOCUMENT_OUT_OF_TIME'; window: 'closed' | 'notOpen'; reason: string; basis: Citation };

/**
 * When the window closed: the time of the first closing act recorded after the first opening act; null when no
 * closing act was recorded (the window has not closed, or not opened yet).
 */
function closedAt(def: DocumentWindowDefinition, unordered: DocumentWindowFacts['steps']): Date | null {
  const steps = [...unordered].sort((a, b) => a.at.getTime() - b.at.getTime());
  const opened = steps.find((s) => isCaseActionName(s.action) && def.opens.includes(s.action));
  if (!opened) return null;
  const closing = steps.find((s) => isCaseActionName(s.action) && def.closes.includes(s.action) && s.at.getTime() >= opened.at.getTime() && s !== opened);
  return closing ? closing.at : null;
}

/**
 * May the document be made now, only re-issued, or neither? A version counts as made in time when it was generated
 * no later than the act that closed the window (an equal time counts: the two were recorded in the same instant,
 * the generation having been allowed only while the window was open).
 */
export function documentIssue(kind: GeneratedDocumentKind, facts: DocumentWindowFacts, versions: readonly IssuedDocumentVersion[]): DocumentIssue {
  const def = DOCUMENT_WINDOW_DEFINITIONS[kind];
  if (DOCUMENT_WINDOWS[kind].includes(facts.state)) return { mode: 'make' };
  const label = ENFORCEMENT_DOCUMENT_KINDS[kind].label;
  const rule = `${def.rule}（${citationForDisplay(def.basis)}）`;
  const closed = closedAt(def, facts.steps);
  if (closed === null) {
    return { mode: 'refused', code: 'DOCUMENT_OUT_OF_TIME', window: 'notOpen', reason: `案件处于“${CASE_STATE_LABELS[facts.state]}”阶段，不能制作《${label}》：${rule}`, basis: def.basis };
  }
  const inTime = versions.filter((v) => v.kind === kind && v.generatedAt.getTime() <= closed.getTime());
  if (inTime.length === 0) {
    return { mode: 'refused', code: 'DOCUMENT_OUT_OF_TIME', window: 'closed', reason: `《${label}》未在规定时限内制作，事后不得补制：${rule}`, basis: def.basis };
  }
  const latest = inTime.reduce((a, v) => (v.version > a.version ? v : a));
  return { mode: 'reissue', version: latest.version, rule, basis: def.basis };
}

/** What the documents tab offers for a kind: generate (make), re-issue as made (补打), or the refusal with its article. */
export interface DocumentOffer extends DocumentAvailability {
  /** Why generating is refused: the act is missing (DOCUMENT_NOT_AVAILABLE) or the window is the obstacle. */
  code: 'DOCUMENT_NOT_AVAILABLE' | 'DOCUMENT_OUT_OF_TIME' | null;
  /** The article of the window rule when the window decides (refused or re-issue only); null otherwise. */
  basis: Citation | null;
  /** Window closed, made in time: generating now issues this version again, unchanged. */
  reissueVersion: number | null;
}

/**
 * The availability of each kind (case-file.ts: the act it records is on the case) combined with its window: in the
 * window the availability stands; once the window has closed, a document made in time is offered for re-issue only
 * and one never made is refused with the rule and its article. An archived file is sealed (availability's reason).
 */
export function documentOffers(f: CaseFileFacts, steps: DocumentWindowFacts['steps'], versions: readonly IssuedDocumentVersion[]): DocumentOffer[] {
  return documentAvailability(f).map((a) => {
    // An archived file is sealed: its documents are downloaded from the file as they are, nothing is issued into it.
    if (f.state === 'archived') return { ...a, code: 'DOCUMENT_NOT_AVAILABLE', basis: null, reissueVersion: null };
    const issue = documentIssue(a.kind, { state: f.state, steps }, versions);
    if (issue.mode === 'reissue') return { ...a, available: true, reason: null, code: null, basis: issue.basis, reissueVersion: issue.version };
    // Out of time only where the document could be made (the act or 笔录 it records is on the case): a kind whose
    // subject never happened (no hearing, no 笔录 registered) keeps availability's reason — nothing was missed.
    if (issue.mode === 'refused' && a.available) {
      return { ...a, available: false, reason: issue.reason, code: issue.code, basis: issue.basis, reissueVersion: null };
    }
    return { ...a, code: a.available ? null : 'DOCUMENT_NOT_AVAILABLE', basis: null, reissueVersion: null };
  });
}
