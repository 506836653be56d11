/**
 * Citations of the evidence rules (行政处罚法 2021 and 行政诉讼法 2017 [V] unless the note says otherwise).
 * Rules of practice that are not statute say so in their note with the LAW.md tag.
 */
import type { Citation } from '../citation.ts';

const penalty = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });

export const EVIDENCE_KINDS_BASIS: Citation = {
  law: '行政诉讼法',
  article: '第三十三条',
  note: '证据包括：书证；物证；视听资料；电子数据；证人证言；当事人的陈述；鉴定意见；勘验笔录、现场笔录。证据经法庭审查属实，才能作为认定案件事实的根据',
};
export const EVIDENCE_KINDS_PENALTY = penalty('第四十六条', '证据包括书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、勘验笔录和现场笔录；以非法手段取得的证据，不得作为认定案件事实的根据');
export const TWO_OFFICERS = penalty('第四十二条', '行政处罚应当由具有行政执法资格的执法人员实施，执法人员不得少于两人');
export const SHOW_CERTIFICATES = penalty('第五十五条', '执法人员在调查或者进行检查时，应当主动向当事人或者有关人员出示执法证件');
export const RECORD_REQUIRED = penalty('第五十五条', '询问或者检查应当制作笔录');
export const RECORD_SIGNATURE: Citation = {
  law: '行政处罚法',
  article: '第五十五条',
  note: '笔录交被询问人或者被检查人核对后签名；拒绝签名的，执法人员在笔录上注明情况——市场监督管理行政处罚程序规定 [S]',
};
export const INVESTIGATION_STAGE = penalty('第五十四条、第五十五条', '立案后调查取证；作出处罚决定后不再补充取证（先取证、后裁决）');
export const PRESERVATION = penalty('第五十六条', '在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存');
export const PRESERVATION_DISPOSAL = penalty('第五十六条', '应当在七日内及时作出处理决定（工作日，第八十五条）');
export const PRESERVATION_EMERGENCY: Citation = {
  law: '行政强制法',
  article: '第十九条',
  note: '情况紧急需要当场实施的，在二十四小时内向行政机关负责人报告并补办批准手续；负责人认为不应当采取的，应当立即解除——参照适用于先行登记保存 [S]',
};
export const PRESERVATION_DECISIONS: Citation = {
  law: '行政处罚法',
  article: '第五十六条',
  note: '处理决定：送检、鉴定；依法查封扣押；应予没收的随处罚决定没收；移送有关机关；不应没收的解除保存并退还——市场监督管理行政处罚程序规定 [S]',
};
export const CUSTODY_CHAIN: Citation = {
  law: '最高人民法院关于行政诉讼证据若干问题的规定',
  article: '第十条至第十二条、第五十七条',
  note: '证据应注明来源、提取时间、地点、提取人；保管过程不清、来源不明的证据可能不被采信 [S]',
};
export const PROPERTY_DISPOSAL = penalty('第七十四条', '除依法应当予以销毁的物品外，依法没收的非法财物必须按照国家规定公开拍卖或者按照国家有关规定处理；罚没款项及拍卖款项全部上缴国库');
export const PROPERTY_DISPOSAL_APPROVAL: Citation = {
  law: '罚没财物管理办法',
  article: '（财税〔2020〕54号）',
  note: '罚没物品的处置须经批准，拍卖、销毁、移交应有记录；本系统要求局领导审批 [S]',
};
