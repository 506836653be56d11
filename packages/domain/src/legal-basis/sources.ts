/**
 * Citations of the legal-basis rules. Article texts checked against the 2021 行政处罚法 (LawRefBook/Laws snapshot,
 * LAW.md [V]); the notes give the words the rule rests on so a reviewer can judge the reading without a lookup.
 */
import type { Citation } from '../citation.ts';

/** Only 法律/法规/规章 may set penalties; read together with 第四条 (penalties "由法律、法规、规章规定"). */
export const PENALTY_SETTING: Citation = {
  law: '行政处罚法',
  article: '第十六条',
  note: '除法律、法规、规章外，其他规范性文件不得设定行政处罚（并见第四条：应当给予行政处罚的，由法律、法规、规章规定）',
};

export const PUBLICATION_REQUIRED: Citation = {
  law: '行政处罚法',
  article: '第五条第三款',
  note: '对违法行为给予行政处罚的规定必须公布；未经公布的，不得作为行政处罚的依据',
};

export const NO_BASIS_VOID: Citation = {
  law: '行政处罚法',
  article: '第三十八条第一款',
  note: '行政处罚没有依据的，行政处罚无效',
};

/** 从旧兼从轻. */
export const TEMPORAL_APPLICATION: Citation = {
  law: '行政处罚法',
  article: '第三十七条',
  note: '适用违法行为发生时的规定；作出决定时已被修改或者废止，且新的规定处罚较轻或者不认为是违法的，适用新的规定',
};

/** Status flags on an article that is not a penalty basis (a permit, an inspection power): 职权法定. */
export const BASIS_IN_FORCE: Citation = {
  law: '国办发〔2005〕37号《关于推行行政执法责任制的若干意见》',
  article: '（条文未核对）',
  note: '梳理执法依据，依据制定、修改、废止情况及时调整 [S：地方实施意见转述]',
};
