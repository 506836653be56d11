/** Citations the document rules and the generated texts rest on (行政处罚法 2021 [V] unless noted). */
import type { Citation } from '../citation.ts';

const law = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });

export const DECISION_CONTENT = law(
  '第五十九条',
  '行政处罚决定书应当载明：当事人的姓名或者名称、地址；违法事实和证据；处罚的种类和依据；履行方式和期限；申请行政复议、提起行政诉讼的途径和期限；行政机关名称和作出决定的日期；并加盖印章',
);
export const FULL_PROCESS_RECORD = law('第四十七条', '对行政处罚的启动、调查取证、审核、决定、送达、执行等进行全过程记录，归档保存');
export const FILING_RECORD = law('第五十四条', '符合立案标准的，行政机关应当及时立案（立案审批表）');
export const INVESTIGATION_END_RECORD = law('第五十七条', '调查终结，行政机关负责人应当对调查结果进行审查，根据不同情况分别作出决定');
export const PRIOR_NOTICE_RECORD = law('第四十四条', '作出行政处罚决定之前，应当告知拟作出的处罚内容及事实、理由、依据，并告知陈述、申辩、要求听证等权利');
export const HEARING_NOTICE_RECORD = law('第六十四条', '行政机关应当在举行听证的七日前，通知当事人及有关人员听证的时间、地点');
export const SERVICE_RECORD = law('第六十一条', '行政处罚决定书应当当场交付或者在七日内依照民事诉讼法的有关规定送达（送达回证）');
export const NO_PENALTY_RECORD = law('第五十七条', '违法行为轻微，依法可以不予行政处罚的，不予行政处罚（不予行政处罚决定书）');
export const TRANSFER_RECORD = law('第二十七条', '违法行为涉嫌犯罪的，行政机关应当及时将案件移送司法机关（案件移送函）');
export const CLOSING_RECORD: Citation = {
  law: '司法行政机关行政处罚程序规定（司法部令第51号）',
  article: '（条次待核）',
  note: '执行完毕或者终止调查后制作结案报告，经负责人批准结案（JUSTICE-POWERS.md §5 [S]）',
};
export const DECLINE_FILING_RECORD: Citation = {
  law: '行政处罚法',
  article: '第五十四条',
  note: '不符合立案条件的，经负责人批准不予立案（不予立案审批表，JUSTICE-POWERS.md §5 [S]）',
};
export const SURCHARGE = law('第七十二条', '到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额');
export const PAY_WITHIN_15_DAYS = law('第六十七条', '当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款');
export const EVIDENCE_RECORD = law(
  '第四十条',
  '违法事实不清、证据不足的，不得给予行政处罚；行政机关必须全面、客观、公正地调查，收集有关证据（第五十四条），询问或者检查应当制作笔录（第五十五条）',
);
export const INQUIRY_RECORD = law('第五十五条', '询问或者检查应当制作笔录（询问（调查）笔录）');
export const INSPECTION_RECORD = law('第五十五条', '询问或者检查应当制作笔录（现场检查（勘验）笔录）');
export const LEGAL_REVIEW_RECORD = law('第五十八条', '作出决定前应当进行法制审核；未经法制审核或者审核未通过的，不得作出决定（法制审核意见书）');
export const COLLECTIVE_DISCUSSION_RECORD = law('第五十七条', '对情节复杂或者重大违法行为给予行政处罚，行政机关负责人应当集体讨论决定（集体讨论记录）');
export const ON_THE_SPOT_RECORD = law(
  '第五十二条',
  '执法人员当场作出行政处罚决定的，应当填写预定格式、编有号码的行政处罚决定书当场交付当事人，并报所属行政机关备案',
);
