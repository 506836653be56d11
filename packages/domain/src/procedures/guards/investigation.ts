/**
 * Investigation (LAW.md §11 G1): at least two officers eligible today for the power (officers/twoOfficerRule), recusal
 * (第四十三条: decided by the head; investigation does not stop while a request is pending), the report (第五十七条),
 * evidence collected before the report (第五十四条、第五十五条、第四十条), and the ends of a case without a penalty decision: transfer (第二十七条), withdrawal, 不予立案/撤销立案.
 */
import { penaltyProblems } from '../../penalties/penalty.ts';
import { block, isBlank, samePerson, twoOfficerFinding, type Finding, type Guard } from '../guard-kit.ts';
import { EVIDENCE_COLLECTION, INVESTIGATION_END, RECHECK_DEFENCE, RECUSAL, TRANSFER, WITHDRAWAL } from '../sources.ts';

const team: Guard = (ctx) => {
  const f = twoOfficerFinding(ctx);
  return f ? [f] : [];
};

export const startInvestigation: Guard = team;

export const submitInvestigationReport: Guard = (ctx) => {
  const findings: Finding[] = [...team(ctx)];
  // The server reads the 证据目录 into drafts.evidence (null = not read: nothing to judge). A 笔录 is an evidence item.
  if (ctx.snapshot.drafts.evidence?.items === 0) {
    findings.push(
      block('EVIDENCE_MISSING', '本案证据目录为空，也没有询问笔录或现场检查笔录：调查终结前须先收集、登记证据（在“证据”中登记）', EVIDENCE_COLLECTION),
    );
  }
  const proposal = ctx.snapshot.proposedPenalty;
  if (proposal !== null) {
    findings.push(...penaltyProblems(proposal).map((p) => block(p.code, p.reason, p.basis)));
  }
  if (proposal === null && isBlank(ctx.snapshot.drafts.closure?.reason)) {
    findings.push(block('PROPOSAL_MISSING', '调查终结报告须载明处理意见：拟处罚内容，或不予处罚、移送的理由', INVESTIGATION_END));
  }
  return findings;
};

export const reopenInvestigation: Guard = (ctx) => [
  ...team(ctx),
  ...(isBlank(ctx.snapshot.drafts.reopenReason) ? [block('REOPEN_REASON_MISSING', '补充调查须写明理由（需要查明的事实）', RECHECK_DEFENCE)] : []),
];

export const transfer: Guard = (ctx) => {
  const c = ctx.snapshot.drafts.closure;
  const findings: Finding[] = [];
  if (isBlank(c?.receivingOrgan)) findings.push(block('RECEIVING_ORGAN_MISSING', '移送须写明接收的司法机关', TRANSFER));
  if (isBlank(c?.reason)) findings.push(block('CLOSURE_REASON_MISSING', '移送须写明涉嫌犯罪的理由', TRANSFER));
  return findings;
};

export const withdraw: Guard = (ctx) =>
  isBlank(ctx.snapshot.drafts.closure?.reason) ? [block('CLOSURE_REASON_MISSING', '撤销立案须写明理由', WITHDRAWAL)] : [];

export const decideRecusal: Guard = (ctx) => {
  const r = ctx.snapshot.drafts.recusal;
  if (r === null) return [block('NO_PENDING_RECUSAL', '请选择要决定的回避申请', RECUSAL)];
  const pending = ctx.snapshot.recusals.some((x) => x.status === 'pending' && x.role === r.role && samePerson(x.person, r.person));
  return pending ? [] : [block('NO_PENDING_RECUSAL', `${r.person.name}没有待决定的回避申请`, RECUSAL)];
};
