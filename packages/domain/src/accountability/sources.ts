/**
 * Sources of the accountability (责任追究) rules the portal publishes. Article texts were read in the LawRefBook/Laws
 * copy (行政法/行政处罚法.md, 行政法/行政许可法.md, 行政法/行政强制法.md, 宪法相关法/公职人员政务处分法.md,
 * 宪法相关法/国家赔偿法.md) and, for 行政执法监督条例, in mirrors of the 中国政府网 text (gwgpac.org 第六章;
 * moqicareer.com 第六条 and the promulgation line): tagged [V] in LAW.md's sense. [S] = secondary source only.
 * Summaries in grounds.ts follow the statute's words; nothing here is recalled from memory.
 */
import type { Citation } from '../citation.ts';

export const ACCOUNTABILITY_LAW_IDS = ['penalty', 'licensing', 'coercion', 'supervision'] as const;
export type AccountabilityLawId = (typeof ACCOUNTABILITY_LAW_IDS)[number];

export interface AccountabilityLaw {
  id: AccountabilityLawId;
  /** The full title, as cited on the portal. */
  title: string;
  /** What a Citation's `law` holds (the short form used across the platform). */
  shortTitle: string;
  /** Adoption / revision and entry into force, as printed in the text read. */
  edition: string;
  /** The chapter the grounds come from. */
  chapter: string;
  /** Whose conduct the chapter covers, in one line for the reader. */
  covers: string;
}

export const ACCOUNTABILITY_LAWS: Record<AccountabilityLawId, AccountabilityLaw> = {
  // [V] header: 2021-01-22 第十三届全国人大常委会第二十五次会议修订; 第八十六条: 自2021年7月15日起施行.
  penalty: {
    id: 'penalty',
    title: '中华人民共和国行政处罚法',
    shortTitle: '行政处罚法',
    edition: '2021年1月22日修订，2021年7月15日起施行',
    chapter: '第七章 法律责任',
    covers: '实施行政处罚（立案、调查、决定、收缴罚没款、处置涉案财物）中的违法行为',
  },
  // [V] header: 2003-08-27 通过, 2019-04-23 修正; 第八十三条: 自2004年7月1日起施行.
  licensing: {
    id: 'licensing',
    title: '中华人民共和国行政许可法',
    shortTitle: '行政许可法',
    edition: '2003年8月27日通过，2019年4月23日修正',
    chapter: '第七章 法律责任',
    covers: '受理、审查、决定行政许可和实施监督检查中的违法行为',
  },
  // [V] 第七十一条: 自2012年1月1日起施行 (the header with the adoption date was not read, so it is not printed).
  coercion: {
    id: 'coercion',
    title: '中华人民共和国行政强制法',
    shortTitle: '行政强制法',
    edition: '2012年1月1日起施行',
    chapter: '第六章 法律责任',
    covers: '查封、扣押、冻结等行政强制措施和行政强制执行中的违法行为',
  },
  // [V] 国务院令第825号: 2025-12-05 国务院第74次常务会议通过, 2025-12-17 公布, 自2026年2月1日起施行 (LAW.md §8 and
  // JIANGSU.md §5 agree). The 司法行政部门 is the government's 行政执法监督机构 (第六条), so these bind the bureau itself.
  supervision: {
    id: 'supervision',
    title: '行政执法监督条例',
    shortTitle: '行政执法监督条例',
    edition: '国务院令第825号，2026年2月1日起施行',
    chapter: '第六章 法律责任',
    covers: '行政执法监督机构和监督人员自身的失职行为，以及阻挠监督的行为',
  },
};

const cite = (law: string, article: string, note: string): Citation => ({ law, article, note });

/** Why the bureau publishes these rules and takes reports (shown at the top of the portal page). */
export const ACCOUNTABILITY_BASIS = {
  /** [V] 行政处罚法 第七十五条第二款 (the existing complaints source cites it as 第一款 [U]; the text read says 第二款). */
  PUBLIC_SUPERVISION: cite(
    '行政处罚法',
    '第七十五条第二款',
    '行政机关实施行政处罚应当接受社会监督。公民、法人或者其他组织对行政机关实施行政处罚的行为，有权申诉或者检举；行政机关应当认真审查，发现有错误的，应当主动改正',
  ),
  /** [V] 行政执法监督条例 第六条第一款. */
  SUPERVISION_AUTHORITY: cite(
    '行政执法监督条例',
    '第六条第一款',
    '县级以上人民政府司法行政部门是本级人民政府的行政执法监督机构，代表本级人民政府承担行政执法监督具体事务',
  ),
  /**
   * [S] 国办发〔2005〕37号《国务院办公厅关于推行行政执法责任制的若干意见》: the document and its number were read in a
   * mirror of its opening (crsrw.com) and in 漯政〔2005〕77号 (lsbar.com, "2005年7月9日…印发"); its section on
   * 责任追究 only in a local summary (银川, fymate.net). No article numbers exist in it; nothing is quoted.
   */
  RESPONSIBILITY_SYSTEM: cite(
    '国务院办公厅关于推行行政执法责任制的若干意见',
    '国办发〔2005〕37号',
    '要求梳理执法依据、分解执法职权、确定执法责任，建立评议考核和责任追究制度 [S]',
  ),
} as const;
