/**
 * Names of natural persons the case does not list, found in running text by the word that introduces them
 * (SECURITY.md §3: names of anyone other than the party are always hidden). A name is recognised only right after a
 * cue (证人, 委托代理人, 受害人, 员工, 当事人之父, 与…同住 …), optionally after ：/系/即/名叫, as a common surname
 * (pii-surnames.ts, or a compound one) plus one or two name-like characters; further names in an enumeration
 * (证人李四和王小明、赵六) follow with 、/和/与/及. A surname that is also an everyday word (和, 于, 高, 张贴, 王法 …)
 * counts only when the name is followed by a clear boundary. Officers are not cues: 执法人员 publish their names.
 *
 * What looks like a name near a cue but is not in a recognised position is a suspect (疑似姓名): not masked, shown
 * to the editor to confirm (add it to 补充隐名 when it is a person).
 */
import { COMPOUND_SURNAMES } from './pii-names.ts';
import { SINGLE_SURNAMES } from './pii-surnames.ts';
import type { Span } from './pii-text.ts';

const CUES = [
  '委托代理人',
  '法定代理人',
  '诉讼代理人',
  '被询问人',
  '被检查人',
  '见证人',
  '代理人',
  '监护人',
  '受害人',
  '被害人',
  '举报人',
  '投诉人',
  '控告人',
  '联系人',
  '经办人',
  '承租人',
  '出租人',
  '同住人',
  '(?<!公)证人',
  '(?<!人)员工',
  '职工',
  '雇员',
  '店员',
  '营业员',
  '收银员',
  '房东',
  '邻居',
  '配偶',
  '当事人之(?:父|母|妻|夫|子|女|兄|弟|姐|妹)',
  '其(?:父亲|母亲|妻子|丈夫|儿子|女儿|父|母|妻|夫|子|女|兄|弟|姐|妹)',
  '(?:父亲|母亲|妻子|丈夫|儿子|女儿)',
];
const CONNECTOR = '(?:[：:\\s]|系|即|名叫|叫|姓名为|姓名是)?';
const CUE_RE = new RegExp(`(?:${CUES.join('|')})${CONNECTOR}`, 'gu');
/** 与…同住: the person named between 与 and 同住 / 共同居住. */
const COHABIT_RE = /与(\p{Script=Han}{2,4}?)(?:共同|一同|一起)?(?:同住|居住)/gu;

/** Characters that do not occur in a given name but do start or fill the words around one. */
const NON_NAME = new Set([
  ...'的了是在有和与及等称证未已被于对向因其该本此并或所为将由从自到至按依经以之人员们工资费款元号日月年时处罚法条规定局司公部门位单场地区市省县街路书据述属说某甲乙丙丁戊当应不无没也都均将把给拒指作出同每各个项次件份名',
  '＊',
  '*',
  '×',
  'Ｘ',
  'X',
  '○',
]);
/** The first character of a word that often follows a name (证实, 称, 陈述, 在场 …). */
const FOLLOW = new Set([
  ...'证称陈在于到系是的等签承提向对和与及为未已均也都说表确现所因被将把从自经作出同有无不没曾并又亦另则就才还予给拒反指询笔陪',
]);
/** Surnames that are also everyday words: a name with one of them needs a clear boundary after it. */
const AMBIGUOUS = new Set([
  ...'和于向及成高万常文安明平国公应元利信来那都相初门云容区位满盘楼海花权强豆谈官封查池边师商沙荣原燕楚乐南时全能经将从金石路方白江管车项连麦景米宗桂全师商巫桑甄仲虞敖明池查麻苑迟官封谈匡惠荆乐郁南班原燕楚劳皮粟满闻位厉伊区海花权强帅屠豆盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈都普阙浦戈伏鹿薄雍羊阿乌母修那宿鲜印隆茹诸战慕危玉银亢公哈宾勾茅利於呼居揭干但尉冶斯元束衣信展阴智幸奉植衡富由闭',
]);
/** Two-character words after a cue that start with a surname character (张贴, 王法, 陈述 …): never a name. */
const STOP = new Set([
  '张贴',
  '王法',
  '陈述',
  '陈列',
  '宿舍',
  '高度',
  '高温',
  '高空',
  '金额',
  '钱款',
  '方面',
  '方式',
  '路段',
  '江苏',
  '周边',
  '周末',
  '林地',
  '毛重',
  '石材',
  '白天',
  '黄金',
  '管理',
  '车辆',
  '车主',
  '任职',
  '任何',
  '申请',
  '申辩',
  '申报',
  '申诉',
  '安全',
  '文明',
  '程序',
  '康复',
  '严重',
  '付款',
  '支付',
  '连续',
  '强制',
  '单位',
  '左右',
  '上述',
  '华侨',
  '夏季',
  '常住',
  '明知',
  '明确',
  '全部',
  '全体',
  '成员',
  '成年',
  '易燃',
  '许可',
  '游客',
  '段落',
  '严加',
  '严格',
  '严厉',
  '严禁',
  '管教',
  '管束',
  '管控',
  '陪同',
]);

const isHan = (c: string | undefined): boolean => c !== undefined && /\p{Script=Han}/u.test(c);
const isGiven = (c: string | undefined): boolean => isHan(c) && !NON_NAME.has(c!);

function surnameAt(text: string, at: number): string | null {
  const two = text.slice(at, at + 2);
  if (COMPOUND_SURNAMES.includes(two)) return two;
  const one = text[at];
  return one !== undefined && SINGLE_SURNAMES.has(one) ? one : null;
}

/** A clear end of a name: not a Han character, an enumeration joiner, or the start of a word that follows names. */
const boundaryAt = (text: string, at: number): boolean => !isHan(text[at]) || FOLLOW.has(text[at]!);

interface NameShape {
  span: Span;
  /** Whether the name counts where it stands (a suspect otherwise). */
  sure: boolean;
}

/** A surname plus one or two given characters starting at `at`, or null. */
function nameAt(text: string, at: number): NameShape | null {
  const surname = surnameAt(text, at);
  if (!surname) return null;
  const g = at + surname.length;
  if (!isGiven(text[g])) return null;
  // Two given characters unless the second one starts the word after the name (证人李四证实 → 李四).
  const len = isGiven(text[g + 1]) && !FOLLOW.has(text[g + 1]!) ? 2 : 1;
  const end = g + len;
  const word = text.slice(at, at + 2);
  if (surname.length === 1 && STOP.has(word)) return null;
  const bounded = boundaryAt(text, end);
  const sure = surname.length === 2 || !AMBIGUOUS.has(surname) || bounded;
  return { span: { start: at, end }, sure };
}

const JOINER = /^(?:、|和|与|及|以及|，(?=\p{Script=Han}{2,4}(?:、|和|与|及|等|均|都|，|。)))/u;

export interface CuedNames {
  /** Names to mask. */
  names: Span[];
  /** Name-like text near a cue that was not masked: 疑似姓名, for the editor to confirm. */
  suspects: Span[];
}

/** Recognised names and suspects in `scan` (the normalised text with kept spans blanked). */
export function findCuedNames(scan: string): CuedNames {
  const names: Span[] = [];
  const suspects: Span[] = [];
  const take = (s: Span) => {
    if (!names.some((n) => n.start < s.end && s.start < n.end)) names.push(s);
  };
  for (const m of scan.matchAll(CUE_RE)) {
    let at = m.index + m[0].length;
    const clauseEnd = at + 16;
    const first = nameAt(scan, at);
    if (first?.sure) {
      take(first.span);
      at = first.span.end;
      // An enumeration: 李四和王小明、赵六.
      for (;;) {
        const j = JOINER.exec(scan.slice(at));
        if (!j) break;
        const next = nameAt(scan, at + j[0].length);
        if (!next?.sure) break;
        take(next.span);
        at = next.span.end;
      }
    }
    // Suspects: a bounded name shape later in the same clause, after a non-Han character or a joiner word.
    for (let i = at; i < Math.min(clauseEnd, scan.length); i++) {
      if (/[。；;！!？?\n]/.test(scan[i]!)) break;
      const prev = scan[i - 1];
      if (isHan(prev) && !/[为是系叫即和与及]/.test(prev!)) continue;
      const shape = nameAt(scan, i);
      if (!shape || !boundaryAt(scan, shape.span.end)) continue;
      if (!names.some((n) => n.start < shape.span.end && shape.span.start < n.end)) suspects.push(shape.span);
      i = shape.span.end - 1;
    }
  }
  for (const m of scan.matchAll(COHABIT_RE)) {
    const start = m.index + 1;
    const shape = nameAt(scan, start);
    if (shape && shape.span.end === start + m[1]!.length) take(shape.span);
    else if (shape) suspects.push(shape.span);
  }
  // 证人李四 … 李四询问笔录: a longer match that extends a name found elsewhere is that name plus the next word.
  const texts = new Set(names.map((n) => scan.slice(n.start, n.end)));
  for (const n of names) {
    for (const t of texts) if (t.length < n.end - n.start && scan.startsWith(t, n.start)) n.end = n.start + t.length;
  }
  return {
    names: names.sort((a, b) => a.start - b.start),
    suspects: suspects.filter((s) => !names.some((n) => n.start < s.end && s.start < n.end)),
  };
}
