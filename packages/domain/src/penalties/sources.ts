/**
 * Citations of the penalty rules (行政处罚法, rev. 2021, LAW.md §1 [V]; Jiangsu and sector tables JIANGSU.md §1 [S]).
 * Exported as `penaltySources` so these constant names never clash with other modules' citations.
 */
import type { Citation } from '../citation.ts';

const law = (article: string, note: string): Citation => ({ law: '行政处罚法', article, note });

export const PENALTY_TYPES = law(
  '第九条',
  '行政处罚的种类：警告、通报批评；罚款、没收违法所得、没收非法财物；暂扣许可证件、降低资质等级、吊销许可证件；限制开展生产经营活动、责令停产停业、责令关闭、限制从业；行政拘留；法律、行政法规规定的其他行政处罚',
);

export const MINOR_NO_PENALTY = law(
  '第三十条',
  '不满十四周岁的未成年人有违法行为的，不予行政处罚；已满十四周岁不满十八周岁的，应当从轻或者减轻行政处罚',
);

/** How a birthday is counted; no administrative rule says, so the criminal-law reading (which favours the party) is used. */
export const AGE_COUNTING: Citation = {
  law: '最高人民法院关于审理未成年人刑事案件具体应用法律若干问题的解释（法释〔2006〕1号）',
  article: '第二条',
  note: '周岁按照公历的年、月、日计算，从周岁生日的第二天起算（类推适用 [S]）',
};

export const MENTAL_INCAPACITY = law('第三十一条', '精神病人、智力残疾人在不能辨认或者不能控制自己行为时有违法行为的，不予行政处罚');

export const LIMITATION = law(
  '第三十六条',
  '违法行为在二年内未被发现的，不再给予行政处罚；涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。期限从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算',
);

export const PRIOR_NOTICE = law(
  '第四十四条',
  '作出行政处罚决定之前，应当告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的陈述、申辩、要求听证等权利',
);

export const NO_HEAVIER_AFTER_DEFENCE = law('第四十五条', '行政机关不得因当事人陈述、申辩而给予更重的处罚');

export const SIMPLE_PROCEDURE = law(
  '第五十一条',
  '违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出行政处罚决定',
);

export const GENERAL_PROCEDURE = law(
  '第五十四条',
  '除本法第五十一条规定的可以当场作出的行政处罚外，应当全面、客观、公正地调查，收集有关证据；符合立案标准的，应当及时立案',
);

export const HEARING_RIGHT = law(
  '第六十三条',
  '拟作出较大数额罚款，没收较大数额违法所得、较大价值非法财物，降低资质等级、吊销许可证件，责令停产停业、责令关闭、限制从业，其他较重的行政处罚等决定的，应当告知当事人有要求听证的权利',
);

/** "其他较重的行政处罚": which kinds count is a local reading, not statute. */
export const HEARING_OTHER_HEAVIER: Citation = {
  ...HEARING_RIGHT,
  note: '第六十三条第一款第（五）项“其他较重的行政处罚”；本系统默认将暂扣许可证件、限制开展生产经营活动列入（设计选择，待法制科室确认）',
};

export const SEPARATION_OF_COLLECTION = law(
  '第六十七条',
  '作出罚款决定的行政机关应当与收缴罚款的机构分离；除第六十八条、第六十九条规定外，执法人员不得自行收缴罚款',
);

export const CASH_ON_THE_SPOT = law(
  '第六十八条',
  '依照第五十一条当场作出行政处罚决定，依法给予一百元以下罚款或者不当场收缴事后难以执行的，执法人员可以当场收缴罚款',
);

export const CASH_REMOTE_AREA = law(
  '第六十九条',
  '在边远、水上、交通不便地区，依照第五十一条、第五十七条作出罚款决定后，当事人到指定银行或者通过电子支付系统缴纳罚款确有困难，经当事人提出，可以当场收缴罚款',
);

export const FISCAL_RECEIPT = law(
  '第七十条',
  '当场收缴罚款的，必须向当事人出具国务院财政部门或者省、自治区、直辖市人民政府财政部门统一制发的专用票据；不出具的，当事人有权拒绝缴纳罚款',
);

export const JIANGSU_HEARING_RULE: Citation = {
  law: '江苏省行政处罚听证程序规则（试行）',
  article: '（文号、条次待核）',
  note: '较大数额罚款：非经营活动中公民500元以上、法人或者其他组织1000元以上；经营活动中20000元以上（JIANGSU.md §1 [S]）',
};

export const MOJ_HEARING_RULE: Citation = {
  law: '司法行政机关行政处罚听证程序规定（司法部令第53号）',
  article: '第三章（条次待核）',
  note: '对个人处以3000元以上、对法人或者其他组织处以20000元以上罚款的，当事人有权要求听证（JUSTICE-POWERS.md §3 [S]；2021年后是否仍有效待核）',
};
