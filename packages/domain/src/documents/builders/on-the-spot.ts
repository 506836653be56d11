/**
 * 当场行政处罚决定书 of the simple procedure (第五十一条、第五十二条): the pre-printed, pre-numbered form the officers
 * filled in and handed over on the spot — its number is the form's own (entered with 当场处罚, never allocated
 * here). It carries what 第五十二条 lists: the act, the kind and basis of the penalty, the fine, time and place, the
 * remedies with their periods, the agency, the officers' signatures; the party's receipt or the refusal noted.
 */
import { fineFen, formatFenAsYuan } from '../../penalties/penalty.ts';
import type { BuildOptions, DocumentBlock, DocumentModel, DocumentSource } from '../model.ts';
import { chineseDate, chineseTime, para, partyLine, penaltyIn, penaltyLines, quoted, requireStep, sentence, str, strs } from './support.ts';

interface FormOfficer {
  name: string;
  certificateNumber: string | null;
}

function officersIn(p: Readonly<Record<string, unknown>>): FormOfficer[] {
  const list = Array.isArray(p['officers']) ? (p['officers'] as unknown[]) : [];
  return list.flatMap((o) => {
    if (typeof o !== 'object' || o === null) return [];
    const r = o as Record<string, unknown>;
    return typeof r['name'] === 'string' ? [{ name: r['name'], certificateNumber: typeof r['certificateNumber'] === 'string' ? r['certificateNumber'] : null }] : [];
  });
}

/**
 * 复议前置 (行政复议法 第二十三条第一款第（一）项): against an on-the-spot decision the party must first apply for
 * 复议 (60 days, 第二十条) and may sue only after it; the agency must say so (第二十三条第二款). The statutory text is
 * always printed; the officer's own text adds only the 复议机关 it names — never a direct suit within six months.
 */
export const ON_THE_SPOT_REMEDIES =
  '当事人如不服本决定，应当自收到本决定书之日起六十日内依法先向行政复议机关申请行政复议；对行政复议决定不服的，可以再依法向人民法院提起行政诉讼，不得直接向人民法院提起行政诉讼（《中华人民共和国行政复议法》第二十三条）。';

export function onTheSpotRemediesText(officerText: string): string {
  const t = sentence(officerText);
  const organ = /向(.{2,40}?)申请(行政)?复议/.exec(t)?.[1];
  if (organ) return `${ON_THE_SPOT_REMEDIES}行政复议机关：${organ}。`;
  // Text that speaks of a suit or its period would contradict 复议前置; anything else (an address, a phone) stays.
  return t === '' || /诉讼|起诉|个月/.test(t) ? ON_THE_SPOT_REMEDIES : `${ON_THE_SPOT_REMEDIES}${t}`;
}

export function buildOnTheSpotDecision(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '当场处罚决定', 'decideOnTheSpot');
  const p = step.payload;
  const penalty = penaltyIn(p, 'penalty');
  const basis = strs(p, 'legalBasis');
  const time = str(p, 'time') ? new Date(str(p, 'time')) : step.at;
  const officers = officersIn(p);
  const fine = fineFen(penalty);
  const blocks: DocumentBlock[] = [
    para(partyLine(src), undefined, { indent: false }),
    para(`违法行为：${sentence(str(p, 'act'))}`),
    para(`时间：${chineseTime(time)}；地点：${str(p, 'place') || '—'}。`),
    para(`以上事实由执法人员当场查证属实。依照${quoted(basis)}的规定，适用简易程序，当场决定给予如下行政处罚：`),
    ...penaltyLines(penalty),
  ];
  if (fine > 0) {
    blocks.push(
      para(
        `罚款数额：${formatFenAsYuan(fine)}。当事人应当自收到本决定书之日起十五日内到指定的银行或者通过电子支付系统缴纳罚款；依法当场收缴罚款的，执法人员应当出具财政部门统一制发的专用票据。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。`,
      ),
    );
  }
  blocks.push(
    para(`${onTheSpotRemediesText(str(p, 'remedies'))}行政复议或者行政诉讼期间，本决定不停止执行，法律另有规定的除外。`),
    para(
      `执法人员（签名）：${officers.map((o) => `${o.name}${o.certificateNumber ? `（执法证号${o.certificateNumber}）` : ''}`).join('、') || '—'}${p['certificateShown'] === true ? '，已向当事人出示执法证件' : ''}。`,
      undefined,
      { indent: false },
    ),
    para(
      str(p, 'handedOver') === 'refusalNoted' ? '当事人拒绝签收，执法人员已在本决定书上注明。' : `当事人签收：${src.party.name}    ${chineseDate(time)}`,
      undefined,
      { indent: false },
    ),
    { type: 'signature', agency: str(p, 'agencyName') || src.agency.name, date: chineseDate(time), seal: true },
    para('本决定书由执法人员当场交付当事人，并报所属行政机关备案（《中华人民共和国行政处罚法》第五十二条）。'),
  );
  return { kind: 'onTheSpotDecision', agencyName: src.agency.name, title: '当场行政处罚决定书', number: opts.number ?? (str(p, 'formNumber') || src.decisionNumber), blocks };
}
