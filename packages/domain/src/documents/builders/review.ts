/**
 * 法制审核意见书 (第五十八条: a written opinion before the decision; after "problems" the case is fixed and resubmitted,
 * so every round is listed) and 重大案件集体讨论记录 (第五十七条: the leaders who discussed and decided, who sat in,
 * the minutes and the penalty agreed), both from the steps the case recorded.
 */
import { describePenalty } from '../../penalties/penalty.ts';
import type { BuildOptions, DocumentBlock, DocumentModel, DocumentSource } from '../model.ts';
import { ENFORCEMENT_DOCUMENT_KINDS } from '../kinds.ts';
import { caseTitle, chineseDate, chineseTime, para, paragraphs, penaltyIn, requireStep, str } from './support.ts';

const investigatorNames = (src: DocumentSource): string => src.investigators.map((i) => i.name).join('、') || '—';

export function buildLegalReviewOpinion(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const passed = requireStep(src, '法制审核', 'completeLegalReview');
  const rounds = src.steps.filter((s) => s.action === 'completeLegalReview' || s.action === 'returnLegalReview');
  const reviewed = penaltyIn(passed.payload, 'reviewedPenalty');
  const blocks: DocumentBlock[] = [
    {
      type: 'fields',
      rows: [
        { label: '案件名称', value: caseTitle(src) },
        { label: '案件编号', value: src.caseNumber ?? '—' },
        { label: '承办部门', value: src.departmentName ?? '—' },
        { label: '承办人', value: investigatorNames(src) },
        { label: '送审的处理意见', value: reviewed.length ? `拟给予${describePenalty(reviewed)}` : '—' },
      ],
    },
  ];
  if (rounds.length > 1) {
    blocks.push(para('审核经过', undefined, { indent: false, align: 'center', bold: true }), {
      type: 'table',
      columns: ['日期', '审核人', '结论', '意见'],
      rows: rounds.map((s) =>
        s.action === 'completeLegalReview'
          ? [chineseDate(s.at), s.actorName, '同意', str(s.payload, 'opinion')]
          : [chineseDate(s.at), s.actorName, '存在问题，退回补充', str(s.payload, 'problems')],
      ),
    });
  }
  blocks.push(
    para('审核意见：', undefined, { indent: false, bold: true }),
    ...paragraphs(str(passed.payload, 'opinion')),
    para('审核结论：经审核，本案主体合法、事实清楚、证据确凿、适用依据正确、程序合法、处理适当，同意承办部门的处理意见。'),
    {
      type: 'fields',
      rows: [
        { label: '审核人', value: passed.actorName },
        { label: '审核日期', value: chineseDate(passed.at) },
      ],
    },
    para('依据：《中华人民共和国行政处罚法》第五十八条。未经法制审核或者审核未通过的，不得作出决定。'),
  );
  return { kind: 'legalReviewOpinion', agencyName: src.agency.name, title: ENFORCEMENT_DOCUMENT_KINDS.legalReviewOpinion.label, number: opts.number, blocks };
}

interface Attendee {
  name: string;
  isLeader: boolean;
}

function attendeesIn(p: Readonly<Record<string, unknown>>): Attendee[] {
  const list = Array.isArray(p['attendees']) ? (p['attendees'] as unknown[]) : [];
  return list.flatMap((a) => {
    if (typeof a !== 'object' || a === null) return [];
    const o = a as Record<string, unknown>;
    return typeof o['name'] === 'string' && o['name'] !== '' ? [{ name: o['name'], isLeader: o['isLeader'] === true }] : [];
  });
}

export function buildCollectiveDiscussionRecord(src: DocumentSource, opts: BuildOptions): DocumentModel {
  const step = requireStep(src, '负责人集体讨论', 'recordCollectiveDiscussion');
  const attendees = attendeesIn(step.payload);
  const leaders = attendees.filter((a) => a.isLeader).map((a) => a.name);
  const others = attendees.filter((a) => !a.isLeader).map((a) => a.name);
  const approved = penaltyIn(step.payload, 'approvedPenalty');
  const minutes = str(step.payload, 'conclusion');
  const blocks: DocumentBlock[] = [
    {
      type: 'fields',
      rows: [
        { label: '案件名称', value: caseTitle(src) },
        { label: '案件编号', value: src.caseNumber ?? '—' },
        { label: '讨论时间', value: chineseTime(step.at) },
        { label: '参加讨论的负责人', value: leaders.join('、') || '—' },
        { label: '列席人员', value: others.join('、') || '无' },
        { label: '汇报人', value: investigatorNames(src) },
        { label: '记录人', value: step.actorName },
        { label: '拟处理意见', value: src.proposedPenalty?.length ? `拟给予${describePenalty(src.proposedPenalty)}` : '—' },
      ],
    },
    para('讨论记录：', undefined, { indent: false, bold: true }),
    ...(minutes ? paragraphs(minutes) : [para(step.payload['minutesRecorded'] === true ? '讨论情况另附会议记录。' : '—')]),
    para('讨论决定：', undefined, { indent: false, bold: true }),
    para(approved.length ? `经负责人集体讨论，决定对当事人给予${describePenalty(approved)}。` : '经负责人集体讨论，同意承办部门的处理意见。'),
    para(`参加讨论的负责人（签名）：${leaders.join('、')}`, undefined, { indent: false }),
    para('依据：《中华人民共和国行政处罚法》第五十七条第二款。对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定。'),
  ];
  return {
    kind: 'collectiveDiscussionRecord',
    agencyName: src.agency.name,
    title: ENFORCEMENT_DOCUMENT_KINDS.collectiveDiscussionRecord.label,
    number: opts.number,
    blocks,
  };
}
