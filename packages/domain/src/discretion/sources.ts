/**
 * Citations of the discretion rules. Tags follow shared/domain/LAW.md: [V] text checked (2021 行政处罚法,
 * LawRefBook/Laws snapshot), [S] secondary source only, [U] unverified. Notes carry the words a rule rests on, so a
 * reviewer can judge the reading without a lookup. Articles LAW.md does not list are marked "LAW.md 未列".
 */
import type { Citation } from '../citation.ts';

const CFL = '行政处罚法';

/** 过罚相当: the principle every tier table serves. */
export const PROPORTIONALITY: Citation = {
  law: CFL,
  article: '第五条第二款',
  note: '设定和实施行政处罚必须以事实为依据，与违法行为的事实、性质、情节以及社会危害程度相当 [V：LAW.md 引同条第三款；本款据法条原文]',
};

export const CORRECTION_ORDER: Citation = {
  law: CFL,
  article: '第二十八条第一款',
  note: '行政机关实施行政处罚时，应当责令当事人改正或者限期改正违法行为 [V]',
};

export const ILLEGAL_INCOME_CONFISCATION: Citation = {
  law: CFL,
  article: '第二十八条第二款',
  note: '当事人有违法所得，除依法应当退赔的外，应当予以没收 [V]',
};

export const UNDER_FOURTEEN: Citation = {
  law: CFL,
  article: '第三十条',
  note: '不满十四周岁的未成年人有违法行为的，不予行政处罚，责令监护人加以管教 [V]',
};

export const MINOR_FOURTEEN_TO_EIGHTEEN: Citation = {
  law: CFL,
  article: '第三十条',
  note: '已满十四周岁不满十八周岁的未成年人有违法行为的，应当从轻或者减轻行政处罚 [V]',
};

export const MENTAL_INCAPACITY: Citation = {
  law: CFL,
  article: '第三十一条',
  note: '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚，但应当责令其监护人严加看管和治疗 [V]',
};

export const LUCID_INTERVAL: Citation = {
  law: CFL,
  article: '第三十一条',
  note: '间歇性精神病人在精神正常时有违法行为的，应当给予行政处罚 [V]',
};

export const LIMITED_CAPACITY: Citation = {
  law: CFL,
  article: '第三十一条',
  note: '尚未完全丧失辨认或者控制自己行为能力的精神病人、智力残疾人有违法行为的，可以从轻或者减轻行政处罚 [V]',
};

const art32 = (item: string, words: string): Citation => ({
  law: CFL,
  article: `第三十二条第（${item}）项`,
  note: `${words}，应当从轻或者减轻行政处罚 [V]`,
});
export const ELIMINATED_HARM = art32('一', '主动消除或者减轻违法行为危害后果的');
export const COERCED = art32('二', '受他人胁迫或者诱骗实施违法行为的');
export const CONFESSED_UNKNOWN = art32('三', '主动供述行政机关尚未掌握的违法行为的');
export const MERITORIOUS = art32('四', '配合行政机关查处违法行为有立功表现的');
export const OTHER_MANDATORY_MITIGATION = art32('五', '法律、法规、规章规定其他应当从轻或者减轻行政处罚的');

export const MINOR_CORRECTED_NO_HARM: Citation = {
  law: CFL,
  article: '第三十三条第一款',
  note: '违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚 [V]',
};

export const FIRST_VIOLATION: Citation = {
  law: CFL,
  article: '第三十三条第一款',
  note: '初次违法且危害后果轻微并及时改正的，可以不予行政处罚（首违不罚） [V]',
};

export const NO_FAULT: Citation = {
  law: CFL,
  article: '第三十三条第二款',
  note: '当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定 [V]',
};

export const EDUCATION: Citation = {
  law: CFL,
  article: '第三十三条第三款',
  note: '对当事人的违法行为依法不予行政处罚的，行政机关应当对当事人进行教育 [V]',
};

export const BENCHMARK_PUBLICATION: Citation = {
  law: CFL,
  article: '第三十四条',
  note: '行政机关可以依法制定行政处罚裁量基准，规范行使行政处罚裁量权。行政处罚裁量基准应当向社会公布 [V]',
};

export const EMERGENCY_AGGRAVATION: Citation = {
  law: CFL,
  article: '第四十九条',
  note: '发生重大传染病疫情等突发事件，对违反突发事件应对措施的行为，依法快速、从重处罚（LAW.md 未列，据法条原文，发布前复核）',
};

export const LEGAL_REVIEW: Citation = {
  law: CFL,
  article: '第五十八条',
  note: '法律、法规规定应当进行法制审核的其他情形（第一款第（四）项）；未经法制审核或者审核未通过的，不得作出决定 [V]',
};

export const RANGE_ALTERED: Citation = {
  law: CFL,
  article: '第七十六条第（二）项',
  note: '擅自改变行政处罚种类、幅度的，由上级行政机关或者有关机关责令改正，对直接负责的主管人员和其他直接责任人员依法给予处分（LAW.md 引同条第（五）项；本项据法条原文）',
};

/** 国办发〔2022〕27号: tiers, conditions and their limits. Primary text not retrievable here. */
export const BENCHMARK_GUIDELINE: Citation = {
  law: '国务院办公厅关于进一步规范行政裁量权基准制定和管理工作的意见（国办发〔2022〕27号）',
  article: '（条次未核对）',
  note: '罚款的从轻、一般、从重档次情形应明确具体，严格限定在法定幅度内；减轻处罚应在法定处罚幅度最低限以下 [S]',
};

export const BENCHMARK_DEVIATION: Citation = {
  ...BENCHMARK_GUIDELINE,
  note: '不适用裁量基准或者偏离基准幅度的，应当在决定中说明理由，并按规定报批、经法制审核 [S：文字未核对，按地方实施规定转述]',
};

export const LEGAL_REVIEW_CHECKLIST: Citation = {
  law: '国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见（国办发〔2018〕118号）',
  article: '（条次未核对）',
  note: '法制审核内容包括适用法律、法规、规章是否准确，裁量基准运用是否适当 [S]',
};

/** 周岁: from the day after the birthday (criminal-law interpretation, applied by analogy). */
export const FULL_YEARS_OF_AGE: Citation = {
  law: '最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释（法释〔2006〕1号）',
  article: '第二条',
  note: '周岁按照公历的年、月、日计算，从周岁生日的第二天起算 [S：行政处罚参照适用；原文未核对]',
};

export const MONTH_END_RULE: Citation = {
  law: '民法典',
  article: '第二百零二条',
  note: '按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日（JIANGSU.md 引第二百零一、二百零三条 [V]；本条据法条原文）',
};
