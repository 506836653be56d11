/**
 * Demo penalty cases for 示例市司法局: about twenty cases in every stage of the general procedure (and the hearing
 * branch), driven through the same command path the API uses — registerLead and performCaseAction with a clock
 * moved to each step's time — so every guard of the domain holds and the history, audit rows and document numbers
 * look like weeks of real work: leads received weeks ago, filed within days, notices, statement periods and hearing
 * notices counted in working days on the official calendar. Nothing is inserted behind the commands' back.
 *
 * Who does what follows the demo roster: 张伟 (officer1) and 李明华 (head, 律师工作科科长) hold 律师 (LS)
 * certificates; 刘芳 (officer2) holds a 公证 (GZ) certificate, so she registers and investigates the notary cases with a
 * GZ colleague (her account sits in 律师工作科, so do her leads); the 司法鉴定 case is investigated by two JD-certified
 * colleagues without accounts; 陈静 (reviewer) reviews and organises hearings, 赵强 (supervisor) presides,
 * 王建国 (leader, 局长) files and decides. 刘芳 also holds the LS category, so 张伟 and 刘芳 investigate a ¥5,000 fine
 * together, which — at the hearing threshold — the three 局领导 (leader, leader2, leader3) discuss collectively; and
 * 张伟 and 刘芳 decide one case on the spot (简易程序) on a pre-numbered form (and a second one, not yet filed).
 * Beyond the case actions, every case's documents are generated with the documents module's command right after the
 * act each records (立案 → 立案审批表, 事先告知 → 事先告知书 …), within the window the law leaves for it (windows.ts), so
 * none shows as 未在规定时限内制作 and one case's file is complete and archived (已归档); and one fine decision is
 * published from the 公示 queue by 赵强 with the disclosure module's command (masking and leak scan included), so the
 * portal's 处罚决定公示 is not empty at first start.
 */
import { eq } from 'drizzle-orm';
import { CASE_ACTION_BODIES, RegisterLeadRequest, type SupportedCaseAction } from '@quanze/contracts';
import {
  CN_WORKDAY_CALENDAR,
  addCalendarDays,
  idCardCheckChar,
  startOfShanghaiDay,
  toLocalDate,
  usccCheckChar,
  type GeneratedDocumentKind,
  type LocalDate,
} from '@quanze/domain';
import type { Actor } from '../platform/auth/actor.ts';
import { demoActorOf } from './demo-actor.ts';
import { registerDemoEvidence } from './demo-evidence.ts';
import { ManualClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Db, Tx } from '../platform/db.ts';
import type { Deps } from '../platform/deps.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import { penaltyCases, performCaseAction, registerLead } from '../modules/cases/index.ts';
import { decisionPublications, publishDecision } from '../modules/disclosure/index.ts';
import { generateDocument } from '../modules/documents/index.ts';
import { users } from '../modules/identity/index.ts';
import { certificates, officers } from '../modules/officers/index.ts';
import { departments } from '../modules/org/index.ts';
import { powerListItems } from '../modules/powers/index.ts';

const cal = CN_WORKDAY_CALENDAR;
type Who = 'officer1' | 'officer2' | 'head' | 'leader' | 'leader2' | 'leader3' | 'reviewer' | 'supervisor';
type Sanction = { kind: 'warning' } | { kind: 'fine'; amountFen: number };
type Penalty = Sanction[];

const WARNING: Penalty = [{ kind: 'warning' }];
const fine = (yuan: number): Penalty => [{ kind: 'warning' }, { kind: 'fine', amountFen: yuan * 100 }];

const REMEDIES =
  '如不服本决定，可以在收到本决定书之日起六十日内向示例市人民政府申请行政复议，也可以在六个月内直接向示例市玄武区人民法院提起行政诉讼';
const PAY = '自收到本决定书之日起十五日内，持《罚款缴款通知书》到指定代收银行缴纳罚款；逾期不缴纳的，每日按罚款数额的百分之三加处罚款';

const idCard = (region: string, birth: string, seq: string) => {
  const first17 = `${region}${birth.replaceAll('-', '')}${seq}`;
  return first17 + idCardCheckChar(first17);
};
const uscc = (first17: string) => first17 + usccCheckChar(first17);

interface Party {
  kind: 'citizen' | 'organisation';
  name: string;
  idNumber: string;
  address: string;
  birthDate: string | null;
}
const citizen = (name: string, region: string, birth: string, seq: string, address: string): Party => ({
  kind: 'citizen',
  name,
  idNumber: idCard(region, birth, seq),
  address,
  birthDate: birth,
});
const organisation = (name: string, code17: string, address: string): Party => ({
  kind: 'organisation',
  name,
  idNumber: uscc(code17),
  address,
  birthDate: null,
});

/**
 * Work on a case that is not a case action: generating documents into the case file (the documents module's command,
 * as 生成文书 in the UI) and publishing the case's decision from the 公示 queue (the disclosure module's command).
 */
type OtherWork = 'generateDocuments' | 'publishDecision';

/** One step of a case's script: working days after the previous step, who acts, what, with which body. */
interface Step {
  gap: number;
  who: Who;
  action: SupportedCaseAction | OtherWork;
  body?: Record<string, unknown> | ((dates: StepDates) => Record<string, unknown>);
}

/** The same day as the step before: `who` generates these documents of the case (each a .docx in the file store). */
const documents = (who: Who, ...kinds: GeneratedDocumentKind[]): Step => ({ gap: 0, who, action: 'generateDocuments', body: { kinds } });

/**
 * The documents that record each act, made right after it (windows.ts: each may be made only from the act it records
 * until the act it must precede — the 事先告知书 before the decision, 第四十四条、第六十二条 — and never afterwards).
 * 笔录 are made from structured records (the demo registers documentary evidence only); the case-file cover is made
 * when the file is archived (it lists every other document, so it comes last).
 */
const RECORDED_BY: Partial<Record<SupportedCaseAction, GeneratedDocumentKind[]>> = {
  fileCase: ['filingApproval'],
  declineFiling: ['declineFilingApproval'],
  submitInvestigationReport: ['investigationReport'],
  completeLegalReview: ['legalReviewOpinion'],
  recordCollectiveDiscussion: ['collectiveDiscussionRecord'],
  servePriorNotice: ['priorNotice'],
  serveHearingNotice: ['hearingNotice'],
  decide: ['decision'],
  serveDecision: ['serviceReceipt'],
  decideOnTheSpot: ['onTheSpotDecision'],
  decideNoPenalty: ['noPenaltyDecision', 'closingReport'],
  transfer: ['transferLetter', 'closingReport'],
  withdraw: ['closingReport'],
  close: ['closingReport'],
};

/** After each step whose action is named, the documents it records are generated the same day by `who`. */
function documented(steps: Step[], who: Who): Step[] {
  return steps.flatMap((st) => {
    const kinds = RECORDED_BY[st.action as SupportedCaseAction];
    return kinds ? [st, documents(who, ...kinds)] : [st];
  });
}
interface StepDates {
  /** The day this step is taken. */
  today: LocalDate;
}
interface CaseScript {
  key: string;
  power: string;
  /** Registered by; the lead's department is the registrant's own unless named (for a bureau-wide registrant). */
  registrant: Who;
  department?: string;
  party: Party;
  source: 'complaint' | 'inspection' | 'referral' | 'assignment' | 'other';
  summary: string;
  /** Calendar days between the act and the lead. */
  actBefore: number;
  /** The last step is taken this many working days before today. */
  endsAgo: number;
  steps: Step[];
}

/** The investigators of a case: by the demo account, or a certified colleague without an account (by 执法类别). */
type Team = [first: Who | `cat:${string}`, second: Who | `cat:${string}`];

function team(t: Team): Step {
  return { gap: 1, who: 'head', action: 'startInvestigation', body: { team: t } };
}

const notice = (penalty: Penalty, facts: string, reasons: string, basis: string[], hearing = false) => ({
  penalty,
  facts,
  reasons,
  legalBasis: basis,
  statesStatementRight: true,
  statesHearingRight: hearing,
});
const decision = (penalty: Penalty, facts: string, evidence: string[], basis: string[]) => ({
  penalty,
  facts,
  evidence,
  legalBasis: basis,
  performance: penalty.some((s) => s.kind === 'fine') ? PAY : '',
  remedies: REMEDIES,
  sealed: true,
});

const LS47 = ['《中华人民共和国律师法》第四十七条', '《律师和律师事务所违法行为处罚办法》第五条'];
const LS47_2 = ['《中华人民共和国律师法》第四十七条第（二）项', '《律师和律师事务所违法行为处罚办法》第六条'];
const LS47_5 = ['《中华人民共和国律师法》第四十七条第（五）项', '《中华人民共和国法律援助法》第六十三条'];

/** 当场处罚 of a lawyer refusing to dress for court after being told (¥200, 第五十一条's ceiling for a citizen). */
const courtroomDressFine = (d: StepDates, formNo: string, place: string) => ({
  penalty: [{ kind: 'fine', amountFen: 20_000 }],
  formNumber: `示司当罚〔${d.today.slice(0, 4)}〕No.${formNo}`,
  act: '出庭未按规定着装，经执法人员当场指出仍拒不改正',
  legalBasis: LS47,
  time: `${d.today}T09:00:00+08:00`,
  place,
  remedies: REMEDIES,
  secondOfficerId: 'officer:officer2',
  factsCertain: true,
  certificateShown: true,
  officerSigned: true,
  handedOver: 'signed',
});
const LS48 = ['《中华人民共和国律师法》第四十八条', '《律师和律师事务所违法行为处罚办法》第十条'];
const LS50 = ['《中华人民共和国律师法》第五十条第一款', '《律师和律师事务所违法行为处罚办法》第二十三条'];
const GZ41 = ['《中华人民共和国公证法》第四十一条'];

/** The general procedure from the lead to the served decision; later stages cut it short or add to it. */
function general(o: {
  team: Team;
  report: string;
  penalty: Penalty;
  facts: string;
  reasons: string;
  basis: string[];
  evidence: string[];
  review?: boolean;
  statement?: string;
  recheck?: string;
  serveBy?: Who;
  actor?: Who;
}): Step[] {
  const actor = o.actor ?? 'officer1';
  return [
    { gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '经核查，有违法事实，属本局管辖，同意立案' } },
    team(o.team),
    { gap: 8, who: actor, action: 'submitInvestigationReport', body: { summary: o.report, proposedPenalty: o.penalty } },
    ...(o.review
      ? [
          {
            gap: 2,
            who: 'reviewer' as const,
            action: 'completeLegalReview' as const,
            body: { opinion: '事实清楚，证据确实充分，适用依据正确，程序合法，处罚适当，同意' },
          },
        ]
      : []),
    { gap: 2, who: actor, action: 'servePriorNotice', body: notice(o.penalty, o.facts, o.reasons, o.basis) },
    o.statement
      ? {
          gap: 2,
          who: actor,
          action: 'recordStatementAndDefence',
          body: { statement: o.statement, recheck: o.recheck ?? '经复核，当事人提出的事实、理由不成立，不予采纳' },
        }
      : { gap: 1, who: actor, action: 'recordStatementWaiver', body: { note: '当事人签收告知书后书面表示对拟处罚无异议，放弃陈述、申辩' } },
    // Without a waiver the 5-working-day statement period (statementAndDefence clock) must run out first.
    { gap: o.statement ? 4 : 2, who: 'leader', action: 'decide', body: decision(o.penalty, o.facts, o.evidence, o.basis) },
    { gap: 2, who: o.serveBy ?? actor, action: 'serveDecision', body: { method: 'direct' } },
  ];
}

/** The steps of a script up to and including the first `action`. */
const upTo = (steps: Step[], action: SupportedCaseAction): Step[] => steps.slice(0, steps.findIndex((s) => s.action === action) + 1);

const A = {
  zhou: citizen('周志远', '320102', '1982-04-17', '031', '示例市玄武区北京东路41号'),
  sun: citizen('孙丽萍', '320104', '1987-09-03', '048', '示例市秦淮区中华路118号'),
  qian: citizen('钱国栋', '320106', '1979-12-22', '015', '示例市鼓楼区湖南路9号'),
  wu: citizen('吴海峰', '320105', '1990-06-11', '073', '示例市建邺区江东中路236号'),
  zheng: citizen('郑晓明', '320111', '1985-02-28', '052', '示例市浦口区江浦街道文德路17号'),
  feng: citizen('冯佳琪', '320113', '1992-11-05', '086', '示例市栖霞区仙林大道163号'),
  chen: citizen('陈志刚', '320114', '1976-08-19', '019', '示例市雨花台区软件大道101号'),
  jiang: citizen('蒋文涛', '320115', '1988-03-30', '057', '示例市江宁区双龙大道1539号'),
  shen: citizen('沈一鸣', '320102', '1983-07-14', '094', '示例市玄武区珠江路688号'),
  han: citizen('韩雪', '320104', '1991-01-09', '028', '示例市秦淮区太平南路333号'),
  yang: citizen('杨帆', '320106', '1986-10-25', '061', '示例市鼓楼区中山北路200号'),
  wei: citizen('卫东升', '320105', '1974-05-06', '035', '示例市建邺区奥体大街69号'),
  xu: citizen('许静怡', '320102', '1989-12-02', '024', '示例市玄武区长江路12号'),
  ma: citizen('马俊', '320111', '1993-04-20', '011', '示例市浦口区大桥北路48号'),
  mingli: organisation('江苏明理律师事务所', '31320000MD0123456', '示例市鼓楼区汉中路2号金陵世纪大厦18楼'),
  zhengheng: organisation('示例市正衡律师事务所', '31320100MD0234567', '示例市玄武区中山路268号汇杰广场9楼'),
  dadao: organisation('江苏金陵大道律师事务所', '31320000MD0345678', '示例市建邺区江东中路359号国睿大厦2号楼11楼'),
  shicheng: organisation('示例市石城公证处', '12320100MB0456789', '示例市秦淮区建康路3号'),
  zhongshan: organisation('示例市钟山公证处', '12320100MB0567890', '示例市玄武区龙蟠路9号'),
  huaxin: organisation('示例市华信司法鉴定所', '52320100MJ0678901', '示例市鼓楼区广州路188号'),
};

const SCRIPTS: CaseScript[] = [
  // ── leads
  {
    key: 'lead-complaint',
    power: 'CF-LS-002',
    registrant: 'officer1',
    party: A.zhou,
    source: 'complaint',
    summary: '当事人家属来电投诉：周志远律师在看守所门口向在押人员家属散发名片，声称“与办案法官熟悉、保证取保”，以不正当手段承揽业务',
    actBefore: 12,
    endsAgo: 1,
    steps: [],
  },
  {
    key: 'lead-inspection',
    power: 'CF-LS-013',
    registrant: 'officer1',
    party: A.zhengheng,
    source: 'inspection',
    summary: '“双随机、一公开”抽查发现：正衡律师事务所已迁至中山路新址办公，未依法办理住所变更',
    actBefore: 40,
    endsAgo: 2,
    steps: [],
  },
  // ── filed
  {
    key: 'filed',
    power: 'CF-LS-004',
    registrant: 'officer1',
    party: A.sun,
    source: 'referral',
    summary: '市法律援助中心函告：孙丽萍律师接受指派后无正当理由拒绝为受援人出庭辩护，致庭审延期',
    actBefore: 20,
    endsAgo: 1,
    steps: [{ gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '同意立案，由律师工作科调查' } }],
  },
  // ── investigating (a lawyer case, and a 司法鉴定 case investigated by two certified colleagues without accounts)
  {
    key: 'investigating',
    power: 'CF-LS-005',
    registrant: 'officer1',
    party: A.qian,
    source: 'complaint',
    summary: '委托人实名举报：钱国栋律师私自接受委托并收取代理费3万元，未通过律师事务所统一收案、出具票据',
    actBefore: 35,
    endsAgo: 3,
    steps: [{ gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '同意立案' } }, team(['officer1', 'head'])],
  },
  {
    key: 'investigating-jd',
    power: 'CF-JD-002',
    registrant: 'officer2',
    party: A.huaxin,
    source: 'referral',
    summary: '示例市中级人民法院司法建议函：华信司法鉴定所在一起交通事故案件中超出登记的业务范围出具法医临床鉴定意见',
    actBefore: 30,
    endsAgo: 4,
    steps: [
      { gap: 1, who: 'leader', action: 'fileCase', body: { opinion: '同意立案，指派两名持司法鉴定类执法证的人员调查' } },
      { gap: 1, who: 'head', action: 'startInvestigation', body: { team: ['cat:JD', 'cat:JD'] } },
    ],
  },
  // ── investigation reported
  {
    key: 'reported',
    power: 'CF-LS-004',
    registrant: 'officer1',
    party: A.wu,
    source: 'referral',
    summary: '区法律援助中心函告：吴海峰律师怠于履行法律援助义务，受援人多次联系未果',
    actBefore: 45,
    endsAgo: 1,
    steps: upTo(
      general({
        team: ['officer1', 'head'],
        report:
          '经调查，当事人接受法律援助指派后，未按规定会见受援人、查阅案卷，怠于履行法律援助义务，事实清楚。鉴于系初次违法、已积极整改，建议给予警告处罚',
        penalty: WARNING,
        facts: '',
        reasons: '',
        basis: LS47_5,
        evidence: [],
      }),
      'submitInvestigationReport',
    ),
  },
  // ── legal review passed (a law firm, reviewed although not required: the bureau's habit for organisations)
  {
    key: 'reviewed',
    power: 'CF-LS-012',
    registrant: 'officer1',
    party: A.mingli,
    source: 'inspection',
    summary: '年度检查考核中发现：明理律师事务所以“零风险代理”“包赢”等虚假承诺进行网络宣传承揽业务',
    actBefore: 60,
    endsAgo: 1,
    steps: upTo(
      general({
        team: ['officer1', 'head'],
        report:
          '经调查，当事人在其微信公众号发布“零风险代理”“包赢”等虚假承诺，以不正当手段承揽业务，事实清楚，证据确凿，建议处警告并处罚款一万元',
        penalty: fine(10_000),
        facts: '',
        reasons: '',
        basis: LS50,
        evidence: [],
        review: true,
      }),
      'completeLegalReview',
    ),
  },
  // ── prior notice served yesterday: the statement period is running
  {
    key: 'noticed',
    power: 'CF-LS-003',
    registrant: 'officer1',
    party: A.zheng,
    source: 'complaint',
    summary: '对方当事人投诉：郑晓明律师在同一民事案件中先后为原告、被告提供法律咨询，存在利益冲突',
    actBefore: 50,
    endsAgo: 1,
    steps: upTo(
      general({
        team: ['officer1', 'head'],
        report: '经调查，当事人在同一案件中为双方当事人提供法律服务，构成代理有利益冲突的法律事务，建议处警告并处罚款二千元',
        penalty: fine(2_000),
        facts: '当事人于2026年在同一民间借贷纠纷中先后接受原告、被告委托提供法律咨询并收取费用',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第三十九条的规定',
        basis: ['《中华人民共和国律师法》第四十七条第（三）项', '《律师和律师事务所违法行为处罚办法》第七条'],
        evidence: [],
      }),
      'servePriorNotice',
    ),
  },
  // ── statement and defence recorded and re-checked
  {
    key: 'statement',
    power: 'CF-LS-001',
    registrant: 'officer1',
    party: A.feng,
    source: 'inspection',
    summary: '执业信息核查发现：冯佳琪律师在变更执业机构期间，以拟转入律师事务所名义承办业务，同时在两个律师事务所执业',
    actBefore: 55,
    endsAgo: 1,
    steps: upTo(
      general({
        team: ['officer1', 'head'],
        report: '经调查，当事人在办理执业机构变更期间同时在两个律师事务所执业，事实清楚，建议处警告并处罚款一千元',
        penalty: fine(1_000),
        facts: '当事人在获准变更执业机构前，以拟转入律师事务所名义承办两件民事案件',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第十条第一款的规定',
        basis: LS47,
        evidence: [],
        statement: '当事人书面申辩称：转所手续已提交，系对规定理解有误，且已主动将案件交回原所办理，请求从轻处理',
        recheck: '经复核，当事人所述交回案件属实，可作为从轻情节考虑；但同时执业的事实不因此改变，维持拟处罚意见',
      }),
      'recordStatementAndDefence',
    ),
  },
  // ── decided yesterday, not yet served (a warning)
  {
    key: 'decided',
    power: 'CF-LS-006',
    registrant: 'officer1',
    party: A.jiang,
    source: 'referral',
    summary: '示例市鼓楼区人民法院函告：蒋文涛律师无正当理由未按时出庭，致开庭延期',
    actBefore: 70,
    endsAgo: 1,
    steps: upTo(
      general({
        team: ['officer1', 'head'],
        report: '经调查，当事人无正当理由未按时出庭参加诉讼，事实清楚；情节较轻，建议给予警告',
        penalty: WARNING,
        facts: '当事人作为原告诉讼代理人，经合法传唤无正当理由未按时出庭，致该案开庭延期',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第三十二条、第四十八条第（二）项的规定',
        basis: LS48,
        evidence: ['法院函告材料', '询问笔录', '传票送达回证', '庭审延期记录'],
        statement: '当事人陈述称当日交通拥堵，已提前电话告知书记员',
        recheck: '经复核，书记员证实未接到当事人电话，当事人所称理由不能成立',
      }),
      'decide',
    ),
  },
  // ── served (a fine on a law firm: the payment notice is issued with the decision)
  {
    key: 'served',
    power: 'CF-LS-015',
    registrant: 'officer1',
    party: A.dadao,
    source: 'referral',
    summary: '市法律援助中心通报：大道律师事务所连续三次无正当理由拒绝接受法律援助指派',
    actBefore: 80,
    endsAgo: 2,
    steps: general({
      team: ['officer1', 'head'],
      report: '经调查，当事人无正当理由拒绝法律援助机构指派，不安排本所律师办理法律援助案件，事实清楚，建议处警告并处罚款五千元',
      penalty: fine(5_000),
      facts: '当事人于本年度三次无正当理由拒绝市法律援助中心的指派，未安排本所律师办理法律援助案件',
      reasons: '当事人的行为违反了《中华人民共和国法律援助法》第十六条、第二十五条的规定',
      basis: ['《中华人民共和国律师法》第五十条第一款第（六）项', '《中华人民共和国法律援助法》第六十二条'],
      evidence: ['法律援助中心指派函及拒绝记录', '律所负责人询问笔录', '律所执业许可证复印件'],
      review: true,
    }),
  },
  // ── executing (a fine on a lawyer; and a notary case investigated by 刘芳)
  {
    key: 'executing',
    power: 'CF-LS-002',
    registrant: 'officer1',
    party: A.chen,
    source: 'complaint',
    summary: '群众举报：陈志刚律师向案件介绍人支付介绍费承揽业务',
    actBefore: 90,
    endsAgo: 3,
    steps: [
      ...general({
        team: ['officer1', 'head'],
        report: '经调查，当事人向案件介绍人支付介绍费承揽业务三件，事实清楚，建议处警告并处罚款二千元',
        penalty: fine(2_000),
        facts: '当事人向非律师人员支付介绍费，承揽民事代理业务三件',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第二十六条的规定',
        basis: LS47_2,
        evidence: ['举报材料', '转账记录', '委托代理合同', '询问笔录'],
      }),
      { gap: 1, who: 'officer1', action: 'startExecution', body: {} },
    ],
  },
  {
    key: 'executing-gz',
    power: 'CF-GZ-002',
    registrant: 'officer2',
    party: A.shen,
    source: 'inspection',
    summary: '公证质量检查发现：沈一鸣公证员在履职期间兼任某商贸公司法律顾问并领取报酬',
    actBefore: 75,
    endsAgo: 2,
    steps: [
      ...general({
        actor: 'officer2',
        team: ['officer2', 'cat:GZ'],
        report: '经调查，当事人在担任公证员期间从事有报酬的其他职业，情节严重，建议处警告并处罚款二千元',
        penalty: fine(2_000),
        facts: '当事人在担任公证员期间兼任商贸公司法律顾问，领取报酬共计2.4万元',
        reasons: '当事人的行为违反了《中华人民共和国公证法》第二十三条第（二）项的规定',
        basis: GZ41,
        evidence: ['顾问合同', '报酬领取记录', '询问笔录', '公证处情况说明'],
      }),
      { gap: 1, who: 'officer2', action: 'startExecution', body: {} },
    ],
  },
  // ── closed (warnings: served means performed)
  {
    key: 'closed',
    power: 'CF-LS-006',
    registrant: 'officer1',
    party: A.han,
    source: 'referral',
    summary: '示例市秦淮区人民法院函告：韩雪律师在庭审中无正当理由中途退庭',
    actBefore: 100,
    endsAgo: 5,
    steps: [
      ...general({
        team: ['officer1', 'head'],
        report: '经调查，当事人无正当理由中途退庭，违法事实清楚；情节轻微，建议给予警告',
        penalty: WARNING,
        facts: '当事人在庭审中无正当理由中途退庭，影响庭审正常进行',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第四十八条第（二）项的规定',
        basis: LS48,
        evidence: ['法院函告材料', '庭审笔录', '询问笔录'],
      }),
      { gap: 2, who: 'leader', action: 'close', body: { summary: '警告决定已送达当事人，处罚已执行完毕，同意结案' } },
    ],
  },
  {
    key: 'closed-gz',
    power: 'CF-GZ-001',
    registrant: 'officer2',
    party: A.zhongshan,
    source: 'complaint',
    summary: '群众投诉：钟山公证处以降低收费标准、给予回扣等不正当手段争揽公证业务',
    actBefore: 95,
    endsAgo: 6,
    steps: [
      ...general({
        actor: 'officer2',
        team: ['officer2', 'cat:GZ'],
        report: '经调查，当事人以给予中介回扣方式争揽继承公证业务，情节较轻且已整改，建议给予警告',
        penalty: WARNING,
        facts: '当事人向房产中介支付回扣争揽继承公证业务十二件',
        reasons: '当事人的行为违反了《中华人民共和国公证法》第十三条第（四）项的规定',
        basis: GZ41,
        evidence: ['投诉材料', '回扣支付凭证', '公证处负责人询问笔录'],
      }),
      { gap: 2, who: 'leader', action: 'close', body: { summary: '警告决定已送达，当事人已完成整改，同意结案' } },
    ],
  },
  // ── no penalty (首违不罚)
  {
    key: 'no-penalty',
    power: 'CF-LS-001',
    registrant: 'officer1',
    party: A.xu,
    source: 'inspection',
    summary: '执业信息核查发现：许静怡律师转所期间在原律所网站仍挂名执业',
    actBefore: 40,
    endsAgo: 3,
    steps: [
      { gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '同意立案' } },
      team(['officer1', 'head']),
      {
        gap: 6,
        who: 'officer1',
        action: 'submitInvestigationReport',
        body: {
          summary: '经调查，当事人系初次违法，未实际承办业务，发现后立即删除挂名信息，危害后果轻微并已及时改正，建议不予行政处罚',
          proposedPenalty: null,
          closureReason: '初次违法且危害后果轻微并及时改正',
        },
      },
      {
        gap: 2,
        who: 'leader',
        action: 'decideNoPenalty',
        body: {
          ground: 'firstViolation',
          reason: '当事人初次违法，未实际承办业务，危害后果轻微并及时改正，依法不予行政处罚，并对其进行批评教育',
        },
      },
    ],
  },
  // ── transferred (suspected crime)
  {
    key: 'transferred',
    power: 'CF-LS-008',
    registrant: 'officer1',
    party: A.yang,
    source: 'referral',
    summary: '示例市中级人民法院移送线索：杨帆律师在代理案件中向法庭提交伪造的借条原件',
    actBefore: 30,
    endsAgo: 4,
    steps: [
      { gap: 1, who: 'leader', action: 'fileCase', body: { opinion: '同意立案，抓紧调查' } },
      team(['officer1', 'head']),
      {
        gap: 5,
        who: 'leader',
        action: 'transfer',
        body: {
          receivingOrgan: '示例市公安局鼓楼分局',
          reason: '经调查，当事人涉嫌帮助伪造证据罪，依照《行政执法机关移送涉嫌犯罪案件的规定》移送公安机关',
        },
      },
    ],
  },
  // ── withdrawn after filing, and a lead declined
  {
    key: 'withdrawn',
    power: 'CF-LS-005',
    registrant: 'officer1',
    party: A.wei,
    source: 'complaint',
    summary: '匿名举报：卫东升律师私自收取委托人费用',
    actBefore: 25,
    endsAgo: 2,
    steps: [
      { gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '同意立案' } },
      team(['officer1', 'head']),
      {
        gap: 3,
        who: 'leader',
        action: 'withdraw',
        body: { reason: '立案后查明，当事人执业机构及违法行为发生地均在外市，本局无管辖权，撤销立案并将线索移交有管辖权的司法行政机关' },
      },
    ],
  },
  {
    key: 'declined',
    power: 'CF-LS-003',
    registrant: 'officer1',
    party: A.ma,
    source: 'complaint',
    summary: '来信反映：马俊律师在离婚案件中“偏袒对方”，要求查处',
    actBefore: 15,
    endsAgo: 6,
    steps: [
      {
        gap: 3,
        who: 'leader',
        action: 'declineFiling',
        body: { reason: '经核查，来信反映的系对代理意见不满，未发现违法执业事实，不予立案，已书面告知来信人' },
      },
    ],
  },
];

/** The hearing branch: a notice that grants the hearing right, the request, the notice of the hearing, the hearing. */
function hearingCase(
  key: string,
  party: Party,
  summary: string,
  upToAction: SupportedCaseAction | 'all',
  endsAgo: number,
  actBefore: number,
): CaseScript {
  const penalty = fine(2_500);
  const facts = '当事人在一起刑事案件辩护中，以“有关系可以判缓刑”为由向被告人家属承揽业务并收取费用';
  const basis = LS47_2;
  const steps: Step[] = [
    { gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '同意立案' } },
    team(['officer1', 'head']),
    {
      gap: 8,
      who: 'officer1',
      action: 'submitInvestigationReport',
      body: { summary: '经调查，当事人以不正当手段承揽业务，事实清楚，建议处警告并处罚款二千五百元', proposedPenalty: penalty },
    },
    {
      gap: 2,
      who: 'reviewer',
      action: 'completeLegalReview',
      body: { opinion: '事实清楚，适用依据正确；拟罚款数额接近听证标准，建议告知听证权利' },
    },
    {
      gap: 2,
      who: 'officer1',
      action: 'servePriorNotice',
      body: notice(penalty, facts, '当事人的行为违反了《中华人民共和国律师法》第二十六条的规定', basis, true),
    },
    { gap: 2, who: 'officer1', action: 'requestHearing', body: (d) => ({ receivedOn: d.today, note: '当事人书面要求举行听证' }) },
    {
      gap: 1,
      who: 'reviewer',
      action: 'serveHearingNotice',
      body: (d) => ({ scheduledFor: cal.addWorkingDays(d.today, 9), place: '示例市司法局三楼听证室', presiderUserId: 'user:supervisor' }),
    },
    {
      gap: 9,
      who: 'supervisor',
      action: 'holdHearing',
      body: { outcome: 'held', recordSigned: true, summary: '当事人及其代理人到场，对违法事实无异议，对罚款数额提出异议，请求从轻处罚' },
    },
    {
      gap: 2,
      who: 'reviewer',
      action: 'completeLegalReview',
      body: { opinion: '听证后复核：当事人系初犯，已退还所收费用，建议罚款减为二千元' },
    },
    {
      gap: 1,
      who: 'leader',
      action: 'decide',
      body: decision(fine(2_000), facts, ['举报材料', '询问笔录', '收费凭证', '听证笔录'], basis),
    },
  ];
  const cut = upToAction === 'all' ? steps : upTo(steps, upToAction);
  return { key, power: 'CF-LS-002', registrant: 'officer1', party, source: 'complaint', summary, actBefore, endsAgo, steps: cut };
}

const HEARING_SCRIPTS: CaseScript[] = [
  hearingCase(
    'hearing-requested',
    citizen('石磊', '320106', '1984-08-08', '043', '示例市鼓楼区虎踞路77号'),
    '被告人家属投诉：石磊律师声称“有关系可以判缓刑”承揽辩护业务',
    'requestHearing',
    1,
    40,
  ),
  hearingCase(
    'hearing-noticed',
    citizen('林晓峰', '320105', '1981-03-16', '067', '示例市建邺区庐山路158号'),
    '被告人家属投诉：林晓峰律师以“打点关系”为名收取费用承揽业务',
    'serveHearingNotice',
    2,
    45,
  ),
  hearingCase(
    'heard',
    citizen('顾明', '320104', '1978-11-30', '082', '示例市秦淮区升州路66号'),
    '被告人家属投诉：顾明律师承诺“保证判缓刑”承揽辩护业务',
    'holdHearing',
    1,
    60,
  ),
  hearingCase(
    'hearing-decided',
    citizen('陆佳', '320102', '1990-02-14', '039', '示例市玄武区丹凤街25号'),
    '被告人家属投诉：陆佳律师以“认识主审法官”为由承揽辩护业务',
    'all',
    1,
    70,
  ),
];

/** ¥5,000 on a citizen reaches the hearing threshold (司法部令第53号: ¥3,000): legal review and collective discussion. */
const COLLECTIVE_PENALTY = fine(5_000);
const COLLECTIVE_FACTS = '当事人在代理一起民间借贷纠纷案件期间，同时接受利益冲突的双方当事人委托，并收取代理费共计三万元';
const MORE_SCRIPTS: CaseScript[] = [
  {
    key: 'collective-decided',
    power: 'CF-LS-001',
    registrant: 'officer1',
    party: citizen('曹文斌', '320106', '1980-05-21', '054', '示例市鼓楼区中央路258号'),
    source: 'complaint',
    summary: '当事人投诉：曹文斌律师在同一民间借贷纠纷中同时为借贷双方代理',
    actBefore: 50,
    endsAgo: 1,
    steps: [
      { gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '经核查，有违法事实，属本局管辖，同意立案' } },
      team(['officer1', 'officer2']),
      {
        gap: 8,
        who: 'officer1',
        action: 'submitInvestigationReport',
        body: {
          summary: '经调查，当事人在同一案件中为双方当事人代理，事实清楚，证据确凿，建议给予警告并处罚款五千元',
          proposedPenalty: COLLECTIVE_PENALTY,
        },
      },
      {
        gap: 2,
        who: 'reviewer',
        action: 'completeLegalReview',
        body: { opinion: '事实清楚，证据确实充分，适用依据正确，程序合法；拟罚款达到听证标准，应告知听证权利并提请集体讨论' },
      },
      {
        gap: 1,
        who: 'leader',
        action: 'recordCollectiveDiscussion',
        body: {
          attendees: [
            { userId: 'user:leader', isLeader: true },
            { userId: 'user:leader2', isLeader: true },
            { userId: 'user:leader3', isLeader: true },
            { name: '陈静（法制审核人员，列席）', isLeader: false },
          ],
          approvedPenalty: COLLECTIVE_PENALTY,
          minutesRecorded: true,
          conclusion:
            '王建国：事实清楚，违法情节较重，同意承办部门意见。\n孙立平：同意，应告知当事人听证权利。\n周海涛：同意给予警告并处罚款五千元。\n结论：一致同意给予警告并处罚款五千元。',
        },
      },
      {
        gap: 1,
        who: 'officer1',
        action: 'servePriorNotice',
        body: notice(COLLECTIVE_PENALTY, COLLECTIVE_FACTS, '当事人的行为违反了《中华人民共和国律师法》第三十九条的规定', LS47, true),
      },
      { gap: 1, who: 'officer2', action: 'recordStatementWaiver', body: { note: '当事人书面表示对拟处罚无异议，放弃陈述、申辩' } },
      { gap: 1, who: 'officer2', action: 'recordHearingWaiver', body: { note: '当事人书面表示放弃听证' } },
      {
        gap: 2,
        who: 'leader',
        action: 'decide',
        body: decision(COLLECTIVE_PENALTY, COLLECTIVE_FACTS, ['投诉材料', '委托代理合同两份', '收费凭证', '询问笔录'], LS47),
      },
    ],
  },
  {
    key: 'on-the-spot',
    power: 'CF-LS-001',
    registrant: 'officer1',
    party: citizen('邱子健', '320104', '1994-07-12', '036', '示例市秦淮区瑞金路18号'),
    source: 'inspection',
    summary: '庭审巡查发现：邱子健律师出庭未按规定着装，经当场指出仍拒不改正',
    actBefore: 0,
    endsAgo: 3,
    steps: [
      {
        gap: 1,
        who: 'officer1',
        action: 'decideOnTheSpot',
        body: (d) => courtroomDressFine(d, '0000017', '示例市秦淮区人民法院第三法庭外'),
      },
      { gap: 1, who: 'officer2', action: 'fileWithAgency', body: { note: '当场处罚决定书存根已报行政执法协调监督科备案' } },
    ],
  },
  // ── decided on the spot yesterday, the form not yet filed with the agency (当场处罚（已交付）)
  {
    key: 'on-the-spot-delivered',
    power: 'CF-LS-001',
    registrant: 'officer1',
    party: citizen('贺立新', '320105', '1991-09-27', '058', '示例市建邺区兴隆大街170号'),
    source: 'inspection',
    summary: '庭审巡查发现：贺立新律师出庭未佩戴律师出庭徽章、未按规定着装，经当场指出仍拒不改正',
    actBefore: 0,
    endsAgo: 1,
    steps: [
      {
        gap: 1,
        who: 'officer1',
        action: 'decideOnTheSpot',
        body: (d) => courtroomDressFine(d, '0000018', '示例市建邺区人民法院第五法庭外'),
      },
    ],
  },
  // ── collective discussion done (集体讨论完毕): ¥4,000 on a citizen, reviewed and discussed by the three 局领导;
  //    the prior notice is still to be served
  {
    key: 'collective-discussed',
    power: 'CF-LS-002',
    registrant: 'officer1',
    party: citizen('谭志勇', '320106', '1983-10-09', '075', '示例市鼓楼区云南路31号'),
    source: 'complaint',
    summary: '被告人家属投诉：谭志勇律师向其承诺“托关系保证取保候审”，以此承揽辩护业务并收取费用',
    actBefore: 35,
    endsAgo: 1,
    steps: [
      { gap: 2, who: 'leader', action: 'fileCase', body: { opinion: '经核查，有违法事实，属本局管辖，同意立案' } },
      team(['officer1', 'officer2']),
      {
        gap: 8,
        who: 'officer1',
        action: 'submitInvestigationReport',
        body: {
          summary: '经调查，当事人以承诺“托关系保证取保候审”的不正当手段承揽辩护业务，事实清楚，证据确凿，建议给予警告并处罚款四千元',
          proposedPenalty: fine(4_000),
        },
      },
      {
        gap: 2,
        who: 'reviewer',
        action: 'completeLegalReview',
        body: { opinion: '事实清楚，证据确实充分，适用依据正确，程序合法；拟罚款达到听证标准，应告知听证权利并提请集体讨论' },
      },
      {
        gap: 1,
        who: 'leader',
        action: 'recordCollectiveDiscussion',
        body: {
          attendees: [
            { userId: 'user:leader', isLeader: true },
            { userId: 'user:leader2', isLeader: true },
            { userId: 'user:leader3', isLeader: true },
            { name: '陈静（法制审核人员，列席）', isLeader: false },
          ],
          approvedPenalty: fine(4_000),
          minutesRecorded: true,
          conclusion:
            '王建国：事实清楚，当事人以不正当手段承揽业务，同意承办部门意见。\n孙立平：同意，告知书中应告知听证权利。\n周海涛：同意给予警告并处罚款四千元。\n结论：一致同意给予警告并处罚款四千元，由承办人员送达行政处罚事先告知书。',
        },
      },
    ],
  },
  // ── archived (已归档): a warning decided, served and closed, every document of its file generated as the case went
  //    (as in every case), the cover with its 卷内目录 made last, and the file archived (第四十七条)
  {
    key: 'archived',
    power: 'CF-LS-004',
    registrant: 'officer1',
    party: citizen('彭晓东', '320104', '1984-06-18', '026', '示例市秦淮区长乐路59号'),
    source: 'referral',
    summary: '市法律援助中心函告：彭晓东律师接受指派后未按规定会见受援人，受援人投诉无人联系',
    actBefore: 110,
    endsAgo: 3,
    steps: [
      ...general({
        team: ['officer1', 'head'],
        report: '经调查，当事人接受法律援助指派后未按规定会见受援人，怠于履行法律援助义务，事实清楚；情节较轻且已整改，建议给予警告',
        penalty: WARNING,
        facts: '当事人接受市法律援助中心指派后，二十日内未会见受援人，怠于履行法律援助义务',
        reasons: '当事人的行为违反了《中华人民共和国法律援助法》第十九条的规定',
        basis: LS47_5,
        evidence: ['法律援助中心函告材料', '指派通知书', '受援人陈述', '询问笔录'],
        review: true,
      }),
      { gap: 2, who: 'leader', action: 'close', body: { summary: '警告决定已送达当事人，处罚已执行完毕，同意结案' } },
      documents('officer1', 'caseFileCover'),
      { gap: 1, who: 'officer1', action: 'archive', body: { note: '案卷材料齐全，卷内目录已编制，归档' } },
    ],
  },
  // ── a fine on a citizen, decided and served, its decision published on the portal (处罚决定公示) by the supervisor
  //    within the 7 working days (国办发〔2018〕118号); the name masked and the text leak-scanned by publishDecision
  {
    key: 'published',
    power: 'CF-LS-003',
    registrant: 'officer1',
    party: citizen('范文博', '320102', '1986-12-12', '047', '示例市玄武区后宰门街88号'),
    source: 'complaint',
    summary: '对方当事人投诉：范文博律师曾担任其法律顾问，后又在相关纠纷中代理对方当事人',
    actBefore: 45,
    endsAgo: 2,
    steps: [
      ...general({
        team: ['officer1', 'head'],
        report: '经调查，当事人在担任投诉人法律顾问期间，又代理与其有利益冲突的对方当事人，事实清楚，建议处警告并处罚款一千五百元',
        penalty: fine(1_500),
        facts: '当事人在担任某公司常年法律顾问期间，又接受与该公司有利益冲突的对方当事人委托，代理其合同纠纷案件',
        reasons: '当事人的行为违反了《中华人民共和国律师法》第三十九条的规定',
        basis: ['《中华人民共和国律师法》第四十七条第（三）项', '《律师和律师事务所违法行为处罚办法》第七条'],
        evidence: ['投诉材料', '常年法律顾问合同', '委托代理合同', '询问笔录'],
      }),
      { gap: 1, who: 'supervisor', action: 'publishDecision' },
    ],
  },
];

export const DEMO_CASE_COUNT = SCRIPTS.length + HEARING_SCRIPTS.length + MORE_SCRIPTS.length;

interface Event {
  at: Date;
  order: number;
  run: () => Promise<void>;
}

/**
 * Seeds the demo cases inside the seed's transaction, in a savepoint of their own: should a guard added later refuse
 * a step of the script, the demo cases are left out (and the reason printed) rather than the app failing to start.
 * `now` is the seed's time; every step is dated on a working day before today. Returns the number of cases made.
 */
export async function seedDemoCases(tx: Tx, cipher: FieldCipher, files: FileStore, bureauId: string, now: Date): Promise<number> {
  try {
    return await tx.transaction((sp) => driveDemoCases(sp, cipher, files, bureauId, now));
  } catch (e) {
    console.warn(`[quanze] 演示案件未能载入（其余演示数据不受影响）：${e instanceof Error ? e.message : String(e)}`);
    return 0;
  }
}

/** Drives every script through the commands, in time order across the cases; throws on the first refusal. */
export async function driveDemoCases(tx: Tx, cipher: FieldCipher, files: FileStore, bureauId: string, now: Date): Promise<number> {
  const clock = new ManualClock(now);
  const deps: Deps = { db: tx as unknown as Db, clock, cipher, config: loadConfig({ QUANZE_DEMO: 'true', LOG_LEVEL: 'silent' }) };
  const today = toLocalDate(now);

  const userRows = await tx.select().from(users).where(eq(users.bureauId, bureauId));
  const actor = (who: Who): Actor => {
    const u = userRows.find((r) => r.username === who);
    if (!u) throw new Error(`demo cases: no demo account ${who}`);
    return demoActorOf(u);
  };
  const deptRows = await tx.select().from(departments).where(eq(departments.bureauId, bureauId));
  const deptId = (name: string) => deptRows.find((d) => d.name === name)?.id;
  const items = await tx
    .select({ code: powerListItems.code, powerId: powerListItems.powerId })
    .from(powerListItems)
    .where(eq(powerListItems.bureauId, bureauId));
  const powerId = (code: string) => {
    const p = items.find((i) => i.code === code);
    if (!p) throw new Error(`demo cases: power ${code} not in the list`);
    return p.powerId;
  };
  const roster = await tx
    .select({
      id: officers.id,
      userId: officers.userId,
      name: officers.name,
      status: certificates.status,
      categories: certificates.categories,
      validTo: certificates.validTo,
      reviewed: certificates.lastReviewedYear,
    })
    .from(officers)
    .innerJoin(certificates, eq(certificates.officerId, officers.id))
    .where(eq(officers.bureauId, bureauId));
  const year = Number(today.slice(0, 4));
  const farEnough = addCalendarDays(today, 120);
  /** Certified colleagues without an account, in a stable order, for each 执法类别. */
  const colleagues = (cat: string) =>
    roster
      .filter(
        (o) =>
          o.userId === null &&
          o.status === 'valid' &&
          o.categories.includes(cat) &&
          (o.validTo ?? '') > farEnough &&
          (o.reviewed ?? 0) >= year - 1,
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'zh'));
  const officerOf = (who: Who) => {
    const o = roster.find((r) => r.userId === actor(who).userId);
    if (!o) throw new Error(`demo cases: ${who} has no officer record`);
    return o.id;
  };
  const teamIds = (t: Team): string[] => {
    const used = new Map<string, number>();
    return t.map((m) => {
      if (!m.startsWith('cat:')) return officerOf(m as Who);
      const cat = m.slice(4);
      const k = used.get(cat) ?? 0;
      used.set(cat, k + 1);
      const o = colleagues(cat)[k];
      if (!o) throw new Error(`demo cases: no certified ${cat} officer`);
      return o.id;
    });
  };
  const resolve = (body: Record<string, unknown>): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body)) {
      if (k === 'team') out['officerIds'] = teamIds(v as Team);
      else if (typeof v === 'string' && v.startsWith('user:')) out[k] = actor(v.slice(5) as Who).userId;
      else if (typeof v === 'string' && v.startsWith('officer:')) out[k] = officerOf(v.slice(8) as Who);
      else if (Array.isArray(v))
        out[k] = v.map((x: unknown) =>
          typeof x === 'object' && x !== null && !Array.isArray(x) ? resolve(x as Record<string, unknown>) : x,
        );
      else out[k] = v;
    }
    return out;
  };

  const ids = new Map<string, string>();
  const events: Event[] = [];
  // Every case makes the documents of its acts as it goes (RECORDED_BY), like a bureau does at each step.
  const scripts = [...SCRIPTS, ...HEARING_SCRIPTS, ...MORE_SCRIPTS].map((s) => ({ ...s, steps: documented(s.steps, s.registrant) }));
  scripts.forEach((s, caseIndex) => {
    const span = s.steps.reduce((n, st) => n + st.gap, 0);
    const lastDay = cal.addWorkingDays(today, -s.endsAgo);
    const days: LocalDate[] = [];
    let day = cal.addWorkingDays(lastDay, -span);
    days.push(day);
    for (const st of s.steps) {
      day = cal.addWorkingDays(day, st.gap);
      days.push(day);
    }
    // 09:00–16:30 Shanghai, spread over the cases; steps of one case on one day follow each other. Documents are
    // made ten minutes after the step they record, without moving the case's other steps (nor, so, the order in which
    // the cases' numbers are issued).
    let last = 0;
    let acts = 0;
    const at = (d: LocalDate, st: Step | null) => {
      if (st?.action === 'generateDocuments') return new Date((last += 10 * 60_000));
      const i = st ? ++acts : 0;
      const minute = 9 * 60 + ((caseIndex * 37 + i * 53) % (7 * 60 + 30));
      let t = startOfShanghaiDay(d).getTime() + minute * 60_000;
      if (t <= last) t = last + 20 * 60_000;
      last = t;
      return new Date(t);
    };
    const actDay = addCalendarDays(days[0]!, -s.actBefore);
    events.push({
      at: at(days[0]!, null),
      order: caseIndex * 100,
      run: async () => {
        const who = actor(s.registrant);
        const input = RegisterLeadRequest.parse({
          powerId: powerId(s.power),
          departmentId: s.department ? deptId(s.department) : undefined,
          party: { ...s.party, lackedCapacityAtAct: false },
          leadSource: s.source,
          leadSummary: s.summary,
          violation: { startedOn: actDay, endedOn: actDay },
        });
        const row = await registerLead(deps, who, input, null).catch((e: unknown) => {
          throw new Error(`demo case ${s.key}: registerLead by ${s.registrant} refused: ${e instanceof Error ? e.message : String(e)}`, {
            cause: e,
          });
        });
        ids.set(s.key, row.id);
      },
    });
    s.steps.forEach((st, i) => {
      const stepDay = days[i + 1]!;
      events.push({
        at: at(stepDay, st),
        order: caseIndex * 100 + i + 1,
        run: async () => {
          const id = ids.get(s.key)!;
          const raw = typeof st.body === 'function' ? st.body({ today: stepDay }) : (st.body ?? {});
          try {
            if (st.action === 'generateDocuments') {
              for (const kind of raw['kinds'] as GeneratedDocumentKind[]) await generateDocument(deps, files, actor(st.who), id, kind, null);
              return;
            }
            if (st.action === 'publishDecision') {
              const [item] = await tx
                .select({ id: decisionPublications.id, version: decisionPublications.version })
                .from(decisionPublications)
                .where(eq(decisionPublications.caseId, id));
              if (!item) throw new Error('the decision is not in the publication queue');
              await publishDecision(deps, actor(st.who), item.id, item.version, null);
              return;
            }
            const [cur] = await tx.select({ version: penaltyCases.version }).from(penaltyCases).where(eq(penaltyCases.id, id));
            const input = CASE_ACTION_BODIES[st.action].parse({ version: cur!.version, ...resolve(raw) });
            if (st.action === 'submitInvestigationReport') await registerDemoEvidence(deps, actor(st.who), id);
            await performCaseAction(deps, actor(st.who), id, st.action, input as never, null);
          } catch (e) {
            const detail = e instanceof Error ? e.message : String(e);
            throw new Error(`demo case ${s.key}: ${st.action} by ${st.who} on ${stepDay} refused: ${detail}`, { cause: e });
          }
        },
      });
    });
  });
  events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
  for (const e of events) {
    if (e.at.getTime() > now.getTime()) throw new Error('demo cases: a step would be dated in the future');
    clock.set(e.at);
    await e.run();
  }
  return ids.size;
}
