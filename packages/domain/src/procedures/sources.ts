/**
 * Citations of the procedure guards (行政处罚法 2021 [V] unless noted). Exported as `procedureSources`.
 * Rules of practice that are not statute say so in their note with the LAW.md tag.
 */
import type { Citation } from '../citation.ts';

const law = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });

export const GENERAL_PROCEDURE_ORDER = law('第五章第三节', '普通程序：立案、调查、审核、告知、陈述申辩或听证、决定、送达');
export const SIMPLE_PROCEDURE_ORDER = law('第五章第二节', '简易程序：当场作出行政处罚决定');

export const FILING = law('第五十四条', '符合立案标准的，行政机关应当及时立案');
export const FILING_APPROVAL: Citation = {
  law: '行政处罚法',
  article: '第五十四条',
  note: '立案审批由行政机关负责人（分管领导）批准——司法部令第51号及各地实施办法 [S]',
};
export const FILING_PROMPTLY = law(
  '第七十六条',
  '对应当予以制止和处罚的违法行为不予制止、处罚的，依法给予处分；本系统按配置期限提示“及时立案”',
);
export const LEGAL_BASIS = law(
  '第十六条',
  '除法律、法规、规章外，其他规范性文件不得设定行政处罚；依据还须在违法行为发生时有效（第三十七条）',
);
export const ENFORCING_OFFICERS = law('第四十二条', '行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于两人');
export const SHOW_CERTIFICATE = law('第五十五条', '执法人员在调查或者进行检查时，应当主动向当事人或者有关人员出示执法证件');
export const RECUSAL = law(
  '第四十三条',
  '执法人员与案件有直接利害关系或者有其他关系可能影响公正执法的，应当回避；回避由行政机关负责人决定，决定作出之前不停止调查',
);
export const RECUSAL_BEFORE_DECISION: Citation = {
  ...RECUSAL,
  note: '回避申请未决前不作处罚决定（设计选择：调查不停止，决定待回避决定作出）',
};
export const INVESTIGATION_END = law(
  '第五十七条',
  '调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况分别作出给予处罚、不予处罚、移送司法机关等决定',
);
/** 调查终结 needs evidence: 第五十四条 (全面、客观、公正地调查，收集有关证据), 第五十五条 (笔录), 第四十条. */
export const EVIDENCE_COLLECTION = law(
  '第五十四条',
  '行政机关必须全面、客观、公正地调查，收集有关证据（询问或者检查应当制作笔录，第五十五条；违法事实不清、证据不足的，不得给予行政处罚，第四十条）',
);
export const COLLECTIVE_DISCUSSION = law('第五十七条', '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定');
export const COLLECTIVE_CATALOGUE: Citation = {
  ...COLLECTIVE_DISCUSSION,
  note: '“重大违法行为”的范围由本局规定：拟停止执业、停业整顿、吊销，较大数额罚款，经听证的案件（各地做法，JUSTICE-POWERS.md §3 [S]）',
};
export const LEGAL_REVIEW = law(
  '第五十八条',
  '涉及重大公共利益、经过听证程序的重大权益、疑难复杂或涉及多个法律关系等情形，决定前应当法制审核；未经法制审核或者审核未通过的，不得作出决定',
);
export const REVIEWER_QUALIFICATION = law(
  '第五十八条',
  '行政机关中初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格',
);
export const REVIEW_INDEPENDENCE: Citation = {
  law: '国办发〔2018〕118号',
  article: '（段落待核）',
  note: '法制审核机构与承办机构相分离，审核人员不得为本案调查人员（LAW.md §2 [S]；本系统设计要求）',
};
export const REVIEW_CATALOGUE: Citation = {
  law: '国办发〔2018〕118号',
  article: '（段落待核）',
  note: '行政执法机关应当结合本机关职责编制重大执法决定法制审核目录清单（LAW.md §2 [S]）',
};
export const PRIOR_NOTICE = law(
  '第四十四条',
  '作出决定之前，应当告知拟作出的行政处罚内容及事实、理由、依据，并告知陈述、申辩、要求听证等权利',
);
export const NO_DECISION_WITHOUT_HEARING_PARTY = law(
  '第六十二条',
  '未告知或者拒绝听取陈述、申辩的，不得作出行政处罚决定；当事人明确放弃陈述或者申辩权利的除外',
);
export const STATEMENT_PERIOD: Citation = {
  ...NO_DECISION_WITHOUT_HEARING_PARTY,
  note: '陈述申辩期限法律未规定，按本局配置（默认5个工作日，LAW.md §1 [U]）届满或当事人明确放弃后方可决定',
};
export const RECHECK_DEFENCE = law('第四十五条', '对当事人提出的事实、理由和证据，应当进行复核；成立的，应当采纳');
export const HEARING_RIGHT_NOTICE = law('第六十三条', '拟作出较大数额罚款等决定的，应当告知当事人有要求听证的权利');
export const HEARING_REQUEST = law('第六十四条', '当事人要求听证的，应当在行政机关告知后五日内提出（工作日，第八十五条）');
export const HEARING_NOTICE = law(
  '第六十四条',
  '行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点（工作日，第八十五条）',
);
export const HEARING_PRESIDER = law(
  '第六十四条',
  '听证由行政机关指定的非本案调查人员主持；当事人认为主持人与本案有直接利害关系的，有权申请回避',
);
export const HEARING_RECORD = law(
  '第六十四条',
  '听证应当制作笔录；笔录应当交当事人或者其代理人核对无误后签字或者盖章；拒绝签字或者盖章的，由听证主持人在笔录中注明',
);
export const HEARING_WAIVED = law(
  '第六十四条',
  '当事人及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利，行政机关终止听证',
);
export const DECISION_ON_RECORD = law('第六十五条', '听证结束后，行政机关应当根据听证笔录，依照本法第五十七条的规定，作出决定');
export const DECISION_ITEMS = law(
  '第五十九条',
  '决定书应当载明当事人姓名或名称、地址，违法事实和证据，处罚种类和依据，履行方式和期限，申请复议、提起诉讼的途径和期限，作出决定的行政机关名称和日期，并加盖印章',
);
export const DECISION_PERIOD = law(
  '第六十条',
  '应当自行政处罚案件立案之日起九十日内作出行政处罚决定；法律、法规、规章另有规定的，从其规定',
);
export const DECISION_CLOCK_SUSPENSION: Citation = {
  law: '行政处罚法',
  article: '第六十条',
  note: '本法未规定中止；依规章（如市场监管总局令第42号：经负责人批准中止，原因消除后恢复；中止期间不计入办案期限）[S]',
};
export const DECISION_CLOCK_EXTENSION: Citation = {
  law: '行政处罚法',
  article: '第六十条',
  note: '“法律、法规、规章另有规定的，从其规定”；本法无延期条款。依规章（如市场监管）：经负责人批准可延长三十日，仍不能作出决定的由负责人集体讨论决定是否继续延期 [S]',
};
export const SERVICE = law('第六十一条', '决定书应当在宣告后当场交付当事人；当事人不在场的，应当在七日内依照民事诉讼法的有关规定送达');
export const ELECTRONIC_SERVICE = law('第六十一条', '当事人同意并签订确认书的，行政机关可以采用传真、电子邮件等方式送达');
export const SIMPLE_FORM = law(
  '第五十二条',
  '出示执法证件，填写预定格式、编有号码的决定书当场交付当事人；拒绝签收的应当注明；决定书载明违法行为、处罚种类和依据、罚款数额、时间、地点、复议诉讼途径和期限、行政机关名称，并由执法人员签名或者盖章',
);
/** 复议前置 of on-the-spot penalties (行政复议法 2023修订, 2024-01-01施行). */
export const RECONSIDERATION_FIRST: Citation = {
  law: '行政复议法',
  article: '第二十三条第一款第（一）项、第二款',
  note: '对当场作出的行政处罚决定不服的，应当先向行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼；行政机关在作出该行政行为时应当告知当事人先申请行政复议',
};
export const SIMPLE_FILING = law('第五十二条', '执法人员当场作出的行政处罚决定，应当报所属行政机关备案');
export const EXECUTION = law('第六十六条', '行政处罚决定依法作出后，当事人应当在行政处罚决定书载明的期限内予以履行');
export const TRANSFER = law('第二十七条', '违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关，依法追究刑事责任');
export const WITHDRAWAL: Citation = {
  law: '行政处罚法',
  article: '第五十四条',
  note: '不予立案或撤销立案经行政机关负责人批准，并说明理由（规章及各地做法 [S]）',
};
export const NO_PENALTY_MINOR = law(
  '第三十三条',
  '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚；初次违法且危害后果轻微并及时改正的，可以不予行政处罚',
);
export const NO_PENALTY_NO_FAULT = law('第三十三条', '当事人有证据足以证明没有主观过错的，不予行政处罚');
export const NO_PENALTY_FACTS = law('第四十条', '违法事实不清、证据不足的，不得给予行政处罚');
export const CLOSING: Citation = {
  law: '司法行政机关行政处罚程序规定（司法部令第51号）',
  article: '（条次待核）',
  note: '执行完毕后制作结案报告，经负责人批准结案（JUSTICE-POWERS.md §5 [S]）',
};
export const ARCHIVING = law(
  '第四十七条',
  '行政机关应当依法以文字、音像等形式，对行政处罚的启动、调查取证、审核、决定、送达、执行等进行全过程记录，归档保存',
);
