/**
 * The demo bureau's own accountability rules (本局行政执法过错责任追究办法), version 1, marked 演示数据 in the title
 * and by `demo` (the portal and console say so). The text is a plausible placeholder that leans on the statutes the
 * portal cites (packages/domain/src/accountability); it is not any bureau's real document. 0000- numbers are fictional.
 */
import type { Tx } from '../platform/db.ts';
import { accountabilityRules } from '../modules/accountability/index.ts';

export const DEMO_ACCOUNTABILITY_RULES = {
  title: '示例市司法局行政执法过错责任追究办法（演示数据）',
  documentNumber: '示司规〔2026〕1号',
  effectiveOn: '2026-03-01',
  paragraphs: [
    '第一条 为了规范本局行政执法行为，落实行政执法责任制，根据《中华人民共和国行政处罚法》《中华人民共和国行政许可法》《中华人民共和国公职人员政务处分法》《行政执法监督条例》等规定，结合本局实际，制定本办法。',
    '第二条 本办法所称行政执法过错，是指本局行政执法人员在实施行政处罚、行政许可、行政检查等执法活动中，故意或者过失不履行、不正确履行法定职责，损害公民、法人或者其他组织合法权益或者造成不良影响的行为。',
    '第三条 有下列情形之一的，追究行政执法过错责任：（一）没有法定依据或者超越法定职权实施行政执法的；（二）违反法定程序的；（三）认定事实不清、主要证据不足的；（四）适用依据错误或者未按裁量基准行使裁量权的；（五）对符合立案标准的案件不及时立案，或者对应当制止和处罚的违法行为不予制止、处罚的；（六）未取得执法证件从事执法活动的；（七）其他违法或者不当执法行为。',
    '第四条 行政执法过错责任按照“谁承办谁负责、谁审核谁负责、谁批准谁负责”的原则确定。承办人员、法制审核人员和批准人员分别对各自的执法行为承担责任。',
    '第五条 对有行政执法过错的人员，视情节轻重，可以采取批评教育、责令书面检查、通报批评、离岗培训、调离执法岗位等方式处理；依法应当给予处分的，按照管理权限移送任免机关或者监察机关处理；涉嫌犯罪的，移送司法机关依法处理。',
    '第六条 本局行政执法协调监督科负责受理对本局执法人员违法执法行为的投诉、举报，调查核实后提出处理意见，报局领导审定。对投诉人、举报人的个人信息依法保密，不得泄露给被投诉、被举报的人员。',
    '第七条 处理决定作出前，应当听取被追责人员的陈述和申辩。被追责人员对处理决定不服的，可以依照有关规定申请复核或者提出申诉。',
    '第八条 本办法自2026年3月1日起施行。',
  ],
  reportUnit: '示例市司法局行政执法协调监督科',
  reportPhone: '0000-12345679',
  reportAddress: '示例市示例区政务路1号 示例市司法局三楼（邮编 000000）',
  reportEmail: 'zhifajiandu@justice.example.gov.cn',
  reportHours: '工作日 9:00—12:00，13:30—17:30（法定节假日除外）',
};

export async function seedDemoAccountability(tx: Tx, bureauId: string, now: Date): Promise<void> {
  await tx
    .insert(accountabilityRules)
    .values({ bureauId, version: 1, ...DEMO_ACCOUNTABILITY_RULES, changeNote: '载入演示数据', demo: true, createdBy: null, createdAt: now })
    .onConflictDoNothing();
}
