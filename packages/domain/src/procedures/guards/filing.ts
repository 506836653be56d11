/**
 * From a lead: file a general case (立案, 第五十四条; limitation 第三十六条), decline to file, or decide on the spot
 * under the simple procedure (第五十一条、第五十二条; LAW.md §11 G2, T2, T3).
 */
import { checkSimpleProcedure } from '../../penalties/simple-procedure.ts';
import { block, dayOf, deadlineOf, hasEnded, isBlank, twoOfficerFinding, warn, type Finding, type Guard } from '../guard-kit.ts';
import { FILING_PROMPTLY, RECONSIDERATION_FIRST, SHOW_CERTIFICATE, SIMPLE_FORM, SIMPLE_PROCEDURE_ORDER, WITHDRAWAL } from '../sources.ts';
import { legalBasisFindings, limitationFindings, partyFindings } from './case-facts.ts';

export const fileCase: Guard = (ctx) => {
  const findings: Finding[] = [...legalBasisFindings(ctx), ...limitationFindings(ctx)];
  const verify = deadlineOf(ctx.config.clocks.leadVerification, dayOf(ctx.snapshot.leadReceivedAt), ctx.config);
  if (hasEnded(verify, ctx.today)) {
    findings.push(
      warn('FILING_LATE', `线索于${verify.startDate}收到，应于${verify.dueDate ?? ''}前核查并决定是否立案，已逾期`, FILING_PROMPTLY),
    );
  }
  return findings;
};

export const declineFiling: Guard = (ctx) =>
  isBlank(ctx.snapshot.drafts.closure?.reason) ? [block('CLOSURE_REASON_MISSING', '不予立案须写明理由', WITHDRAWAL)] : [];

const FORM_ITEMS = [
  ['formNumber', '预定格式、编有号码的决定书编号'],
  ['act', '当事人的违法行为'],
  ['place', '地点'],
  ['remedies', '申请行政复议、提起行政诉讼的途径和期限'],
  ['agencyName', '行政机关名称'],
] as const;

export const decideOnTheSpot: Guard = (ctx) => {
  const draft = ctx.snapshot.drafts.onTheSpot;
  if (draft === null) return [block('ON_THE_SPOT_FORM_INCOMPLETE', '尚未填写当场处罚决定书', SIMPLE_FORM)];
  const findings: Finding[] = [];
  const simple = checkSimpleProcedure(draft.penalty, ctx.snapshot.party.kind);
  if (!simple.ok) findings.push(block(simple.code, simple.reason, simple.basis, 'fileCase'));
  if (!draft.factsCertain) {
    findings.push(block('FACTS_NOT_CERTAIN', '违法事实尚不确凿，不适用简易程序，应当立案调查', SIMPLE_PROCEDURE_ORDER, 'fileCase'));
  }
  findings.push(...legalBasisFindings(ctx), ...limitationFindings(ctx), ...partyFindings(ctx, draft.mitigation));
  const team = twoOfficerFinding(ctx);
  if (team) findings.push(team);
  if (!draft.certificateShown) findings.push(block('CERTIFICATE_NOT_SHOWN', '当场处罚应当向当事人出示执法证件', SHOW_CERTIFICATE));
  const missing: string[] = FORM_ITEMS.filter(([key]) => isBlank(draft[key])).map(([, label]) => label);
  if (draft.legalBasis.length === 0) missing.push('处罚依据');
  if (draft.time === null) missing.push('时间');
  if (!draft.officerSigned) missing.push('执法人员签名或者盖章');
  if (draft.handedOver === null) missing.push('当场交付（当事人签收或注明拒绝签收）');
  if (missing.length > 0) findings.push(block('ON_THE_SPOT_FORM_INCOMPLETE', `当场处罚决定书缺少：${missing.join('、')}`, SIMPLE_FORM));
  // Only a warning: the printed form always carries the statutory 复议前置 wording (documents/builders/on-the-spot.ts).
  // Six months to sue, or a suit not placed after the 复议 decision, is the general-procedure wording.
  if (/(六|6)个月/.test(draft.remedies) || (/诉讼|起诉/.test(draft.remedies) && !/复议决定/.test(draft.remedies))) {
    findings.push(
      warn(
        'ON_THE_SPOT_REMEDIES_RECONSIDERATION_FIRST',
        '对当场处罚决定不服的，应当先申请行政复议（六十日内），对复议决定不服的才可起诉；所填救济途径中关于直接起诉的内容不予打印',
        RECONSIDERATION_FIRST,
      ),
    );
  }
  return findings;
};

/** 备案 (第五十二条): the actor check is the guard; no period is set by law. */
export const fileWithAgency: Guard = () => [];
