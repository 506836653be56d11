/**
 * Published decisions for the disclosure bench, generated INSIDE PostgreSQL (generate_series + INSERT … SELECT): the
 * texts are composed from word lists the way a masked 行政处罚决定书 reads (party 王某 or an organisation's name,
 * facts, evidence, basis, penalty, remedies), with ~10 % 行政许可决定 and ~5 % 检查结果, and their search terms are
 * computed by `bench_bigrams(text)`, a SQL transcription of the domain's `bigrams()` (NFKC, lower case, Han runs →
 * overlapping 2-grams or the single character, other letter/digit runs → one word). `checkBigrams` compares it with
 * the real function on a sample, so the index holds exactly what the app would have written.
 * Deterministic: every choice is a hash of the row number.
 */
import type pg from 'pg';

const arr = (xs: readonly string[]) => `array[${xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',')}]::text[]`;

const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
const DISTRICTS = ['玄武', '秦淮', '建邺', '鼓楼', '浦口', '栖霞', '雨花台', '江宁', '六合', '溧水', '高淳'];
const BRANDS = ['德润', '鼎信', '正衡', '金陵', '恒达', '汇通', '明诚', '华泰', '天元', '中衡', '君和', '瑞华', '博远', '同舟', '致远', '求是', '弘毅', '锦天', '海润', '东方', '长江', '紫金', '钟山', '石城', '秣陵', '江北', '新街', '汉中', '仙林', '麒麟'];
const ORG_KINDS = ['律师事务所', '公证处', '司法鉴定所', '法律服务所', '司法鉴定中心', '基层法律服务所'];
const ROADS = ['中山路', '汉中路', '北京东路', '龙蟠路', '江东中路', '应天大街', '珠江路', '新模范马路', '广州路', '龙眠大道', '天元东路', '浦珠路'];
const ACTS = [
  '违反规定接受委托',
  '私自收取代理费用',
  '以不正当手段承揽业务',
  '泄露当事人商业秘密',
  '出具虚假鉴定意见',
  '超越执业范围执业',
  '拒绝履行法律援助义务',
  '未按规定办理变更登记',
  '弄虚作假骗取执业证书',
  '妨碍监督检查',
  '擅自设立分支机构',
  '不按规定公示收费标准',
  '同时在两个律师事务所执业',
  '向司法行政人员行贿',
  '在同一案件中为双方当事人担任代理人',
  '为不真实的事项办理公证',
];
const DETAILS = [
  '涉案金额共计{n}元',
  '违法所得{n}元',
  '造成委托人经济损失{n}元',
  '经责令改正后逾期仍未改正',
  '情节较轻，未造成严重后果',
  '情节较重，群众反映强烈',
  '在本市范围内造成一定社会影响',
  '案发后主动退还全部费用',
];
const EVIDENCE = ['询问笔录', '现场检查笔录', '委托代理合同', '收费票据', '银行转账记录', '执业档案', '投诉材料', '视听资料', '证人证言', '鉴定意见书'];
const BASIS = [
  '《中华人民共和国律师法》第四十七条',
  '《中华人民共和国律师法》第四十八条',
  '《中华人民共和国律师法》第五十条',
  '《中华人民共和国公证法》第四十一条',
  '《律师和律师事务所违法行为处罚办法》第十条',
  '《司法鉴定机构登记管理办法》第三十九条',
  '《中华人民共和国法律援助法》第六十二条',
  '《基层法律服务工作者管理办法》第五十一条',
];
const SANCTIONS = ['警告', '罚款{n}元', '警告，并处罚款{n}元', '没收违法所得{n}元，并处罚款{n}元', '停止执业{k}个月', '停业整顿{k}个月', '吊销执业证书'];
const MATTERS = ['律师执业核准', '律师事务所设立许可', '公证员执业审批', '司法鉴定人执业登记', '司法鉴定机构设立登记', '基层法律服务工作者执业核准', '律师事务所变更登记'];
const INSPECTIONS = ['律师事务所年度检查考核', '司法鉴定机构监督检查', '公证机构执业检查', '法律援助服务质量检查'];
const OUTCOMES = ['合格', '基本合格', '不合格，责令限期整改', '发现问题已当场纠正'];

/** The domain's bigrams() in SQL (see packages/domain/src/legal-basis/search.ts). */
export const BIGRAMS_FUNCTION = `
create or replace function bench_bigrams(doc text) returns text[] language sql immutable parallel safe as $f$
  select coalesce(array_agg(term order by ord), '{}'::text[]) from (
    select term, min(ord) as ord from (
      select case when m.tok ~ '^[0-9a-z]' or char_length(m.tok) = 1 then m.tok else substr(m.tok, i, 2) end as term,
             m.n * 100000 + i as ord
      from (select r[1] as tok, n from regexp_matches(lower(normalize(doc, NFKC)), '[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]+|[0-9a-z]+', 'g') with ordinality as x(r, n)) m
      cross join lateral generate_series(1, case when m.tok ~ '^[0-9a-z]' or char_length(m.tok) = 1 then 1 else char_length(m.tok) - 1 end) as i
    ) t group by term
  ) u
$f$`;

const WORDS = `
  select ${arr(SURNAMES)} as surnames, ${arr(DISTRICTS)} as districts, ${arr(BRANDS)} as brands, ${arr(ORG_KINDS)} as org_kinds,
         ${arr(ROADS)} as roads, ${arr(ACTS)} as acts, ${arr(DETAILS)} as details, ${arr(EVIDENCE)} as evidence, ${arr(BASIS)} as basis,
         ${arr(SANCTIONS)} as sanctions, ${arr(MATTERS)} as matters, ${arr(INSPECTIONS)} as inspections, ${arr(OUTCOMES)} as outcomes`;

/** h(k): a deterministic non-negative integer per row and field. */
const h = (k: number) => `(abs(hashint8(g::bigint * 1009 + ${k})))`;
const pick = (list: string, k: number) => `w.${list}[1 + ${h(k)} % array_length(w.${list}, 1)]`;

/**
 * Rows [from, to] of the data set, published over the last 700 days (all still within their 2- or 3-year period).
 * The row's columns are those publishDecision writes; search_terms is bench_bigrams() of the same four fields.
 */
export function insertBatchSql(bureauId: string, departmentId: string, from: number, to: number): string {
  return `
with w as (${WORDS}),
base as (
  select g,
    case when ${h(1)} % 100 < 85 then 'penalty' when ${h(1)} % 100 < 95 then 'licence' else 'other' end as rt,
    ${h(2)} % 100 < 60 as citizen,
    ${pick('surnames', 3)} as surname,
    ${pick('districts', 4)} as district,
    ${pick('brands', 5)} || ${pick('brands', 6)} as brand,
    ${pick('org_kinds', 7)} as org_kind,
    ${pick('roads', 8)} || (1 + ${h(9)} % 300)::text || '号' as road,
    ${pick('acts', 10)} as act,
    replace(${pick('details', 11)}, '{n}', ((1 + ${h(12)} % 200) * 500)::text) as detail,
    ${pick('evidence', 13)} || '、' || ${pick('evidence', 14)} || '、' || ${pick('evidence', 15)} as ev,
    ${pick('basis', 16)} as basis,
    replace(replace(${pick('sanctions', 17)}, '{n}', ((1 + ${h(18)} % 100) * 1000)::text), '{k}', (1 + ${h(19)} % 6)::text) as sanction,
    ${pick('matters', 20)} as matter,
    ${pick('inspections', 21)} as inspection,
    ${pick('outcomes', 22)} as outcome,
    (current_date - (${h(23)} % 700)::int) as pub_on,
    (2019 + ${h(24)} % 7)::text as yr,
    (${h(25)} % 7)::int as dec_back,
    w.districts
  from generate_series(${from}, ${to}) g cross join w
),
docs as (
  select b.*,
    b.pub_on - b.dec_back as dec_on,
    case when b.citizen then b.surname || '某' else '南京' || b.brand || b.org_kind end as party,
    case b.rt when 'penalty' then '宁司罚决字〔' || b.yr || '〕第' || b.g::text || '号'
              when 'licence' then '3201' || b.yr || lpad(b.g::text, 8, '0')
              else '宁司检字〔' || b.yr || '〕第' || b.g::text || '号' end as number,
    case b.rt when 'penalty' then b.sanction when 'licence' then '行政许可：' || b.matter else '检查结果：' || b.inspection end as summary
  from base b
),
texts as (
  select d.*,
    case d.rt when 'penalty' then '南京市司法局行政处罚决定书（' || d.number || '）'
              when 'licence' then '南京市司法局行政许可决定（' || d.number || '）'
              else '南京市司法局检查结果（' || d.number || '）' end as title,
    concat_ws(E'\\n',
      '南京市司法局',
      case d.rt when 'penalty' then '行政处罚决定书' when 'licence' then '行政许可决定' else '检查结果' end,
      d.number,
      case d.rt when 'licence' then '申请人：' else '当事人：' end || d.party,
      case when d.citizen then '住址：南京市' || d.district || '区＊＊＊＊＊＊' else '住所：南京市' || d.district || '区' || d.road end,
      case d.rt
        when 'penalty' then '违法事实：经查，当事人于' || d.yr || '年期间' || d.act || '，' || d.detail || '。上述事实有' || d.ev || '等证据证实。'
        when 'licence' then '许可事项：' || d.matter || E'\\n许可决定：经审查，申请人符合法定条件，准予许可，颁发相应证书。'
        else '事项：' || d.inspection || E'\\n结果：' || d.outcome || '。' end,
      '依据：' || d.basis,
      case when d.rt = 'penalty' then '处罚决定：' || d.sanction end,
      case when d.rt = 'penalty' then '履行方式和期限：当事人应当自收到本决定书之日起十五日内缴纳罚款，逾期不缴纳的，每日按罚款数额的百分之三加处罚款。' end,
      '救济途径：如不服本决定，可以在收到本决定书之日起六十日内向南京市人民政府申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。',
      '南京市司法局',
      to_char(d.dec_on, 'YYYY-MM-DD')) as body
  from docs d
)
insert into decision_publications (bureau_id, department_id, case_id, result_type, result_label, matter_name, decision_number, party_kind,
  penalty, decided_on, due_on, state, title, party_display, penalty_summary, agency_name, published_text, search_terms,
  published_at, published_on, expires_on, version, created_at, updated_at)
select '${bureauId}', '${departmentId}', null, t.rt, case when t.rt = 'other' then '检查结果' end,
  case t.rt when 'licence' then t.matter when 'other' then t.inspection end, t.number,
  case when t.citizen then 'citizen' else 'organisation' end,
  case when t.rt = 'penalty' then '[{"kind":"fine","amountFen":500000}]'::jsonb else '[]'::jsonb end,
  t.dec_on, t.dec_on + 9, 'published', t.title, t.party, t.summary, '南京市司法局', t.body,
  bench_bigrams(concat_ws(E'\\n', t.title, t.party, t.summary, t.body)),
  t.pub_on + time '09:00' + make_interval(secs => (t.g % 28800)), t.pub_on,
  case when t.citizen then t.pub_on + interval '2 years' else t.pub_on + interval '3 years' end,
  2, t.pub_on + time '09:00', t.pub_on + time '09:00'
from texts t`;
}

/**
 * The portal's indexes over published rows and the queue's, exactly as migration 0009 creates them: dropped for the
 * bulk load (a GIN index is far cheaper built once than maintained row by row), rebuilt after.
 */
export const LOAD_INDEXES: Record<string, string> = {
  decision_publications_queue_idx: `CREATE INDEX IF NOT EXISTS "decision_publications_queue_idx" ON "decision_publications" USING btree ("bureau_id","state","due_on")`,
  decision_publications_portal_idx: `CREATE INDEX IF NOT EXISTS "decision_publications_portal_idx" ON "decision_publications" USING btree ("bureau_id","published_at","id") WHERE state = 'published'`,
  decision_publications_terms_gin: `CREATE INDEX IF NOT EXISTS "decision_publications_terms_gin" ON "decision_publications" USING gin ("search_terms") WHERE state = 'published'`,
};

/** Rows whose bench_bigrams() differs from the domain's bigrams() (as sets and in order), out of `n` sampled. */
export async function checkBigrams(pool: pg.Pool, bigrams: (text: string) => string[], n: number): Promise<{ sampled: number; sameSet: number; sameOrder: number }> {
  const r = await pool.query<{ doc: string; terms: string[] }>(
    `select concat_ws(E'\\n', title, party_display, penalty_summary, published_text) as doc, search_terms as terms
     from decision_publications tablesample system (1) where state = 'published' limit $1`,
    [n],
  );
  let sameSet = 0;
  let sameOrder = 0;
  for (const row of r.rows) {
    const js = bigrams(row.doc);
    const a = new Set(js);
    if (a.size === row.terms.length && row.terms.every((t) => a.has(t))) sameSet++;
    if (js.join('|') === row.terms.join('|')) sameOrder++;
  }
  return { sampled: r.rows.length, sameSet, sameOrder };
}
