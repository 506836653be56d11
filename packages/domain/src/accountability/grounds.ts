/**
 * 追责情形 (accountabilityTrigger): the statutory grounds on which an enforcement body and its staff are held to
 * account, one provision per article (or paragraph), each with its items and the consequence the statute attaches.
 * Every article was read in full (sources.ts); summaries keep the statute's words, shortened only where an item is
 * long. Provisions that bind others than the enforcing agency (行政许可法 第七十一条 on who sets a licence;
 * 行政强制法 第六十五条至第六十七条 on banks and courts) are left out on purpose.
 */
import type { AccountabilityLawId } from './sources.ts';

export const RESPONSIBILITY_FORM_IDS = ['correction', 'sanction', 'criminal', 'compensation', 'clawback'] as const;
export type ResponsibilityFormId = (typeof RESPONSIBILITY_FORM_IDS)[number];

export interface AccountabilityTrigger {
  /** 项 such as '（一）', or null for an article or paragraph without items. */
  item: string | null;
  summary: string;
}

export interface AccountabilityProvision {
  /** Stable id: law-article[-paragraph], e.g. 'penalty-76-1'. */
  id: string;
  law: AccountabilityLawId;
  /** As cited: '第七十六条第一款'. */
  article: string;
  /** What follows, in the statute's words: who orders what, and who is sanctioned. */
  consequence: string;
  forms: readonly ResponsibilityFormId[];
  triggers: readonly AccountabilityTrigger[];
}

const one = (summary: string): AccountabilityTrigger[] => [{ item: null, summary }];
const items = (...summaries: string[]): AccountabilityTrigger[] =>
  summaries.map((summary, i) => ({ item: `（${'一二三四五六七八九十'[i]}）`, summary }));

const PENALTY_ORDER = '由上级行政机关或者有关机关责令改正，对直接负责的主管人员和其他直接责任人员依法给予处分';
const SANCTION = '对直接负责的主管人员和其他直接责任人员依法给予处分';
const CRIME = '情节严重构成犯罪的，依法追究刑事责任';

export const ACCOUNTABILITY_PROVISIONS: readonly AccountabilityProvision[] = [
  // ---------------------------------------------------------------- 行政处罚法 (2021) 第七章 [V]
  {
    id: 'penalty-76-1',
    law: 'penalty',
    article: '第七十六条第一款',
    consequence: PENALTY_ORDER,
    forms: ['correction', 'sanction'],
    triggers: items(
      '没有法定的行政处罚依据的',
      '擅自改变行政处罚种类、幅度的',
      '违反法定的行政处罚程序的',
      '违反本法第二十条关于委托处罚的规定的（书面委托符合条件的组织、委托书向社会公布、受委托组织不得再委托）',
      '执法人员未取得执法证件的',
    ),
  },
  {
    id: 'penalty-76-2',
    law: 'penalty',
    article: '第七十六条第二款',
    consequence: `依照第一款处理：${PENALTY_ORDER}`,
    forms: ['correction', 'sanction'],
    triggers: one('对符合立案标准的案件不及时立案的'),
  },
  {
    id: 'penalty-77',
    law: 'penalty',
    article: '第七十七条',
    consequence: `当事人有权拒绝并予以检举；由上级行政机关或者有关机关对使用的非法单据予以收缴销毁，${SANCTION}`,
    forms: ['sanction'],
    triggers: one('处罚时不使用罚款、没收财物单据，或者使用非法定部门制发的罚款、没收财物单据的'),
  },
  {
    id: 'penalty-78',
    law: 'penalty',
    article: '第七十八条',
    consequence: PENALTY_ORDER,
    forms: ['correction', 'sanction'],
    triggers: one(
      '行政机关违反第六十七条的规定自行收缴罚款的；财政部门违反第七十四条的规定向行政机关返还罚款、没收的违法所得或者拍卖款项的',
    ),
  },
  {
    id: 'penalty-79-1',
    law: 'penalty',
    article: '第七十九条第一款',
    consequence: `由财政部门或者有关机关予以追缴，${SANCTION}；${CRIME}`,
    forms: ['clawback', 'sanction', 'criminal'],
    triggers: one('行政机关截留、私分或者变相私分罚款、没收的违法所得或者财物的'),
  },
  {
    id: 'penalty-79-2',
    law: 'penalty',
    article: '第七十九条第二款',
    consequence: '构成犯罪的，依法追究刑事责任；情节轻微不构成犯罪的，依法给予处分',
    forms: ['sanction', 'criminal'],
    triggers: one('执法人员利用职务上的便利，索取或者收受他人财物、将收缴罚款据为己有的'),
  },
  {
    id: 'penalty-80',
    law: 'penalty',
    article: '第八十条',
    consequence: `应当依法予以赔偿，${SANCTION}`,
    forms: ['compensation', 'sanction'],
    triggers: one('行政机关使用或者损毁查封、扣押的财物，对当事人造成损失的'),
  },
  {
    id: 'penalty-81',
    law: 'penalty',
    article: '第八十一条',
    consequence: `应当依法予以赔偿，${SANCTION}；${CRIME}`,
    forms: ['compensation', 'sanction', 'criminal'],
    triggers: one('行政机关违法实施检查措施或者执行措施，给公民人身或者财产造成损害、给法人或者其他组织造成损失的'),
  },
  {
    id: 'penalty-82',
    law: 'penalty',
    article: '第八十二条',
    consequence: `${PENALTY_ORDER}；${CRIME}`,
    forms: ['correction', 'sanction', 'criminal'],
    triggers: one('对应当依法移交司法机关追究刑事责任的案件不移交，以行政处罚代替刑事处罚的'),
  },
  {
    id: 'penalty-83',
    law: 'penalty',
    article: '第八十三条',
    consequence: `${SANCTION}；${CRIME}`,
    forms: ['sanction', 'criminal'],
    triggers: one('对应当予以制止和处罚的违法行为不予制止、处罚，致使公民、法人或者其他组织的合法权益、公共利益和社会秩序遭受损害的'),
  },

  // ---------------------------------------------------------------- 行政许可法 (2019) 第七章 [V] — the statute says 行政处分
  {
    id: 'licensing-72',
    law: 'licensing',
    article: '第七十二条',
    consequence: '由其上级行政机关或者监察机关责令改正；情节严重的，对直接负责的主管人员和其他直接责任人员依法给予行政处分',
    forms: ['correction', 'sanction'],
    triggers: items(
      '对符合法定条件的行政许可申请不予受理的',
      '不在办公场所公示依法应当公示的材料的',
      '在受理、审查、决定行政许可过程中，未向申请人、利害关系人履行法定告知义务的',
      '申请材料不齐全、不符合法定形式，不一次告知申请人必须补正的全部内容的',
      '违法披露申请人提交的商业秘密、未披露信息或者保密商务信息的',
      '以转让技术作为取得行政许可的条件，或者在实施行政许可的过程中直接或者间接地要求转让技术的',
      '未依法说明不受理行政许可申请或者不予行政许可的理由的',
      '依法应当举行听证而不举行听证的',
    ),
  },
  {
    id: 'licensing-73',
    law: 'licensing',
    article: '第七十三条',
    consequence: '构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分',
    forms: ['sanction', 'criminal'],
    triggers: one('工作人员办理行政许可、实施监督检查，索取或者收受他人财物或者谋取其他利益的'),
  },
  {
    id: 'licensing-74',
    law: 'licensing',
    article: '第七十四条',
    consequence:
      '由其上级行政机关或者监察机关责令改正，对直接负责的主管人员和其他直接责任人员依法给予行政处分；构成犯罪的，依法追究刑事责任',
    forms: ['correction', 'sanction', 'criminal'],
    triggers: items(
      '对不符合法定条件的申请人准予行政许可或者超越法定职权作出准予行政许可决定的',
      '对符合法定条件的申请人不予行政许可或者不在法定期限内作出准予行政许可决定的',
      '依法应当根据招标、拍卖结果或者考试成绩择优作出准予行政许可决定，未经招标、拍卖或者考试，或者不根据其结果择优作出决定的',
    ),
  },
  {
    id: 'licensing-75-1',
    law: 'licensing',
    article: '第七十五条第一款',
    consequence: '由其上级行政机关或者监察机关责令退还非法收取的费用；对直接负责的主管人员和其他直接责任人员依法给予行政处分',
    forms: ['clawback', 'sanction'],
    triggers: one('实施行政许可擅自收费或者不按照法定项目和标准收费的'),
  },
  {
    id: 'licensing-75-2',
    law: 'licensing',
    article: '第七十五条第二款',
    consequence: '予以追缴；对直接负责的主管人员和其他直接责任人员依法给予行政处分；构成犯罪的，依法追究刑事责任',
    forms: ['clawback', 'sanction', 'criminal'],
    triggers: one('截留、挪用、私分或者变相私分实施行政许可依法收取的费用的'),
  },
  {
    id: 'licensing-76',
    law: 'licensing',
    article: '第七十六条',
    consequence: '应当依照国家赔偿法的规定给予赔偿',
    forms: ['compensation'],
    triggers: one('违法实施行政许可，给当事人的合法权益造成损害的'),
  },
  {
    id: 'licensing-77',
    law: 'licensing',
    article: '第七十七条',
    consequence:
      '由其上级行政机关或者监察机关责令改正，对直接负责的主管人员和其他直接责任人员依法给予行政处分；构成犯罪的，依法追究刑事责任',
    forms: ['correction', 'sanction', 'criminal'],
    triggers: one('不依法履行监督职责或者监督不力，造成严重后果的'),
  },

  // ---------------------------------------------------------------- 行政强制法 第六章 [V]
  {
    id: 'coercion-61',
    law: 'coercion',
    article: '第六十一条',
    consequence: '由上级行政机关或者有关部门责令改正，对直接负责的主管人员和其他直接责任人员依法给予处分',
    forms: ['correction', 'sanction'],
    triggers: items(
      '没有法律、法规依据的',
      '改变行政强制对象、条件、方式的',
      '违反法定程序实施行政强制的',
      '违反本法规定，在夜间或者法定节假日实施行政强制执行的',
      '对居民生活采取停止供水、供电、供热、供燃气等方式迫使当事人履行相关行政决定的',
      '有其他违法实施行政强制情形的',
    ),
  },
  {
    id: 'coercion-62',
    law: 'coercion',
    article: '第六十二条',
    consequence: '由上级行政机关或者有关部门责令改正，对直接负责的主管人员和其他直接责任人员依法给予处分',
    forms: ['correction', 'sanction'],
    triggers: items(
      '扩大查封、扣押、冻结范围的',
      '使用或者损毁查封、扣押场所、设施或者财物的',
      '在查封、扣押法定期间不作出处理决定或者未依法及时解除查封、扣押的',
      '在冻结存款、汇款法定期间不作出处理决定或者未依法及时解除冻结的',
    ),
  },
  {
    id: 'coercion-63-1',
    law: 'coercion',
    article: '第六十三条第一款',
    consequence: '由财政部门或者有关部门予以追缴；对直接负责的主管人员和其他直接责任人员依法给予记大过、降级、撤职或者开除的处分',
    forms: ['clawback', 'sanction'],
    triggers: one('将查封、扣押的财物或者划拨的存款、汇款以及拍卖和依法处理所得的款项截留、私分或者变相私分的'),
  },
  {
    id: 'coercion-63-2',
    law: 'coercion',
    article: '第六十三条第二款',
    consequence: '由上级行政机关或者有关部门责令改正，依法给予记大过、降级、撤职或者开除的处分',
    forms: ['correction', 'sanction'],
    triggers: one('工作人员利用职务上的便利，将查封、扣押的场所、设施或者财物据为己有的'),
  },
  {
    id: 'coercion-64',
    law: 'coercion',
    article: '第六十四条',
    consequence: '由上级行政机关或者有关部门责令改正，对直接负责的主管人员和其他直接责任人员依法给予处分',
    forms: ['correction', 'sanction'],
    triggers: one('行政机关及其工作人员利用行政强制权为单位或者个人谋取利益的'),
  },
  {
    id: 'coercion-68-1',
    law: 'coercion',
    article: '第六十八条第一款',
    consequence: '依法给予赔偿',
    forms: ['compensation'],
    triggers: one('违反本法规定，给公民、法人或者其他组织造成损失的'),
  },
  {
    id: 'coercion-68-2',
    law: 'coercion',
    article: '第六十八条第二款',
    consequence: '依法追究刑事责任',
    forms: ['criminal'],
    triggers: one('违反本法规定，构成犯罪的'),
  },

  // ---------------------------------------------------------------- 行政执法监督条例 (2026) 第六章 [V]
  {
    id: 'supervision-39',
    law: 'supervision',
    article: '第三十九条',
    consequence: '由本级人民政府或者上级行政执法监督机构责令限期改正；拒不改正的，对负有责任的领导人员和直接责任人员依法给予处分',
    forms: ['correction', 'sanction'],
    triggers: one('行政执法监督机构不依法履职的'),
  },
  {
    id: 'supervision-40',
    law: 'supervision',
    article: '第四十条',
    consequence: '依法给予处分；构成犯罪的，依法追究刑事责任',
    forms: ['sanction', 'criminal'],
    triggers: one('行政执法监督人员在行政执法监督中滥用职权、玩忽职守、徇私舞弊的'),
  },
  {
    id: 'supervision-41',
    law: 'supervision',
    article: '第四十一条',
    consequence: '依法给予处分',
    forms: ['sanction'],
    triggers: one('拒绝、阻挠行政执法监督人员开展监督，故意扰乱行政执法监督工作秩序的'),
  },
];
