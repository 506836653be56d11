/**
 * 行政处罚决定书 in the structure of JUSTICE-POWERS.md §5 (当事人 / 经查 / 证据 / 本机关认为 / 鉴于 / 依照…决定 /
 * 履行 / 救济 / 机关与日期), every item of 第五十九条 tagged on its block; and 不予行政处罚决定书.
 */
import type { LocalDate } from '../../calendar/local-date.ts';
import { fineFen, needsExecution, formatFenAsYuan } from '../../penalties/penalty.ts';
import type { NoPenaltyGround } from '../../procedures/snapshot.ts';
import type { BuildOptions, DocumentBlock, DocumentModel, DocumentSource } from '../model.ts';
import {
  chineseDate,
  numberOf,
  para,
  partyLine,
  penaltyIn,
  penaltyLines,
  quoted,
  remediesText,
  requireStep,
  latestStep,
  sentence,
  str,
  strs,
  REMEDIES_STANDARD,
} from './support.ts';

/** What the case recorded between the notice and the decision: notice served, statement, hearing. */
function procedureParagraph(src: DocumentSource): string | null {
  const notice = latestStep(src, 'servePriorNotice');
  if (!notice) return null;
  const n = numberOf(src, 'priorNotice');
  const hearingRight = notice.payload['statesHearingRight'] === true;
  const parts = [
    `本机关于${chineseDate(notice.at)}向当事人送达了《行政处罚事先告知书》${n ? `（${n}）` : ''}，告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知其依法享有陈述、申辩${hearingRight ? '和要求听证' : ''}的权利。`,
  ];
  const statement = latestStep(src, 'recordStatementAndDefence');
  if (statement) {
    const recheck = str(statement.payload, 'recheck');
    parts.push(`当事人提出了陈述、申辩意见，本机关依法进行了复核${recheck ? `：${sentence(recheck)}` : '。'}`);
  } else if (latestStep(src, 'recordStatementWaiver')) parts.push('当事人表示放弃陈述、申辩。');
  const hearing = latestStep(src, 'holdHearing');
  if (hearing) {
    const outcome = str(hearing.payload, 'outcome');
    parts.push(
      outcome === 'held'
        ? `本机关于${chineseDate(hearing.at)}依法举行了听证，并根据听证笔录作出本决定。`
        : `当事人经通知${outcome === 'partyAbsent' ? '无正当理由未到场参加听证' : '中途退出听证'}，视为放弃听证权利。`,
    );
  } else if (latestStep(src, 'recordHearingWithdrawal')) parts.push('当事人撤回了听证申请。');
  else if (latestStep(src, 'recordHearingWaiver')) parts.push('当事人表示放弃听证。');
  return parts.join('');
}

/** The sentences of the entered 履行方式 that the standard payment paragraph does not already say. */
function extraPerformance(performance: string): string {
  const restates = /十五日|15日|加处罚款|百分之三|3%|３％|罚缴分离|不直接收取/;
  return performance
    .split(/(?<=[。；;])/)
    .map((x) => x.trim())
    .filter((x) => x !== '' && !restates.test(x))
    .map((x) => sentence(x.replace(/[；;]$/, '')))
    .join('');
}

export function buildDecision(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '处罚决定', 'decide');
  const p = step.payload;
  const penalty = penaltyIn(p, 'penalty');
  const number = opts.number ?? (str(p, 'decisionNumber') || src.decisionNumber);
  const basis = strs(p, 'legalBasis');
  const evidence = strs(p, 'evidence');
  const notice = latestStep(src, 'servePriorNotice');
  const reasons = notice ? str(notice.payload, 'reasons') : '';
  const mitigation = str(p, 'mitigation');
  const decidedOn = str(p, 'decisionDate');
  const date: LocalDate | Date = decidedOn ? (decidedOn as LocalDate) : step.at;

  const blocks: DocumentBlock[] = [
    para(partyLine(src, str(p, 'partyAddress') || src.party.address), 1, { indent: false }),
    para(`经查，${sentence(str(p, 'facts'))}`, 2),
    para(evidence.length ? `以上事实有${quoted(evidence)}等证据证明。` : '以上事实有本案证据材料证明。', 2),
  ];
  const procedure = procedureParagraph(src);
  if (procedure) blocks.push(para(procedure));
  blocks.push(para(`本机关认为，${sentence(reasons || `当事人的上述行为违反了${quoted(basis)}的规定，应当依法予以行政处罚`)}`));
  if (mitigation === 'lighter' || mitigation === 'mitigated') {
    blocks.push(para(`鉴于当事人具有依法${mitigation === 'lighter' ? '从轻' : '减轻'}处罚的情节，本机关决定依法${mitigation === 'lighter' ? '从轻' : '减轻'}处罚。`));
  }
  blocks.push(para(`依照${quoted(basis)}的规定，本机关决定对当事人作出如下行政处罚：`, 3), ...penaltyLines(penalty, 3));

  const performance = str(p, 'performance');
  const fine = fineFen(penalty);
  if (fine > 0) {
    // 第五十九条 (履行方式和期限) is said once: the officer's 履行方式 often restates the 15 days or the 3 % surcharge
    // (第六十七条、第七十二条) — those sentences are dropped, anything else he wrote (e.g. a 缴款账户) is kept.
    const own = extraPerformance(performance);
    blocks.push(
      para(
        `当事人应当自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款${formatFenAsYuan(fine)}。${own}到期不缴纳罚款的，本机关将依照《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`,
        4,
      ),
    );
  } else if (needsExecution(penalty)) {
    blocks.push(para(performance ? sentence(performance) : '当事人应当自收到本决定书之日起履行上述处罚决定。', 4));
  } else {
    blocks.push(para(performance ? sentence(performance) : '本决定书自送达之日起生效，上述处罚自送达之日起执行完毕。', 4));
  }
  blocks.push(para(`${remediesText(str(p, 'remedies'))}行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外。`, 5));
  blocks.push({ type: 'signature', agency: str(p, 'agencyName') || src.agency.name, date: chineseDate(date), seal: p['sealed'] === true, item: 6 });
  return { kind: 'decision', agencyName: src.agency.name, title: '行政处罚决定书', number, blocks };
}

const NO_PENALTY_BASIS: Record<NoPenaltyGround, { basis: string; text: string }> = {
  minorCorrected: { basis: '《中华人民共和国行政处罚法》第三十三条第一款', text: '当事人违法行为轻微并及时改正，没有造成危害后果' },
  firstViolation: { basis: '《中华人民共和国行政处罚法》第三十三条第一款', text: '当事人初次违法且危害后果轻微并及时改正' },
  noFault: { basis: '《中华人民共和国行政处罚法》第三十三条第二款', text: '当事人有证据足以证明没有主观过错' },
  factsNotEstablished: { basis: '《中华人民共和国行政处罚法》第四十条', text: '违法事实不清、证据不足' },
  limitationExpired: { basis: '《中华人民共和国行政处罚法》第三十六条', text: '违法行为在法定期限内未被发现' },
  partyNotPunishable: { basis: '《中华人民共和国行政处罚法》第三十条、第三十一条', text: '当事人依法不予行政处罚' },
};

export function buildNoPenaltyDecision(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '不予行政处罚决定', 'decideNoPenalty');
  const ground = NO_PENALTY_BASIS[str(step.payload, 'ground') as NoPenaltyGround] ?? NO_PENALTY_BASIS.minorCorrected;
  const blocks: DocumentBlock[] = [
    para(partyLine(src), undefined, { indent: false }),
    para(`本机关于${src.caseNumber ? `立案（${src.caseNumber}）后` : '立案后'}依法进行了调查。经查，${sentence(str(step.payload, 'reason'))}`),
    para(`本机关认为，${ground.text}。依照${ground.basis}的规定，本机关决定对当事人不予行政处罚。`),
    para('本机关已依照《中华人民共和国行政处罚法》第三十三条第三款的规定对当事人进行了教育。'),
    para(REMEDIES_STANDARD),
    { type: 'signature', agency: src.agency.name, date: chineseDate(step.at), seal: true },
  ];
  return { kind: 'noPenaltyDecision', agencyName: src.agency.name, title: '不予行政处罚决定书', number: opts.number, blocks };
}
