/**
 * Citations of the power-list, breakdown and coverage rules. [V] text checked (LawRefBook/Laws, LAW.md);
 * [S] seen quoted by local implementing documents only; "design" = a product choice, said so.
 */
import type { Citation } from '../citation.ts';
import { officerSources } from '../officers/index.ts';

/** 行政处罚法 第四十二条 [V]: qualified officers, not fewer than two. */
export const TWO_OFFICERS_PENALTY = officerSources.ENFORCEMENT_QUALIFICATION;

/** 行政强制法 第十八条第（二）项 [V] (and 第十七条第三款: only qualified officers). */
export const TWO_OFFICERS_COERCION: Citation = {
  law: '行政强制法',
  article: '第十八条第（二）项',
  note: '行政强制措施由两名以上行政执法人员实施；第十七条第三款：应当由具备资格的行政执法人员实施',
};

/** 职权分解 to departments and posts; the national text was not read, local implementing opinions quote it. */
export const POWER_BREAKDOWN: Citation = {
  law: '国办发〔2005〕37号《关于推行行政执法责任制的若干意见》',
  article: '（条文未核对）',
  note: '将法定职权分解到具体执法机构和执法岗位，明确执法责任 [S：地方实施意见转述]',
};

/** A breakdown without a backup post or a leader in charge: the responsibility chain has a hole (design, [S]). */
export const RESPONSIBILITY_CHAIN: Citation = {
  ...POWER_BREAKDOWN,
  note: 'A/B 岗互为备份、分管领导负责，确保执法职权有人管、不漏项（本系统设计；A/B 岗见各地岗位责任制实践 [S]）',
};

/** 职权法定: a power with no basis may not be exercised at all. */
export const POWER_NEEDS_BASIS: Citation = {
  law: '行政处罚法',
  article: '第三十八条第一款',
  note: '行政处罚没有依据的无效；其他执法事项同样须有法律、法规、规章依据（职权法定）',
};

/** The list and its changes are reviewed, confirmed and published (三项制度 事前公开; 处罚法 第三十九条 [V]). */
export const LIST_PUBLICATION: Citation = {
  law: '行政处罚法',
  article: '第三十九条',
  note: '行政处罚的实施机关、立案依据、实施程序和救济渠道等信息应当公示；权责清单经审核确认后向社会公布（国办发〔2005〕37号、中办发〔2015〕21号 [S]）',
};

/** Eligibility on the day a certificate lapses (the officers module's own rule, forecast N days ahead). */
export const ELIGIBILITY_FORECAST: Citation = {
  ...officerSources.ENFORCEMENT_QUALIFICATION,
  note: '执法证到期、年度审验逾期后即不具有执法资格；提前预警以免事项无人可执法（本系统设计）',
};
