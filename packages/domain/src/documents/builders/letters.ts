/** Letters to the party or another organ: 行政处罚事先告知书, 听证通知书, 案件移送函. */
import { isLocalDate, type LocalDate } from '../../calendar/local-date.ts';
import type { BuildOptions, DocumentBlock, DocumentModel, DocumentSource } from '../model.ts';
import { addressee, caseTitle, chineseDate, para, partyLabel, penaltyIn, penaltyLines, quoted, requireStep, latestStep, sentence, str, strs } from './support.ts';

export function buildPriorNotice(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '事先告知', 'servePriorNotice');
  const p = step.payload;
  const you = partyLabel(src);
  const basis = strs(p, 'legalBasis');
  const blocks: DocumentBlock[] = [
    addressee(src.party.name),
    para(`经调查，${sentence(str(p, 'facts'))}`),
    para(`本机关认为，${sentence(str(p, 'reasons'))}`),
    para(`依照${quoted(basis)}的规定，本机关拟对${you}作出如下行政处罚：`),
    ...penaltyLines(penaltyIn(p, 'penalty')),
  ];
  if (p['statesStatementRight'] !== false) {
    blocks.push(
      para(
        `根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，${you}享有陈述、申辩的权利。${you}可以自收到本告知书之日起五个工作日内向本机关提出陈述、申辩意见；逾期未提出的，视为放弃上述权利。本机关不因${you}的陈述、申辩而给予更重的处罚。`,
      ),
    );
  }
  if (p['statesHearingRight'] === true) {
    blocks.push(
      para(`根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，${you}有权要求举行听证。要求听证的，应当自收到本告知书之日起五个工作日内向本机关提出；逾期未提出的，视为放弃听证权利。`),
    );
  }
  blocks.push({ type: 'signature', agency: src.agency.name, date: chineseDate(step.at), seal: true });
  return { kind: 'priorNotice', agencyName: src.agency.name, title: '行政处罚事先告知书', number: opts.number, blocks };
}

const dayIn = (p: Readonly<Record<string, unknown>>, key: string): LocalDate | null => {
  const v = p[key];
  return typeof v === 'string' && isLocalDate(v) ? v : null;
};

export function buildHearingNotice(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '听证通知', 'serveHearingNotice');
  const p = step.payload;
  const request = latestStep(src, 'requestHearing');
  const presider = typeof p['presider'] === 'object' && p['presider'] !== null ? str(p['presider'] as Record<string, unknown>, 'name') : '';
  const scheduled = dayIn(p, 'scheduledFor');
  const you = partyLabel(src);
  const blocks: DocumentBlock[] = [
    addressee(src.party.name),
    para(
      `${you}${request ? `于${chineseDate(dayIn(request.payload, 'receivedOn') ?? request.at)}` : ''}提出的听证申请收悉。本机关决定就${caseTitle(src)}举行听证，现将有关事项通知如下：`,
    ),
    para(`一、听证时间：${scheduled ? chineseDate(scheduled) : '另行通知'}。`),
    para(`二、听证地点：${str(p, 'place') || '本机关听证室'}。`),
    para(`三、听证主持人：${presider || '另行指定'}。${you}认为主持人与本案有直接利害关系的，有权申请回避。`),
    para(`四、${you}可以亲自参加听证，也可以委托一至二人代理；委托代理人参加的，应当提交授权委托书。`),
    para('五、听证公开举行，涉及国家秘密、商业秘密或者个人隐私依法予以保密的除外。'),
    para(`六、${you}无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，本机关终止听证。`),
    para('依据：《中华人民共和国行政处罚法》第六十四条。'),
    { type: 'signature', agency: src.agency.name, date: chineseDate(step.at), seal: true },
  ];
  return { kind: 'hearingNotice', agencyName: src.agency.name, title: '听证通知书', number: opts.number, blocks };
}

export function buildTransferLetter(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '案件移送', 'transfer');
  const p = step.payload;
  const blocks: DocumentBlock[] = [
    addressee(str(p, 'receivingOrgan')),
    para(`本机关在办理${caseTitle(src)}${src.caseNumber ? `（${src.caseNumber}）` : ''}过程中，发现当事人的行为涉嫌犯罪：${sentence(str(p, 'reason'))}`),
    para('依照《中华人民共和国行政处罚法》第二十七条和《行政执法机关移送涉嫌犯罪案件的规定》的规定，现将该案移送你单位依法处理，并附案件材料（见卷内目录）。请将处理结果书面告知本机关。'),
    { type: 'signature', agency: src.agency.name, date: chineseDate(step.at), seal: true },
  ];
  return { kind: 'transferLetter', agencyName: src.agency.name, title: '案件移送函', number: opts.number, blocks };
}
