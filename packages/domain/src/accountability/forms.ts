/**
 * The forms responsibility takes (责任形式), each with the provisions that define it. Texts read as listed in
 * sources.ts: 公职人员政务处分法 (2020-06-20 通过, 第六十八条: 2020年7月1日起施行) and 国家赔偿法 第十六条 [V].
 */
import type { Citation } from '../citation.ts';
import type { ResponsibilityFormId } from './grounds.ts';

export interface ResponsibilityForm {
  id: ResponsibilityFormId;
  label: string;
  /** One or two sentences for the public, in the statutes' words. */
  description: string;
  basis: readonly Citation[];
}

const c = (law: string, article: string, note?: string): Citation => (note ? { law, article, note } : { law, article });

export const RESPONSIBILITY_FORMS: Record<ResponsibilityFormId, ResponsibilityForm> = {
  correction: {
    id: 'correction',
    label: '责令改正',
    description:
      '由上级行政机关或者有关机关（行政许可法为监察机关，行政执法监督条例为本级人民政府或者上级监督机构）责令违法的行政机关改正。',
    basis: [
      c('行政处罚法', '第七十六条'),
      c('行政许可法', '第七十二条'),
      c('行政强制法', '第六十一条'),
      c('行政执法监督条例', '第三十九条'),
    ],
  },
  sanction: {
    id: 'sanction',
    label: '处分',
    description:
      '对直接负责的主管人员和其他直接责任人员依法给予处分，种类为警告、记过、记大过、降级、撤职、开除；期间为警告六个月、记过十二个月、记大过十八个月、降级和撤职二十四个月。任免机关、单位给予处分适用公职人员政务处分法第二章、第三章。违法行为情节轻微的，可以谈话提醒、批评教育、责令检查或者予以诫勉。',
    basis: [
      c('公职人员政务处分法', '第二条第二款', '本法第二章、第三章适用于公职人员任免机关、单位对违法的公职人员给予处分'),
      c('公职人员政务处分法', '第七条', '警告、记过、记大过、降级、撤职、开除'),
      c('公职人员政务处分法', '第八条', '警告六个月，记过十二个月，记大过十八个月，降级、撤职二十四个月'),
      c(
        '公职人员政务处分法',
        '第十二条第一款',
        '情节轻微且有第十一条情形之一的，可以谈话提醒、批评教育、责令检查或者予以诫勉，免予或者不予政务处分',
      ),
    ],
  },
  criminal: {
    id: 'criminal',
    label: '刑事责任',
    description: '截留私分罚没款、索贿受贿、违法检查或者执行造成损害、以罚代刑、执法不作为等，情节严重构成犯罪的，依法追究刑事责任。',
    basis: [
      c('行政处罚法', '第七十九条、第八十一条至第八十三条'),
      c('行政许可法', '第七十三条至第七十五条、第七十七条'),
      c('行政强制法', '第六十八条第二款'),
    ],
  },
  compensation: {
    id: 'compensation',
    label: '赔偿与追偿',
    description:
      '违法执法给当事人造成损害的，行政机关依法赔偿；赔偿义务机关赔偿损失后，应当责令有故意或者重大过失的工作人员或者受委托的组织或者个人承担部分或者全部赔偿费用，并依法给予处分；构成犯罪的，依法追究刑事责任。',
    basis: [
      c('行政处罚法', '第八十条、第八十一条'),
      c('行政许可法', '第七十六条'),
      c(
        '国家赔偿法',
        '第十六条',
        '赔偿义务机关赔偿损失后，应当责令有故意或者重大过失的工作人员或者受委托的组织或者个人承担部分或者全部赔偿费用',
      ),
    ],
  },
  clawback: {
    id: 'clawback',
    label: '追缴、退还',
    description: '被截留、私分的罚没款、许可费用和处置款项，由财政部门或者有关机关（部门）予以追缴；擅自收取的许可费用责令退还。',
    basis: [c('行政处罚法', '第七十九条第一款'), c('行政许可法', '第七十五条'), c('行政强制法', '第六十三条第一款')],
  },
};
