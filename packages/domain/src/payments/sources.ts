/** The articles the payment and execution rules rest on (LAW.md §1 "Execution and 罚缴分离", §11 T1, T9–T13). */
import type { Citation } from '../citation.ts';

const penaltyLaw = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });
const coercionLaw = (article: string, note: string): Citation => ({ law: '行政强制法', article, note });

export const PAYMENT_SEPARATION = penaltyLaw(
  '第六十七条',
  '作出罚款决定的行政机关应当与收缴罚款的机构分离；当事人应当自收到行政处罚决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款',
);
export const DEFERRAL = penaltyLaw(
  '第六十六条',
  '当事人确有经济困难，需要延期或者分期缴纳罚款的，经当事人申请和行政机关批准，可以暂缓或者分期缴纳',
);
export const CASH_HANDOVER = penaltyLaw(
  '第七十一条',
  '执法人员当场收缴的罚款，应当自收缴罚款之日起二日内交至行政机关；在水上当场收缴的罚款，应当自抵岸之日起二日内交至行政机关；行政机关应当在二日内将罚款缴付指定的银行',
);
export const FISCAL_RECEIPT_UNIQUE = penaltyLaw('第七十条', '当场收缴罚款的，必须出具财政部门统一制发的专用票据；票据号码不得重复使用');
export const REMINDER = coercionLaw(
  '第三十五条',
  '作出强制执行决定前，应当事先以书面形式催告当事人履行义务；涉及金钱给付的，应当有明确的金额和给付方式',
);
export const REMINDER_WAIT = coercionLaw('第五十四条', '催告书送达十日后当事人仍未履行义务的，行政机关可以申请人民法院强制执行');
export const COURT_APPLICATION = coercionLaw(
  '第五十三条',
  '当事人在法定期限内不申请行政复议或者提起行政诉讼，又不履行行政决定的，行政机关可以自期限届满之日起三个月内申请人民法院强制执行',
);
export const COURT_AFTER_DEFERRAL = penaltyLaw(
  '第七十二条',
  '行政机关批准延期、分期缴纳罚款的，申请人民法院强制执行的期限，自暂缓或者分期缴纳罚款期限结束之日起计算',
);
export const REMEDY_PENDING = penaltyLaw(
  '第七十三条',
  '当事人对行政处罚决定不服，申请行政复议或者提起行政诉讼的，行政处罚不停止执行；加处罚款的数额在行政复议或者行政诉讼期间不予计算',
);

/** 行政复议法 (2023修订，2024-01-01施行): 复议前置 for on-the-spot penalties, and the 60-day application period. */
export const RECONSIDERATION_FIRST: Citation = {
  law: '行政复议法',
  article: '第二十三条第一款第（一）项、第二款',
  note: '对当场作出的行政处罚决定不服的，申请人应当先向行政复议机关申请行政复议，对行政复议决定不服的，可以再依法向人民法院提起行政诉讼；行政机关在作出该行政行为时应当告知当事人先申请行政复议',
};
