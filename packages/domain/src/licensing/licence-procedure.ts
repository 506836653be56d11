/**
 * The 行政许可 procedure of 行政许可法 (2019 修正) 第四章 as data: its clocks and its flow chart for the portal.
 * Articles and numbers checked against the statute text (LAW.md tags): 第二十九、三十一、三十二、三十四至三十八、四十、
 * 四十二至四十八、八十二条 [V]. Special laws may set other periods (第四十二条 "法律、法规另有规定的，依照其规定"; the
 * catalogue's 律师法 items: 20 days' review by the city bureau, 10 days' decision by the province) — the power's own
 * time limit is shown above the chart for that reason.
 */
import type { Citation } from '../citation.ts';
import { statutoryDayType, type ClockLength, type Verification } from '../deadlines/clock-definition.ts';
import { periodText, type FlowChart, type FlowClock, type FlowCondition } from '../procedures/flow-chart-types.ts';

const law = (article: string, note?: string): Citation => ({ law: '行政许可法', article, ...(note ? { note } : {}) });

export const LICENCE_SOURCES = {
  APPLICATION: law(
    '第二十九条',
    '从事特定活动，依法需要取得行政许可的，应当向行政机关提出申请；可以委托代理人；可以通过信函、电子数据交换和电子邮件等方式提出',
  ),
  TRUTHFUL_MATERIALS: law('第三十一条', '申请人应当如实向行政机关提交有关材料和反映真实情况，并对其申请材料实质内容的真实性负责'),
  ACCEPTANCE: law(
    '第三十二条',
    '根据情况分别作出不受理、不予受理、当场更正、一次告知补正或者受理的处理；受理或者不予受理应当出具加盖专用印章并注明日期的书面凭证',
  ),
  NOT_ACCEPTED: law(
    '第三十二条第一款第（一）、（二）项',
    '依法不需要取得行政许可的，即时告知不受理；不属于本机关职权范围的，即时作出不予受理的决定，并告知向有关行政机关申请',
  ),
  CORRECTION: law(
    '第三十二条第一款第（三）、（四）项',
    '可以当场更正的错误，允许当场更正；材料不齐全或者不符合法定形式的，当场或者在五日内一次告知需要补正的全部内容，逾期不告知的，自收到申请材料之日起即为受理',
  ),
  EXAMINATION: law(
    '第三十四条',
    '对申请材料进行审查；能够当场作出决定的，当场作出书面决定；需要对实质内容进行核实的，指派两名以上工作人员进行核查',
  ),
  INITIAL_REVIEW: law(
    '第三十五条',
    '依法应当先经下级行政机关审查后报上级行政机关决定的，下级机关应当在法定期限内将初步审查意见和全部申请材料直接报送上级机关',
  ),
  INTERESTED_PARTIES: law(
    '第三十六条',
    '许可事项直接关系他人重大利益的，应当告知该利害关系人；申请人、利害关系人有权进行陈述和申辩，行政机关应当听取意见',
  ),
  DECISION_IN_TIME: law('第三十七条', '审查后，除当场作出决定的外，应当在法定期限内按照规定程序作出行政许可决定'),
  DECISION: law(
    '第三十八条',
    '符合法定条件、标准的，应当依法作出准予行政许可的书面决定；作出不予行政许可的书面决定的，应当说明理由，并告知申请行政复议或者提起行政诉讼的权利',
  ),
  PUBLICATION: law('第四十条', '行政机关作出的准予行政许可决定，应当予以公开，公众有权查阅'),
  DECISION_PERIOD: law(
    '第四十二条',
    '自受理之日起二十日内作出决定；不能作出的，经本行政机关负责人批准可以延长十日，并将理由告知申请人；法律、法规另有规定的，依照其规定',
  ),
  INITIAL_REVIEW_PERIOD: law(
    '第四十三条',
    '依法应当先经下级行政机关审查后报上级行政机关决定的，下级行政机关应当自其受理之日起二十日内审查完毕；法律、法规另有规定的，依照其规定',
  ),
  ISSUE_PERIOD: law(
    '第四十四条',
    '作出准予行政许可的决定，应当自作出决定之日起十日内向申请人颁发、送达行政许可证件，或者加贴标签、加盖检验、检测、检疫印章',
  ),
  EXCLUDED_TIME: law(
    '第四十五条',
    '依法需要听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审的，所需时间不计算在期限内，并应当书面告知申请人',
  ),
  PUBLIC_HEARING: law(
    '第四十六条',
    '法律、法规、规章规定应当听证的事项，或者行政机关认为需要听证的其他涉及公共利益的重大许可事项，应当向社会公告，并举行听证',
  ),
  HEARING_RIGHT: law(
    '第四十七条',
    '直接涉及申请人与他人之间重大利益关系的，决定前应当告知听证权利；被告知之日起五日内提出申请的，应当在二十日内组织听证；申请人、利害关系人不承担听证费用',
  ),
  HEARING_PROCEDURE: law(
    '第四十八条',
    '举行听证的七日前通知；公开举行；主持人为审查该申请的工作人员以外的人员；审查人员提供证据、理由，申请人、利害关系人可以申辩和质证；制作笔录；根据听证笔录作出决定',
  ),
} as const satisfies Record<string, Citation>;

/** A clock of the licence procedure; its day type is the statute's (第八十二条 via WORKING_DAY_RULES). */
export interface LicenceClock {
  id: string;
  label: string;
  length: ClockLength;
  /** Days a leader's approval may add, with the article. */
  extension: { days: number; approval: string } | null;
  basis: Citation;
  verified: Verification;
}

const days = (value: number): ClockLength => ({ value, unit: 'days' });

export const LICENCE_CLOCKS = {
  correctionNotice: {
    id: 'correctionNotice',
    label: '一次告知补正',
    length: days(5),
    extension: null,
    basis: LICENCE_SOURCES.CORRECTION,
    verified: 'V',
  },
  initialReview: {
    id: 'initialReview',
    label: '下级机关初审',
    length: days(20),
    extension: null,
    basis: LICENCE_SOURCES.INITIAL_REVIEW_PERIOD,
    verified: 'V',
  },
  // 第八十二条 speaks of "行政机关实施行政许可的期限"; that the applicant's 5 days also count in working days is the
  // reading of WORKING_DAY_RULES (all 行政许可法 periods), not the article's words — hence S, the number itself is V.
  hearingRequest: {
    id: 'hearingRequest',
    label: '申请听证',
    length: days(5),
    extension: null,
    basis: LICENCE_SOURCES.HEARING_RIGHT,
    verified: 'S',
  },
  hearingHeld: {
    id: 'hearingHeld',
    label: '组织听证',
    length: days(20),
    extension: null,
    basis: LICENCE_SOURCES.HEARING_RIGHT,
    verified: 'V',
  },
  hearingNotice: {
    id: 'hearingNotice',
    label: '听证通知（听证七日前）',
    length: days(7),
    extension: null,
    basis: LICENCE_SOURCES.HEARING_PROCEDURE,
    verified: 'V',
  },
  decision: {
    id: 'decision',
    label: '作出行政许可决定',
    length: days(20),
    extension: { days: 10, approval: '经本行政机关负责人批准，并将延长期限的理由告知申请人' },
    basis: LICENCE_SOURCES.DECISION_PERIOD,
    verified: 'V',
  },
  issue: {
    id: 'issue',
    label: '颁发、送达许可证件',
    length: days(10),
    extension: null,
    basis: LICENCE_SOURCES.ISSUE_PERIOD,
    verified: 'V',
  },
} as const satisfies Record<string, LicenceClock>;
export type LicenceClockId = keyof typeof LICENCE_CLOCKS;

/** The period in the statute's day type: "20个工作日". */
export function licencePeriod(length: ClockLength): string {
  return periodText(length, statutoryDayType('行政许可法', length).dayType);
}

function clock(id: LicenceClockId, say: (period: string, extension: string) => string): FlowClock {
  const c: LicenceClock = LICENCE_CLOCKS[id];
  const extension = c.extension ? licencePeriod(days(c.extension.days)) : '';
  return { id: c.id, text: say(licencePeriod(c.length), extension), basis: c.basis, verified: c.verified, setByBureau: false };
}

export function licenceFlowChart(): FlowChart {
  const workingDays = statutoryDayType('行政许可法', days(20)).basis;
  const notes: FlowCondition[] = [
    { text: '本法规定的行政机关实施行政许可的期限以工作日计算，不含法定节假日', basis: workingDays },
    {
      text: '听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审所需时间不计算在期限内，行政机关应当书面告知申请人',
      basis: LICENCE_SOURCES.EXCLUDED_TIME,
    },
    { text: '法律、法规对期限另有规定的，依照其规定（见本事项的实施依据）', basis: LICENCE_SOURCES.DECISION_PERIOD },
  ];
  return {
    id: 'licence',
    title: '行政许可',
    applies: { text: '公民、法人或者其他组织从事特定活动，依法需要取得行政许可的', basis: LICENCE_SOURCES.APPLICATION },
    steps: [
      {
        id: 'apply',
        label: '提出申请',
        actor: '申请人',
        description:
          '向行政机关提出申请，如实提交有关材料并对其实质内容的真实性负责；可以委托代理人，也可以通过信函、电子数据交换和电子邮件等方式提出',
        basis: LICENCE_SOURCES.APPLICATION,
        seeAlso: [LICENCE_SOURCES.TRUTHFUL_MATERIALS],
        clocks: [],
        condition: null,
        branches: [],
      },
      {
        id: 'accept',
        label: '受理',
        actor: '行政机关',
        description:
          '申请事项属于本机关职权范围，申请材料齐全、符合法定形式，或者已按要求提交全部补正材料的，应当受理，并出具加盖印章、注明日期的书面凭证',
        basis: LICENCE_SOURCES.ACCEPTANCE,
        seeAlso: [],
        clocks: [],
        condition: null,
        branches: [
          {
            id: 'correction',
            label: '补正材料',
            when: '申请材料不齐全或者不符合法定形式的；可以当场更正的错误，允许当场更正',
            basis: LICENCE_SOURCES.CORRECTION,
            leadsTo: { kind: 'step', stepId: 'accept' },
            clocks: [clock('correctionNotice', (p) => `当场或者${p}内一次告知需要补正的全部内容；逾期不告知的，自收到材料之日起即为受理`)],
          },
          {
            id: 'notAccepted',
            label: '不予受理',
            when: '申请事项依法不需要取得行政许可，或者不属于本机关职权范围的（告知向有关行政机关申请）',
            basis: LICENCE_SOURCES.NOT_ACCEPTED,
            leadsTo: { kind: 'end' },
            clocks: [],
          },
        ],
      },
      {
        id: 'examine',
        label: '审查',
        actor: '行政机关',
        description: '对申请材料进行审查；能够当场作出决定的，当场作出书面决定；需要对实质内容核实的，指派两名以上工作人员核查',
        basis: LICENCE_SOURCES.EXAMINATION,
        seeAlso: [],
        clocks: [],
        condition: null,
        branches: [
          {
            id: 'interestedParties',
            label: '听取利害关系人意见',
            when: '许可事项直接关系他人重大利益的，告知利害关系人；申请人、利害关系人有权陈述和申辩',
            basis: LICENCE_SOURCES.INTERESTED_PARTIES,
            leadsTo: { kind: 'aside' },
            clocks: [],
          },
          {
            id: 'initialReview',
            label: '初审后报上级机关决定',
            when: '依法应当先经下级机关审查后报上级机关决定的（本局“受理、初审”的事项），将初步审查意见和全部申请材料直接报送上级机关，由上级机关作出决定',
            basis: LICENCE_SOURCES.INITIAL_REVIEW,
            leadsTo: { kind: 'aside' },
            clocks: [clock('initialReview', (p) => `自受理之日起${p}内审查完毕`)],
          },
        ],
      },
      {
        id: 'hearing',
        label: '听证',
        actor: '行政机关（主持人为审查人员以外的人员）',
        description:
          '公开举行；审查人员提供审查意见的证据、理由，申请人、利害关系人可以提出证据，并进行申辩和质证；制作笔录，根据听证笔录作出决定；申请人、利害关系人不承担听证费用',
        basis: LICENCE_SOURCES.HEARING_RIGHT,
        seeAlso: [LICENCE_SOURCES.PUBLIC_HEARING, LICENCE_SOURCES.HEARING_PROCEDURE],
        clocks: [
          clock('hearingRequest', (p) => `申请人、利害关系人被告知听证权利之日起${p}内提出听证申请`),
          clock('hearingHeld', (p) => `收到听证申请后${p}内组织听证`),
          clock('hearingNotice', (p) => `举行听证的${p}前通知申请人、利害关系人，必要时予以公告`),
        ],
        condition: {
          text: '法律、法规、规章规定应当听证，或者行政机关认为需要听证的涉及公共利益的重大许可事项（向社会公告）；许可直接涉及申请人与他人之间重大利益关系，申请人、利害关系人申请听证的',
          basis: LICENCE_SOURCES.PUBLIC_HEARING,
        },
        branches: [],
      },
      {
        id: 'decide',
        label: '作出许可决定',
        actor: '行政机关',
        description: '符合法定条件、标准的，作出准予行政许可的书面决定',
        basis: LICENCE_SOURCES.DECISION,
        seeAlso: [LICENCE_SOURCES.DECISION_IN_TIME],
        clocks: [
          clock('decision', (p, ext) => `自受理之日起${p}内作出决定；不能作出的，经本机关负责人批准可以延长${ext}，并将理由告知申请人`),
        ],
        condition: null,
        branches: [
          {
            id: 'refuse',
            label: '不予行政许可',
            when: '不符合法定条件、标准的，作出不予许可的书面决定，说明理由，并告知申请行政复议或者提起行政诉讼的权利',
            basis: LICENCE_SOURCES.DECISION,
            leadsTo: { kind: 'end' },
            clocks: [],
          },
        ],
      },
      {
        id: 'issue',
        label: '颁发、送达许可证件',
        actor: '行政机关',
        description: '向申请人颁发、送达行政许可证件，或者加贴标签、加盖检验、检测、检疫印章',
        basis: LICENCE_SOURCES.ISSUE_PERIOD,
        seeAlso: [],
        clocks: [clock('issue', (p) => `自作出准予许可决定之日起${p}内颁发、送达`)],
        condition: null,
        branches: [],
      },
      {
        id: 'publish',
        label: '公开许可决定',
        actor: '行政机关',
        description: '准予行政许可的决定应当予以公开，公众有权查阅',
        basis: LICENCE_SOURCES.PUBLICATION,
        seeAlso: [],
        clocks: [],
        condition: null,
        branches: [],
      },
    ],
    notes,
  };
}
