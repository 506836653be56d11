/**
 * The sources publication and masking rules rest on. Tags as in LAW.md / SECURITY.md: a note ending in [S] rests
 * on a secondary source, [U] on nothing checked; everything else was read in the article text.
 */
import type { Citation } from '../citation.ts';

const penaltyLaw = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });
const disclosureRegulation = (article: string, note: string): Citation => ({ law: '政府信息公开条例', article, note });
const GUIDELINE_118 = '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见（国办发〔2018〕118号）';

/** 第四十八条: decisions with social impact are published; altered ones are withdrawn within 3 days with reasons. */
export const PUBLISH_DECISIONS = penaltyLaw('第四十八条', '具有一定社会影响的行政处罚决定应当依法公开');
export const WITHDRAW_ALTERED = penaltyLaw(
  '第四十八条',
  '公开的行政处罚决定被依法变更、撤销、确认违法或者确认无效的，行政机关应当在三日内撤回行政处罚决定信息并公开说明理由',
);
export const WORKING_DAYS_PENALTY = penaltyLaw('第八十五条', '本法中"二日""三日""五日""七日"的规定是指工作日');

export const PUBLICATION_7WD: Citation = {
  law: GUIDELINE_118,
  article: '（段落待核）',
  note: '行政许可、行政处罚的执法决定信息自作出执法决定之日起7个工作日内公开，法律、行政法规另有规定的除外 [S]',
};
export const PUBLICATION_20WD: Citation = {
  law: GUIDELINE_118,
  article: '（段落待核）',
  note: '执法机关、执法对象、执法类别、执法结论等信息在执法决定作出之日起20个工作日内向社会公布 [S]',
};
/** The verified fallback for "20 working days": proactive disclosure of government information. */
export const PROACTIVE_DISCLOSURE_20WD = disclosureRegulation(
  '第二十六条',
  '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开',
);
export const PROACTIVE_PENALTY_DECISIONS = disclosureRegulation(
  '第二十条第（六）项',
  '主动公开实施行政处罚的依据、条件、程序以及本行政机关认为具有一定社会影响的行政处罚决定',
);
export const PROACTIVE_LICENCE_RESULTS = disclosureRegulation(
  '第二十条第（五）项',
  '主动公开办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果',
);
export const TAKE_DOWN_REVOKED: Citation = {
  law: GUIDELINE_118,
  article: '（段落待核）',
  note: '行政执法决定被依法撤销、确认违法或者要求重新作出的，应当及时从信息公示平台撤下原行政执法决定信息 [S]；期限参照行政处罚法第四十八条的三日',
};

/** Never published: secrets and information whose publication endangers security (第十四条). */
export const NO_SECRETS = disclosureRegulation(
  '第十四条',
  '依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的政府信息，不予公开',
);
/** Commercial secrets and privacy (第十五条). */
export const NO_PRIVACY = disclosureRegulation(
  '第十五条',
  '涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开（第三方同意或不公开会对公共利益造成重大影响的除外）',
);
/** Partial disclosure: what may not be published is separated out — the legal ground for masking. */
export const SEPARABLE_CONTENT = disclosureRegulation(
  '第三十七条',
  '含有不应当公开的内容，但是能够作区分处理的，应当提供可以公开的内容（据此对个人信息作区分处理后公开）',
);
export const MINORS: Citation = {
  law: '未成年人保护法',
  article: '第一百零三条（条次待核）',
  note: '不得披露有关案件中未成年人的姓名、影像、住所、就读学校以及其他可能识别出其身份的信息 [U]；未成年人指未满十八周岁的公民（第二条）；SECURITY.md §3：当事人为未成年人的决定不公开 [S]',
};
export const WARNING_ONLY: Citation = {
  law: '市场监督管理行政处罚信息公示规定',
  article: '（条次待核）',
  note: '仅受警告的处罚决定不公示（SECURITY.md §3 [S]）；本局可配置',
};
/**
 * No verified national or Jiangsu rule excludes 简易程序 decisions from publication (LAW.md §2, JIANGSU.md): they are
 * published like any decision by default; a bureau that judges them to lack "一定社会影响" (第四十八条) may exclude them.
 */
export const SIMPLE_PROCEDURE_EXCLUDED = penaltyLaw(
  '第四十八条第一款',
  '具有一定社会影响的行政处罚决定应当依法公开；本局规定简易程序（当场）作出的处罚决定不予公开，可配置',
);
export const PERSONAL_INFORMATION_IMPACT: Citation = {
  law: '个人信息保护法',
  article: '第五十五条、第五十六条',
  note: '公开个人信息前进行个人信息保护影响评估，评估报告和处理情况记录至少保存三年',
};
export const ALWAYS_HIDDEN: Citation = {
  law: '最高人民法院关于人民法院在互联网公布裁判文书的规定（法释〔2016〕19号）',
  article: '第八条至第十条（参照）',
  note: '删除自然人的家庭住址、通讯方式、身份证件号码、银行账号、健康状况、车牌号码等个人信息；当事人以外的自然人姓名隐名处理；法人名称及统一社会信用代码保留（SECURITY.md §3 [S]）',
};
export const PARTY_NAME_SURNAME: Citation = {
  law: '最高人民法院关于人民法院在互联网公布裁判文书的规定（法释〔2016〕19号）',
  article: '第八条（参照）',
  note: '隐名处理保留姓氏、名字以"某"替代（如张某）；行政处罚公开中自然人当事人姓名的处理由本局确定 [U]',
};
export const ID_CHECKSUM: Citation = {
  law: 'GB 11643-1999 公民身份号码',
  article: '校验码',
  note: '18位：6位地址码、8位出生日期码、3位顺序码、1位校验码（ISO 7064 MOD 11-2）；15位旧号码出生年份为两位',
};
export const CARD_LUHN: Citation = { law: 'ISO/IEC 7812-1', article: '附录B（Luhn）', note: '银行卡号16至19位，末位为Luhn校验位' };
export const PLATE_FORMAT: Citation = {
  law: 'GA 36-2018 中华人民共和国机动车号牌',
  article: '号牌号码编排',
  note: '省级简称 + 发牌机关代号字母 + 5位序号；新能源汽车6位序号（小型车首位D/F，大型车末位D/F）',
};
export const SAMR_EXPIRY: Citation = {
  law: '市场监督管理行政处罚信息公示规定',
  article: '第十一条、第十三条（逐条对应待核）',
  note: '较轻的处罚公示满三个月、其他公示满三年停止公示（LAW.md §10）；"较轻"的范围（通报批评、较低数额罚款）凭记忆 [U]',
};
export const HEBEI_EXPIRY: Citation = {
  law: '河北省行政处罚决定公开规定（名称待核）',
  article: '（条次待核）',
  note: '公开期限五年，自然人二年 [S]（SECURITY.md §3）',
};
