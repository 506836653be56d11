import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkComplaintAction, type ComplaintCheck } from './check-action.ts';
import { makeComplaint } from './complaint-fixtures.ts';
import { DEFAULT_COMPLAINT_CONFIG, type ComplaintCommand, type ComplaintSnapshot } from './snapshot.ts';
import { COMPLAINT_ACTION_NAMES, COMPLAINT_ACTIONS, COMPLAINT_STATES, complaintActionsFrom, type ComplaintState } from './states.ts';

const refused = (r: ComplaintCheck) => (r.ok ? null : { code: r.code, article: r.basis.article });
const REPLY = '经调查核实，投诉人反映执法人员未出示执法证件的情况属实，已责令改正并对相关人员批评教育。';

/** A command for each action that is valid on the matching fixture. */
const COMMANDS: Record<ComplaintCommand['action'], ComplaintCommand> = {
  accept: { action: 'accept', on: '2026-09-25', noticeServedOn: '2026-09-25', route: 'petitionOpinion' },
  notAccept: {
    action: 'notAccept',
    on: '2026-09-25',
    ground: 'notCompetent',
    noticeServedOn: '2026-09-25',
    redirectTo: '示例市市场监督管理局',
    explanation: '所反映事项属于市场监管部门职责',
  },
  transfer: { action: 'transfer', on: '2026-09-25', to: '示例市玄武区司法局', noticeServedOn: '2026-09-25' },
  returnToSender: { action: 'returnToSender', on: '2026-09-25', reason: '所涉事项不属于本系统职权范围' },
  assign: { action: 'assign', on: '2026-09-26', departmentId: 'dept-supervision', officerIds: ['officer-li'] },
  extend: {
    action: 'extend',
    on: '2026-11-20',
    days: 30,
    approvedByLeader: true,
    reason: '涉及多个部门，情况复杂',
    petitionerInformed: true,
  },
  openCaseLead: { action: 'openCaseLead', on: '2026-10-10' },
  reply: { action: 'reply', on: '2026-11-10', opinion: 'support', text: REPLY, legalBasis: '行政处罚法第五十五条' },
  requestReview: { action: 'requestReview', on: '2026-11-20' },
  answerReview: { action: 'answerReview', on: '2026-12-10', text: '维持原处理意见' },
  requestReexamination: { action: 'requestReexamination', on: '2026-12-20' },
  answerReexamination: { action: 'answerReexamination', on: '2027-01-10', text: '维持复查意见' },
  close: { action: 'close', on: '2026-11-11' },
};

describe('transition table', () => {
  it('every action is allowed exactly from the states the table lists (property)', () => {
    const state = fc.constantFrom(...COMPLAINT_STATES);
    const action = fc.constantFrom(...COMPLAINT_ACTION_NAMES);
    fc.assert(
      fc.property(state, action, (s: ComplaintState, a) => {
        const r = checkComplaintAction(makeComplaint(s), COMMANDS[a]);
        const listed = (COMPLAINT_ACTIONS[a].from as readonly ComplaintState[]).includes(s);
        expect(!r.ok && r.code === 'COMPLAINT_ACTION_OUT_OF_ORDER').toBe(!listed);
      }),
    );
  });

  it('walks received → accepted → assigned → replied → closed → 复查 → 复核 → closed', () => {
    const steps: [ComplaintState, ComplaintCommand, Partial<ComplaintSnapshot>][] = [
      ['received', COMMANDS.accept, {}],
      ['accepted', COMMANDS.assign, {}],
      ['assigned', COMMANDS.reply, {}],
      ['replied', COMMANDS.close, {}],
      [
        'closed',
        COMMANDS.requestReview,
        { repliedOn: '2026-11-10', replyReceivedOn: '2026-11-12', acceptedOn: '2026-09-25', route: 'petitionOpinion' },
      ],
    ];
    let state: ComplaintState = 'received';
    for (const [from, cmd, facts] of steps) {
      expect(state).toBe(from);
      const r = checkComplaintAction(makeComplaint(from, facts), cmd);
      if (!r.ok) throw new Error(r.reason);
      state = r.to;
    }
    expect(state).toBe('reviewRequested');
    const reviewed = checkComplaintAction(makeComplaint('reviewRequested'), COMMANDS.answerReview);
    expect(reviewed).toMatchObject({ ok: true, to: 'reviewed' });
    const reexam = checkComplaintAction(makeComplaint('reviewed'), COMMANDS.requestReexamination);
    expect(reexam).toMatchObject({ ok: true, to: 'reexaminationRequested' });
    const answered = checkComplaintAction(makeComplaint('reexaminationRequested'), COMMANDS.answerReexamination);
    expect(answered).toMatchObject({ ok: true, to: 'reexamined' });
    expect(complaintActionsFrom('reexamined')).toEqual(['close']);
  });

  it('names the article when an action is out of order', () => {
    expect(refused(checkComplaintAction(makeComplaint('received'), COMMANDS.reply))).toEqual({
      code: 'COMPLAINT_ACTION_OUT_OF_ORDER',
      article: '第三十二条',
    });
  });
});

describe('acceptance and written notice (第二十三条)', () => {
  const received = makeComplaint('received');
  it('a 申诉求决类 matter needs its route; notice is owed when the contact is known', () => {
    expect(refused(checkComplaintAction(received, { ...COMMANDS.accept, route: null } as ComplaintCommand))?.code).toBe('ROUTE_REQUIRED');
    const noNotice = { ...COMMANDS.accept, noticeServedOn: null } as ComplaintCommand;
    expect(refused(checkComplaintAction(received, noNotice))).toEqual({ code: 'NOTICE_REQUIRED', article: '第二十三条第二款' });
    expect(checkComplaintAction({ ...received, contactKnown: false }, noNotice).ok).toBe(true);
    const suggestion = { ...received, category: 'suggestion' } as const;
    expect(checkComplaintAction(suggestion, { ...COMMANDS.accept, route: null } as ComplaintCommand).ok).toBe(true);
  });

  it('a late notice is recorded as a warning citing 第四十四条; a notice before receipt is refused', () => {
    // received 9-21: the 15th day, 10-06, falls in the National Day break, so the notice is due 10-08
    expect(
      checkComplaintAction(received, { ...COMMANDS.accept, on: '2026-10-08', noticeServedOn: '2026-10-08' } as ComplaintCommand),
    ).toEqual({
      ok: true,
      to: 'accepted',
      warnings: [],
    });
    const late = checkComplaintAction(received, { ...COMMANDS.accept, on: '2026-10-09', noticeServedOn: '2026-10-09' } as ComplaintCommand);
    expect(late.ok && late.warnings.map((w) => [w.code, w.basis.article])).toEqual([['NOTICE_LATE', '第四十四条第（三）项']]);
    expect(refused(checkComplaintAction(received, { ...COMMANDS.accept, noticeServedOn: '2026-09-20' } as ComplaintCommand))?.code).toBe(
      'COMPLAINT_DATE_INVALID',
    );
  });

  it('not accepted: where to go for 不属于职权范围 and 法定途径; none needed for a duplicate', () => {
    const cmd = COMMANDS.notAccept as Extract<ComplaintCommand, { action: 'notAccept' }>;
    expect(refused(checkComplaintAction(received, { ...cmd, redirectTo: ' ' }))).toEqual({
      code: 'REDIRECT_REQUIRED',
      article: '第二十三条第一款',
    });
    expect(refused(checkComplaintAction(received, { ...cmd, ground: 'statutoryProcedure', redirectTo: '' }))).toEqual({
      code: 'REDIRECT_REQUIRED',
      article: '第三十一条',
    });
    expect(checkComplaintAction(received, { ...cmd, ground: 'duplicateUnderHandling', redirectTo: '' })).toMatchObject({
      ok: true,
      to: 'notAccepted',
    });
    expect(refused(checkComplaintAction(received, { ...cmd, explanation: '' }))?.code).toBe('EXPLANATION_REQUIRED');
  });

  it('a transferred matter may be returned within 5 working days only (received 9-21 → by 9-29, Mid-Autumn 9-25 off)', () => {
    const transferred = { ...received, via: 'transferred' } as const;
    expect(checkComplaintAction(transferred, { ...COMMANDS.returnToSender, on: '2026-09-29' }).ok).toBe(true);
    expect(refused(checkComplaintAction(transferred, { ...COMMANDS.returnToSender, on: '2026-09-30' }))).toEqual({
      code: 'OBJECTION_OUT_OF_TIME',
      article: '第二十三条第三款',
    });
    expect(refused(checkComplaintAction(received, COMMANDS.returnToSender))?.code).toBe('NOT_TRANSFERRED');
  });
});

describe('handling', () => {
  it('the officer complained about may not handle it (第二十八条 回避)', () => {
    const cmd = { ...COMMANDS.assign, officerIds: ['officer-li', 'officer-zhang'] } as ComplaintCommand;
    expect(refused(checkComplaintAction(makeComplaint('accepted'), cmd))).toEqual({
      code: 'HANDLER_HAS_INTEREST',
      article: '第二十八条第三款',
    });
    expect(refused(checkComplaintAction(makeComplaint('accepted'), { ...COMMANDS.assign, officerIds: [] } as ComplaintCommand))?.code).toBe(
      'ASSIGNEE_REQUIRED',
    );
  });

  it('extension: leader approval, reason, petitioner informed, at most 30 days in total, before the period ends', () => {
    const assigned = makeComplaint('assigned');
    const ext = COMMANDS.extend as Extract<ComplaintCommand, { action: 'extend' }>;
    expect(checkComplaintAction(assigned, ext)).toMatchObject({ ok: true, to: 'assigned' });
    expect(refused(checkComplaintAction(assigned, { ...ext, approvedByLeader: false }))).toEqual({
      code: 'EXTENSION_NOT_APPROVED',
      article: '第三十四条',
    });
    expect(refused(checkComplaintAction(assigned, { ...ext, reason: '' }))?.code).toBe('EXTENSION_REASON_REQUIRED');
    expect(refused(checkComplaintAction(assigned, { ...ext, petitionerInformed: false }))?.code).toBe('PETITIONER_NOT_INFORMED');
    expect(refused(checkComplaintAction({ ...assigned, extensions: [{ days: 20 }] }, { ...ext, days: 11 }))?.code).toBe('EXTENSION_LIMIT');
    // accepted 9-25: 60 days end 11-24
    expect(checkComplaintAction(assigned, { ...ext, on: '2026-11-24' }).ok).toBe(true);
    expect(refused(checkComplaintAction(assigned, { ...ext, on: '2026-11-25' }))?.code).toBe('EXTENSION_TOO_LATE');
  });

  it('a complaint outside 第三十一条第六项 runs on the bureau’s configured period and cites it', () => {
    const assigned = makeComplaint('assigned', { route: 'enforcementDuty' });
    const r = checkComplaintAction(assigned, { ...COMMANDS.extend, approvedByLeader: false } as ComplaintCommand);
    expect(!r.ok && r.basis.law).toBe('本局投诉举报办理规定');
  });

  it('reply: a real answer; a 信访处理意见书 states its legal basis; a late one is a warning (第四十五条)', () => {
    const assigned = makeComplaint('assigned');
    const reply = COMMANDS.reply as Extract<ComplaintCommand, { action: 'reply' }>;
    expect(refused(checkComplaintAction(assigned, { ...reply, text: '已处理' }))?.code).toBe('REPLY_INCOMPLETE');
    expect(refused(checkComplaintAction(assigned, { ...reply, legalBasis: '' }))).toEqual({
      code: 'REPLY_INCOMPLETE',
      article: '第三十二条',
    });
    expect(checkComplaintAction(makeComplaint('assigned', { route: 'enforcementDuty' }), { ...reply, legalBasis: '' }).ok).toBe(true);
    const late = checkComplaintAction(assigned, { ...reply, on: '2026-11-25' });
    expect(late.ok && late.warnings.map((w) => w.code)).toEqual(['CONCLUSION_LATE']);
    const extended = checkComplaintAction({ ...assigned, extensions: [{ days: 30 }] }, { ...reply, on: '2026-12-24' });
    expect(extended.ok && extended.warnings).toEqual([]);
  });
});

describe('复查 and 复核 (第三十五、三十六条)', () => {
  it('review within 30 days of receiving the reply (11-12 → 12-12 is a Saturday, so 12-14)', () => {
    const replied = makeComplaint('replied');
    expect(checkComplaintAction(replied, { action: 'requestReview', on: '2026-12-14' }).ok).toBe(true);
    expect(refused(checkComplaintAction(replied, { action: 'requestReview', on: '2026-12-15' }))).toEqual({
      code: 'REVIEW_WINDOW_CLOSED',
      article: '第三十五条',
    });
    expect(refused(checkComplaintAction({ ...replied, replyReceivedOn: null }, COMMANDS.requestReview))?.code).toBe('REPLY_NOT_SERVED');
  });

  it('review lies against a 信访处理意见; other complaints only when the bureau opts in', () => {
    const other = makeComplaint('replied', { route: 'enforcementDuty' });
    expect(refused(checkComplaintAction(other, COMMANDS.requestReview))?.code).toBe('REVIEW_NOT_AVAILABLE');
    expect(checkComplaintAction(other, COMMANDS.requestReview, { ...DEFAULT_COMPLAINT_CONFIG, reviewForAllRoutes: true }).ok).toBe(true);
  });

  it('a late review answer is a warning; a 复核 after 复核 is refused (第三十六条第三款)', () => {
    const late = checkComplaintAction(makeComplaint('reviewRequested'), { ...COMMANDS.answerReview, on: '2026-12-22' });
    expect(late.ok && late.warnings.map((w) => w.code)).toEqual(['ANSWER_LATE']); // requested 11-20: due 12-20 (Sun) → 12-21
    const done = { ...makeComplaint('reexamined'), state: 'closed' as const };
    expect(refused(checkComplaintAction(done, COMMANDS.requestReexamination))).toEqual({
      code: 'REVIEW_ALREADY_REQUESTED',
      article: '第三十六条第三款',
    });
  });

  it('hearing time in a 复核 is not counted', () => {
    const base = makeComplaint('reexaminationRequested'); // requested 12-20: due 2027-01-19
    const cmd = { ...COMMANDS.answerReexamination, on: '2027-01-25' } as ComplaintCommand;
    const without = checkComplaintAction(base, cmd);
    expect(without.ok && without.warnings.map((w) => w.code)).toEqual(['ANSWER_LATE']);
    const withHearing = checkComplaintAction({ ...base, reexaminationHearings: [{ from: '2027-01-05', to: '2027-01-20' }] }, cmd);
    expect(withHearing.ok && withHearing.warnings).toEqual([]);
  });
});
