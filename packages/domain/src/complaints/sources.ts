/**
 * Sources of the complaint (投诉举报) and petition (信访) rules. 信访工作条例 (中共中央、国务院, 2022-02-25, in force
 * 2022-05-01): article texts read in the LawRefBook/Laws copy (行政法规/信访工作条例.md), so tagged [V]. A note
 * ending in [S] or [U] marks what was not read.
 */
import type { Citation } from '../citation.ts';

const xf = (article: string, note: string): Citation => ({ law: '信访工作条例', article, note });

export const XF_CHANNELS = xf('第十七条', '信访人采用信息网络、书信、电话、传真、走访等形式反映情况，提出建议、意见或者投诉请求');
export const XF_DUPLICATE = xf(
  '第十九条第三款',
  '信访事项已经受理或者正在办理的，信访人在规定期限内向上级机关又提出同一信访事项的，上级机关不予受理',
);
export const XF_ONLINE_QUERY = xf('第二十一条第二款', '信访事项网上流转，方便信访人查询、评价信访事项办理情况');
export const XF_SCOPE = xf(
  '第二十三条第一款',
  '属于本机关职权范围的，告知接收情况以及处理途径和程序；属于本系统下级机关职权范围的，转送、交办并告知去向；不属于的，告知信访人向有权处理的机关提出',
);
export const XF_DIRECT_NOTICE = xf(
  '第二十三条第二款',
  '能够当场告知的，应当当场书面告知；不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外',
);
export const XF_TRANSFERRED_NOTICE = xf(
  '第二十三条第三款',
  '对转送、交办的信访事项，属于本机关职权范围的，应当自收到之日起15日内书面告知信访人接收情况以及处理途径和程序',
);
export const XF_OBJECTION = xf(
  '第二十三条第三款',
  '不属于本机关或者本系统职权范围的，应当自收到之日起5个工作日内提出异议，并详细说明理由，经核实同意后交还相关材料',
);
export const XF_LITIGATION_SEPARATE = xf('第二十八条第二款', '涉及民事、行政、刑事等诉讼权利救济的信访事项，由有关政法部门依法处理');
export const XF_RECUSAL = xf('第二十八条第三款', '工作人员与信访事项或者信访人有直接利害关系的，应当回避');
export const XF_SUGGESTIONS = xf(
  '第二十九条',
  '建议意见类事项应当认真研究论证；科学合理、具有现实可行性的，应当采纳或者部分采纳，并予以回复',
);
export const XF_ACCUSATIONS = xf(
  '第三十条',
  '检举控告类事项依规依纪依法接收、受理、办理和反馈；不得将检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位',
);
/** The paragraph itself (read in the LawRefBook/Laws copy), for the rule that hides a complaint from its 被反映人. */
export const XF_NO_DISCLOSURE_TO_ACCUSED = xf(
  '第三十条第三款',
  '不得将信访人的检举、揭发材料以及有关情况透露或者转给被检举、揭发的人员或者单位（违反的，依第四十六条第（五）项追责）',
);
export const XF_CLAIM_ROUTES = xf(
  '第三十一条',
  '申诉求决类事项区分情况：诉讼、复议、仲裁等法定途径的导入相应程序；行政程序可以解决的导入相应程序；申请查处违法行为的依法履行或者答复；其他的调查核实并出具信访处理意见书',
);
export const XF_OPINION = xf(
  '第三十二条',
  '信访处理意见书载明投诉请求、事实和理由、处理意见及其法律法规依据：予以支持、作出解释说明或者不予支持',
);
export const XF_CONCLUSION = xf(
  '第三十四条',
  '第三十一条第六项的信访事项应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，可以适当延长，但延长期限不得超过30日，并告知信访人延期理由',
);
export const XF_REVIEW = xf(
  '第三十五条',
  '信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求上一级机关复查；收到复查请求的机关应当自收到之日起30日内提出复查意见，并予以书面答复',
);
export const XF_REEXAMINATION = xf(
  '第三十六条',
  '对复查意见不服的，可以自收到书面答复之日起30日内请求复核；收到复核请求的机关应当自收到之日起30日内提出复核意见；听证所需时间不计算在期限内',
);
export const XF_FINAL = xf('第三十六条第三款', '对复核意见不服，仍然以同一事实和理由提出投诉请求的，不再受理');
export const XF_LATE_NOTICE = xf('第四十四条第（三）项', '未在规定期限内书面告知信访人是否受理信访事项的，由上级机关责令改正');
export const XF_LATE_CONCLUSION = xf(
  '第四十五条第（一）项',
  '推诿、敷衍、拖延信访事项办理或者未在规定期限内办结信访事项的，由上级机关责令改正',
);

export const PENALTY_COMPLAINT_RIGHT: Citation = {
  law: '行政处罚法',
  article: '第七十五条',
  note: '第一款：县级以上人民政府应当定期组织开展行政执法评议、考核；第二款：公民、法人或者其他组织对行政机关实施行政处罚的行为，有权申诉或者检举；行政机关应当认真审查，发现有错误的，应当主动改正（据2021年修订文本核对）',
};

/** Complaints that are not 第三十一条第六项 matters have no national period; the bureau sets one. */
export const COMPLAINT_PERIOD_POLICY: Citation = {
  law: '本局投诉举报办理规定',
  article: '（待本局确定）',
  note: '信访工作条例第三十四条的60日（+30）只约束第三十一条第六项事项；其他投诉举报默认比照适用 [U]；各地常见为5至10个工作日内受理、30日内办结（+20）[S/U]（LAW.md §8）',
};

export const SURVEY_POLICY: Citation = {
  law: '本局满意度评议办法',
  article: '（待本局确定）',
  note: '评价码有效期、评语长度由本局确定 [U]；依据信访工作条例第二十一条第二款（方便信访人评价办理情况）与行政处罚法第七十五条（行政执法评议）',
};
