/**
 * Ten years of penalty cases for a city, generated inside PostgreSQL (INSERT … SELECT over generate_series), on top
 * of lib/generate.ts's bureau, departments, power list and officers. Node only sends the small lookup tables (the
 * paths a case can take, departments with their powers and officers, a pool of sealed ID numbers, the shared
 * document blobs); every per-case row is computed by the server, so 1,000,000 cases and 10,000,000 document rows
 * take minutes instead of hours.
 *
 * Deterministic: every draw is `hashint8(k·64 + salt)` of the case's ordinal k (no random() whose order depends on
 * the plan), so two runs write the same cases.
 *
 * Shape: cases received evenly from ten years ago until today, 30 departments; a case's stage follows its age the
 * way the general procedure runs (lead 3 days, investigation ≈ 1 month, notice, decision ≈ 6 weeks, service,
 * execution, closing and archiving within ≈ 4 months), with 2 % stragglers still open long after (overdue clocks).
 * Each case has the steps of its path (≈ 5 on average: older cases are recorded on the short path lead → filing →
 * notice → decision → closing) with the payload the snapshot reads, two investigators of its department on the
 * general procedure, yearly unbroken 立案/决定书 numbers, and `documentsPerCase` case_documents rows (metadata; their
 * file_hash points at one of a few shared stored blobs).
 */
import crypto from 'node:crypto';
import type pg from 'pg';
import type { FieldCipher } from '../../apps/server/src/platform/crypto.ts';
import { hashPassword } from '../../apps/server/src/modules/identity/index.ts';
import { PASSWORD } from './generate.ts';

export interface CaseScale {
  cases: number;
  years: number;
  documentsPerCase: number;
}

export interface GeneratedCases {
  cases: number;
  /** A sample of case ids (uniform over the ten years) for the detail requests. */
  sampleCaseIds: string[];
  departmentIds: string[];
  openCases: number;
  steps: number;
  caseOfficers: number;
  documents: number | null;
  departmentHeadUsername: string;
  /** Seconds per phase (rows, indexes). */
  timings: Record<string, number>;
}

/** A stored blob that document rows point at (SM3 id and size of bytes already in the file store). */
export interface SharedBlob {
  hash: string;
  size: number;
}

/** The paths a case can take: its state, procedure and the actions that led there (general procedure). */
const PATHS: { state: string; procedure: string | null; actions: string[] }[] = [
  { state: 'lead', procedure: null, actions: ['registerLead'] },
  { state: 'filed', procedure: 'general', actions: ['registerLead', 'fileCase'] },
  { state: 'investigating', procedure: 'general', actions: ['registerLead', 'fileCase', 'startInvestigation'] },
  { state: 'investigationReported', procedure: 'general', actions: ['registerLead', 'fileCase', 'startInvestigation', 'submitInvestigationReport'] },
  { state: 'priorNoticeServed', procedure: 'general', actions: ['registerLead', 'fileCase', 'startInvestigation', 'submitInvestigationReport', 'servePriorNotice'] },
  { state: 'statementAndDefence', procedure: 'general', actions: ['registerLead', 'fileCase', 'startInvestigation', 'submitInvestigationReport', 'servePriorNotice', 'recordStatementAndDefence'] },
  { state: 'decided', procedure: 'general', actions: ['registerLead', 'fileCase', 'startInvestigation', 'submitInvestigationReport', 'servePriorNotice', 'recordStatementWaiver', 'decide'] },
  { state: 'served', procedure: 'general', actions: ['registerLead', 'fileCase', 'startInvestigation', 'servePriorNotice', 'decide', 'serveDecision'] },
  { state: 'executing', procedure: 'general', actions: ['registerLead', 'fileCase', 'servePriorNotice', 'decide', 'serveDecision', 'startExecution'] },
  { state: 'noPenalty', procedure: 'general', actions: ['registerLead', 'fileCase', 'decideNoPenalty'] },
  { state: 'transferred', procedure: 'general', actions: ['registerLead', 'fileCase', 'transfer'] },
  { state: 'withdrawn', procedure: 'general', actions: ['registerLead', 'fileCase', 'withdraw'] },
  { state: 'withdrawn', procedure: null, actions: ['registerLead', 'declineFiling'] },
  { state: 'closed', procedure: 'general', actions: ['registerLead', 'fileCase', 'servePriorNotice', 'decide', 'close'] },
  { state: 'archived', procedure: 'general', actions: ['registerLead', 'fileCase', 'decide', 'close', 'archive'] },
];
/** Path (index into PATHS) by effective age in days; older cases by a draw x: [upper bound of x, path]. */
const BY_AGE: [number, number][] = [[3, 0], [5, 1], [30, 2], [34, 3], [38, 4], [44, 5], [47, 6], [52, 7], [100, 8]];
const BY_DRAW: [number, number][] = [[0.07, 9], [0.09, 10], [0.13, 11], [0.16, 12], [0.4, 13], [1.01, 14]];
/** Indexes of the paths that include one of `actions`. */
const pathsWith = (actions: string[]) => PATHS.flatMap((p, i) => (p.actions.some((a) => actions.includes(a)) ? [i] : []));
const OPEN_STATES = ['lead', 'filed', 'investigating', 'investigationReported', 'priorNoticeServed', 'statementAndDefence', 'decided', 'served', 'executing'];

/** Days after the lead at which each action happened (the path's own spacing). */
const OFFSET: Record<string, number> = {
  registerLead: 0, fileCase: 2, declineFiling: 3, startInvestigation: 4, submitInvestigationReport: 29, servePriorNotice: 33,
  recordStatementAndDefence: 36, recordStatementWaiver: 36, decide: 44, decideNoPenalty: 40, transfer: 20, withdraw: 15,
  serveDecision: 47, startExecution: 50, close: 95, archive: 110,
};
const STATE_AFTER: Record<string, string> = {
  registerLead: 'lead', fileCase: 'filed', declineFiling: 'withdrawn', startInvestigation: 'investigating',
  submitInvestigationReport: 'investigationReported', servePriorNotice: 'priorNoticeServed', recordStatementAndDefence: 'statementAndDefence',
  decide: 'decided', decideNoPenalty: 'noPenalty', transfer: 'transferred', withdraw: 'withdrawn', serveDecision: 'served',
  startExecution: 'executing', close: 'closed', archive: 'archived',
};
/** Actions recorded by the 局长 (approvals); the rest by the department's officer account. */
const BY_LEADER = ['fileCase', 'decide', 'close', 'decideNoPenalty', 'transfer', 'withdraw', 'declineFiling'];
const DOC_KINDS = ['filingApproval', 'inquiryRecord', 'inspectionRecord', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'decision', 'serviceReceipt', 'closingReport', 'caseFileCover'];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'.split('');
const GIVEN = ['建华', '海燕', '志强', '秀英', '晓东', '丽娟', '国庆', '文静', '俊杰', '雪梅', '振宇', '佳怡', '立新', '春燕', '宏伟'];
const ORGS = ['律师事务所', '公证处', '司法鉴定所', '基层法律服务所', '司法鉴定中心'];
const PLACES = ['明理', '正衡', '大道', '石城', '钟山', '华信', '天平', '金陵', '江海', '诚信', '致远', '博衡'];

/** Columns a table requires that this generator does not fill (a module added a NOT NULL column without default). */
async function unfilled(db: pg.ClientBase, table: string, filled: readonly string[]): Promise<string[]> {
  const r = await db.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = current_schema() and table_name = $1 and is_nullable = 'NO' and column_default is null`,
    [table],
  );
  return r.rows.map((x) => x.column_name).filter((c) => !filled.includes(c));
}

const CASE_COLUMNS = ['id', 'bureau_id', 'subject_id', 'department_id', 'power_id', 'procedure', 'state', 'case_number', 'decision_number', 'party_kind', 'party_name', 'party_id_sealed', 'party_id_index', 'party_address', 'party_birth_date', 'conduct', 'lead_source', 'lead_summary', 'lead_received_at', 'violation_started_on', 'violation_ended_on', 'legal_basis', 'flags', 'proposed_penalty', 'registered_by', 'version', 'created_at', 'updated_at'];
const STEP_COLUMNS = ['case_id', 'action', 'from_state', 'to_state', 'actor_id', 'actor_name', 'at', 'payload', 'basis'];
const DOC_COLUMNS = ['id', 'bureau_id', 'case_id', 'kind', 'number', 'title', 'version', 'file_hash', 'size', 'model', 'generated_by', 'generated_by_name', 'generated_at'];

/** `cipher` must be the app's (the detail unseals the party's ID number). */
export async function generateCases(
  pool: pg.Pool,
  cipher: FieldCipher,
  bureauId: string,
  scale: CaseScale,
  now: Date,
  log: (m: string) => void,
  blobs: readonly SharedBlob[] = [],
): Promise<GeneratedCases> {
  const db = await pool.connect();
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const v = await f();
    timings[name] = +((performance.now() - t) / 1000).toFixed(1);
    log(`${name}: ${timings[name]} s`);
    return v;
  };
  try {
    for (const [table, cols] of [
      ['penalty_cases', CASE_COLUMNS],
      ['case_steps', [...STEP_COLUMNS, 'id']],
      ['case_officers', ['id', 'case_id', 'officer_id', 'assigned_at', 'assigned_by']],
    ] as const) {
      const missing = await unfilled(db, table, cols);
      if (missing.length) throw new Error(`${table}: the generator does not fill ${missing.join(', ')}`);
    }
    const hasDocuments = (await db.query(`select to_regclass('case_documents') as t`)).rows[0].t !== null;
    const writeDocuments = hasDocuments && scale.documentsPerCase > 0 && (await unfilled(db, 'case_documents', DOC_COLUMNS)).length === 0;

    // One officer account and one head per department (registrant, actor of the steps), and the 局长 as principal.
    const { rows: depts } = await db.query<{ id: string; name: string }>(`select id, name from departments where bureau_id = $1 order by sort_order`, [bureauId]);
    const hash = await hashPassword(PASSWORD);
    const deptUsers: string[] = [];
    for (const [i, d] of depts.entries()) {
      for (const [suffix, roles] of [
        ['officer', ['officer']],
        ['head', ['departmentHead']],
      ] as const) {
        const id = crypto.randomUUID();
        await db.query(
          `insert into users (id, bureau_id, department_id, username, display_name, password_hash, password_changed_at, must_change_password, roles, created_at, updated_at)
           values ($1, $2, $3, $4, $5, $6, $7, false, $8::text[], $7, $7)`,
          [id, bureauId, d.id, `bench_${suffix}_${i + 1}`, `${d.name}${suffix === 'head' ? '科长' : '执法员'}`, hash, now, roles],
        );
        if (suffix === 'officer') deptUsers.push(id);
      }
    }
    const { rows: leaderRows } = await db.query<{ id: string; display_name: string }>(`select id, display_name from users where bureau_id = $1 and username = 'bench_leader'`, [bureauId]);
    const leader = leaderRows[0]!;
    await db.query(`insert into leadership_group_members (bureau_id, name, title, user_id, position, from_date, created_at) values ($1, $2, '局长', $3, 'leader', '2015-01-01', $4)`, [
      bureauId,
      leader.display_name,
      leader.id,
      now,
    ]);

    // Lookup tables (temporary): departments with their officer account, powers and officers per department, the
    // paths and their steps, a pool of sealed party ID numbers (SM4 per case would dominate), the shared blobs.
    await db.query(`create temp table g_dept (idx int primary key, id uuid, name text, user_id uuid, user_name text) on commit preserve rows`);
    await db.query(`insert into g_dept select i - 1, d, n, u, n || '执法员' from unnest($1::uuid[], $2::text[], $3::uuid[]) with ordinality as x(d, n, u, i)`, [
      depts.map((d) => d.id),
      depts.map((d) => d.name),
      deptUsers,
    ]);
    await db.query(
      `create temp table g_power as
       select d.idx as dept_idx, (row_number() over (partition by d.idx order by a.power_id) - 1)::int as n, a.power_id,
              (select coalesce(jsonb_agg('《' || (b->>'law') || '》' || (b->>'article')), '[]'::jsonb) from jsonb_array_elements(i.basis) b) as basis
       from power_assignments a join power_list_items i on i.power_id = a.power_id join g_dept d on d.id = a.department_id
       where a.bureau_id = $1`,
      [bureauId],
    );
    await db.query(`create temp table g_power_n as select dept_idx, count(*)::int as cnt from g_power group by dept_idx`);
    await db.query(
      `create temp table g_officer as
       select d.idx as dept_idx, (row_number() over (partition by d.idx order by o.id) - 1)::int as n, o.id
       from officers o join g_dept d on d.id = o.department_id where o.bureau_id = $1`,
      [bureauId],
    );
    await db.query(`create temp table g_officer_n as select dept_idx, count(*)::int as cnt from g_officer group by dept_idx`);
    for (const t of ['g_power', 'g_officer']) await db.query(`create index on ${t} (dept_idx, n)`);
    const missingDept = await db.query(`select idx from g_dept d where not exists (select 1 from g_power_n p where p.dept_idx = d.idx) or not exists (select 1 from g_officer_n o where o.dept_idx = d.idx)`);
    if (missingDept.rowCount) throw new Error('every department needs powers and officers');

    await db.query(`create temp table g_path (id int primary key, state text, procedure text, n_actions int, general_team boolean)`);
    await db.query(`insert into g_path select i - 1, s, p, n, g from unnest($1::text[], $2::text[], $3::int[], $4::boolean[]) with ordinality as x(s, p, n, g, i)`, [
      PATHS.map((p) => p.state),
      PATHS.map((p) => p.procedure),
      PATHS.map((p) => p.actions.length),
      PATHS.map((p) => p.procedure === 'general' && p.actions.length > 1),
    ]);
    const pathSteps = PATHS.flatMap((p, id) => {
      let from = 'lead';
      return p.actions.map((action, ord) => {
        const to = STATE_AFTER[action] ?? from;
        const row = { id, ord, action, from, to, offset: OFFSET[action]!, leader: BY_LEADER.includes(action) };
        from = to;
        return row;
      });
    });
    await db.query(`create temp table g_path_step (path_id int, ord int, action text, from_state text, to_state text, offset_days int, by_leader boolean)`);
    await db.query(`insert into g_path_step select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::boolean[])`, [
      pathSteps.map((s) => s.id),
      pathSteps.map((s) => s.ord),
      pathSteps.map((s) => s.action),
      pathSteps.map((s) => s.from),
      pathSteps.map((s) => s.to),
      pathSteps.map((s) => s.offset),
      pathSteps.map((s) => s.leader),
    ]);
    const sealed = Array.from({ length: 2_000 }, (_, i) => {
      const id = `32010219${String(70 + (i % 30))}0101${String(i).padStart(4, '0')}`;
      return { sealed: cipher.encrypt(id), index: cipher.blindIndex(id) };
    });
    await db.query(`create temp table g_sealed as select (i - 1)::int as n, s, x from unnest($1::text[], $2::text[]) with ordinality as u(s, x, i)`, [
      sealed.map((s) => s.sealed),
      sealed.map((s) => s.index),
    ]);
    await db.query(`alter table g_sealed add primary key (n)`);
    const blobRows = blobs.length ? blobs : [{ hash: crypto.createHash('sha256').update('bench-blob').digest('hex'), size: 24_000 }];

    // A draw in [0, 1) for case k and a salt: a hash, not random(), so that the result does not depend on the plan.
    await db.query(`create function pg_temp.r(k bigint, salt int) returns float8 language sql immutable parallel safe as $$ select (hashint8(k * 64 + salt)::float8 + 2147483648) / 4294967296 $$`);
    // A version-4-shaped uuid from a key (md5 with the version and variant nibbles set: the API validates uuids).
    await db.query(`create function pg_temp.uuid_of(key text) returns uuid language sql immutable parallel safe as $$ select overlay(overlay(md5(key) placing '4' from 13) placing '8' from 17)::uuid $$`);
    // Ids that grow with the row number (a 12-hex-digit counter, then the hash): 10,000,000 random keys would make the
    // primary-key index the bottleneck of the load (every insert a random leaf page).
    await db.query(`create function pg_temp.ordered_uuid(n bigint, salt text) returns uuid language sql immutable parallel safe as $$ select overlay(overlay(lpad(to_hex(n), 12, '0') || substr(md5(salt || n), 13) placing '4' from 13) placing '8' from 17)::uuid $$`);
    const ageCase = BY_AGE.map(([lim, p]) => `when eff_age < ${lim} then ${p}`).join(' ');
    const drawCase = BY_DRAW.map(([lim, p]) => `when pg_temp.r(k, 3) < ${lim} then ${p}`).join(' ');
    const DAY = 86_400;
    const spanSeconds = scale.years * 365 * DAY;

    const countsOf = async (t: string) => (await db.query<{ c: number[] }>(`select array_agg(cnt order by dept_idx) as c from ${t}`)).rows[0]!.c;
    const officerCounts = await countsOf('g_officer_n');
    const powerCounts = await countsOf('g_power_n');
    // 1. One staging row per case: when received, the path by age, department, power, team, yearly numbers.
    await timed('plan cases', async () => {
      await db.query(
        `create unlogged table g_case as
         with base as (
           select k, to_timestamp($2::float8 - $3::float8 + ((k + pg_temp.r(k, 0)) / $1::float8) * $3::float8) as received,
                  floor(pg_temp.r(k, 4) * $4::int)::int as dept_idx
           from generate_series(0, $1::int - 1) k
         ), aged as (
           select b.*, extract(epoch from (to_timestamp($2::float8) - received)) / ${DAY} as age from base b
         ), eff as (
           select a.*, case when pg_temp.r(k, 1) < 0.02 and age > 120 then 20 + pg_temp.r(k, 2) * 60 else age end as eff_age from aged a
         ), pathed as (
           select e.*, case ${ageCase} else case ${drawCase} end end as path_id from eff e
         ), flagged as (
           select p.*, p.path_id = any($5::int[]) as filed, p.path_id = any($6::int[]) as decided, p.path_id = any($7::int[]) as proposed,
                  extract(year from received at time zone 'Asia/Shanghai')::int as year
           from pathed p
         )
         select k, pg_temp.uuid_of('case' || k) as id, received, year, f.path_id, f.dept_idx, gp.procedure, gp.state, gp.n_actions, gp.general_team,
                filed, decided, proposed,
                -- the team: two neighbours in the department's roster (positions, so that the joins are equi-joins)
                floor(pg_temp.r(k, 6) * ($8::int[])[f.dept_idx + 1])::int as o1_n,
                (floor(pg_temp.r(k, 6) * ($8::int[])[f.dept_idx + 1])::int + 1) % ($8::int[])[f.dept_idx + 1] as o2_n,
                floor(pg_temp.r(k, 5) * ($9::int[])[f.dept_idx + 1])::int as power_n,
                case when filed then '基司罚立字〔' || year || '〕第' || row_number() over (partition by year, filed order by k) || '号' end as case_number,
                case when decided then '基司罚决字〔' || year || '〕第' || row_number() over (partition by year, decided order by k) || '号' end as decision_number
         from flagged f join g_path gp on gp.id = f.path_id`,
        [scale.cases, now.getTime() / 1000, spanSeconds, depts.length, pathsWith(['fileCase']), pathsWith(['decide']), pathsWith(['submitInvestigationReport', 'decide']), officerCounts, powerCounts],
      );
      await db.query(`alter table g_case add primary key (k)`);
      await db.query(`analyze g_case`);
    });

    // Bulk load the usual way: one connection with the per-row triggers off (foreign-key checks, the append-only
    // guards — the generator writes consistent rows), the secondary indexes dropped and built again afterwards.
    const TABLES = ['penalty_cases', 'case_steps', 'case_officers', ...(writeDocuments ? ['case_documents'] : [])];
    await db.query(`set session_replication_role = replica`);
    await db.query(`set work_mem = '256MB'`);
    const { rows: indexes } = await db.query<{ name: string; def: string }>(
      `select i.indexname as name, i.indexdef as def from pg_indexes i
       where i.schemaname = current_schema() and i.tablename = any($1) and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [TABLES],
    );
    for (const ix of indexes) await db.query(`drop index ${ix.name}`);

    const sur = `(array[${SURNAMES.map((s) => `'${s}'`).join(',')}])`;
    const giv = `(array[${GIVEN.map((s) => `'${s}'`).join(',')}])`;
    const org = `(array[${ORGS.map((s) => `'${s}'`).join(',')}])`;
    const pla = `(array[${PLACES.map((s) => `'${s}'`).join(',')}])`;
    const pick = (arr: string, len: number, salt: number) => `${arr}[1 + floor(pg_temp.r(c.k, ${salt}) * ${len})::int]`;
    // The penalty a case carries (proposed, noticed, decided): a warning, or a warning and a fine.
    const penalty = `(case when pg_temp.r(c.k, 20) < 0.4 then '[{"kind":"warning"}]'::jsonb
                      else jsonb_build_array('{"kind":"warning"}'::jsonb, jsonb_build_object('kind', 'fine', 'amountFen', (1 + floor(pg_temp.r(c.k, 21) * 50)::int) * 10000)) end)`;
    const act = `(c.received - ((5 + floor(pg_temp.r(c.k, 22) * 60)::int) * interval '1 day'))::date`;

    const subjectId = (await db.query<{ id: string }>(`select id from enforcement_subjects where bureau_id = $1 and is_bureau_itself`, [bureauId])).rows[0]!.id;
    await timed('penalty_cases', () =>
      db.query(
        `insert into penalty_cases (${CASE_COLUMNS.join(', ')})
         select c.id, $1::uuid, $2::uuid, d.id, p.power_id, c.procedure, c.state, c.case_number, c.decision_number,
                case when c.org then 'organisation' else 'citizen' end, c.party_name, s.s, s.x,
                '示例市某区某路' || (1 + floor(pg_temp.r(c.k, 12) * 300)::int) || '号',
                case when c.org then null else ('19' || (70 + floor(pg_temp.r(c.k, 13) * 30)::int) || '-0' || (1 + floor(pg_temp.r(c.k, 14) * 9)::int) || '-1' || floor(pg_temp.r(c.k, 15) * 9)::int)::date end,
                'nonBusiness', (array['complaint','inspection','referral','assignment'])[1 + floor(pg_temp.r(c.k, 16) * 4)::int],
                c.party_name || '涉嫌违法执业，经' || (array['投诉','检查','移送'])[1 + floor(pg_temp.r(c.k, 17) * 3)::int] || '发现',
                c.received, ${act}, ${act}, p.basis,
                '{"complex":false,"majorViolation":false,"majorPublicInterest":false,"reviewRequiredByLaw":false,"multipleLegalRelations":false}'::jsonb,
                case when c.proposed then ${penalty} end, d.user_id, c.n_actions, c.received, c.received
         from (select c.*, pg_temp.r(c.k, 10) < 0.35 as org,
                      case when pg_temp.r(c.k, 10) < 0.35
                           then '示例市' || ${pick(pla, PLACES.length, 11)} || ${pick(org, ORGS.length, 18)} || case when c.k % 97 = 0 then '分所' else '' end
                           else ${pick(sur, SURNAMES.length, 11)} || ${pick(giv, GIVEN.length, 18)} end as party_name
               from g_case c) c
         join g_dept d on d.idx = c.dept_idx
         join g_power p on p.dept_idx = c.dept_idx and p.n = c.power_n
         join g_sealed s on s.n = c.k % 2000`,
        [bureauId, subjectId],
      ),
    );

    // Two investigators of the department (neighbours in its roster) on the general procedure.
    const teamJoin = `join g_officer o1 on o1.dept_idx = c.dept_idx and o1.n = c.o1_n join g_officer o2 on o2.dept_idx = c.dept_idx and o2.n = c.o2_n`;
    const officers = await timed('case_officers', () =>
      db.query(
        `insert into case_officers (id, case_id, officer_id, assigned_at, assigned_by)
         select pg_temp.ordered_uuid(c.k * 2 + t.n, 'co'), c.id, case when t.n = 1 then o1.id else o2.id end, c.received + interval '4 days', d.user_id
         from g_case c join g_dept d on d.idx = c.dept_idx ${teamJoin} cross join (values (1), (2)) t(n)
         where c.general_team`,
      ),
    );

    const stepPayload = `case s.action
        when 'fileCase' then jsonb_build_object('opinion', '同意立案', 'caseNumber', c.case_number)
        when 'servePriorNotice' then jsonb_build_object('penalty', ${penalty}, 'facts', '……', 'reasons', '……', 'legalBasis', '[]'::jsonb, 'statesStatementRight', true, 'statesHearingRight', false)
        when 'decide' then jsonb_build_object('penalty', ${penalty}, 'decisionNumber', c.decision_number, 'facts', '……', 'evidence', '["询问笔录"]'::jsonb, 'remedies', '……', 'sealed', true)
        when 'serveDecision' then '{"method":"direct","electronicConsentSigned":false}'::jsonb
        when 'submitInvestigationReport' then jsonb_build_object('summary', '……', 'proposedPenalty', ${penalty})
        when 'startInvestigation' then jsonb_build_object('officerIds', jsonb_build_array(o1.id, o2.id), 'names', jsonb_build_array(o1n.name, o2n.name))
        else '{}'::jsonb end`;
    // Written in time order, as the table fills in production (a case's steps are not neighbours on disk).
    const steps = await timed('case_steps', () =>
      db.query(
        `insert into case_steps (${STEP_COLUMNS.join(', ')})
         select c.id, s.action, s.from_state, s.to_state, case when s.by_leader then $1::uuid else d.user_id end,
                case when s.by_leader then $2 else d.user_name end,
                c.received + s.offset_days * interval '1 day' + floor(pg_temp.r(c.k, 30 + s.ord) * 6)::int * interval '1 hour',
                ${stepPayload}, '《中华人民共和国行政处罚法》'
         from g_case c join g_dept d on d.idx = c.dept_idx join g_path_step s on s.path_id = c.path_id
         ${teamJoin} join officers o1n on o1n.id = o1.id join officers o2n on o2n.id = o2.id
         order by 7`,
        [leader.id, leader.display_name],
      ),
    );

    let documents: number | null = null;
    if (writeDocuments) {
      const res = await timed('case_documents', () =>
        db.query(
          `insert into case_documents (${DOC_COLUMNS.join(', ')})
           select pg_temp.ordered_uuid(c.k * 16 + n, 'doc'), $1::uuid, c.id, ($2::text[])[n + 1], case when n = 6 then c.decision_number else c.case_number end,
                  ($2::text[])[n + 1], 1, ($3::text[])[1 + (c.k + n) % $5::int], ($4::int[])[1 + (c.k + n) % $5::int], '{"blocks":[]}'::jsonb,
                  d.user_id, d.user_name, c.received + (n + 1) * 5 * interval '1 day'
           from g_case c join g_dept d on d.idx = c.dept_idx cross join generate_series(0, $6::int - 1) n`,
          [bureauId, DOC_KINDS, blobRows.map((b) => b.hash), blobRows.map((b) => b.size), blobRows.length, Math.min(scale.documentsPerCase, DOC_KINDS.length)],
        ),
      );
      documents = res.rowCount ?? 0;
    }

    await timed('indexes', async () => {
      await db.query(`set maintenance_work_mem = '512MB'`);
      for (const ix of indexes) await db.query(ix.def);
    });
    await db.query(`set session_replication_role = origin`);

    // The yearly series as the numbering module would have left them.
    await db.query(
      `insert into document_number_series (bureau_id, kind, year, last_number, updated_at)
       select $1::uuid, 'filing', year, count(*) filter (where filed), $2::timestamptz from g_case group by year having count(*) filter (where filed) > 0
       union all
       select $1::uuid, 'decision', year, count(*) filter (where decided), $2::timestamptz from g_case group by year having count(*) filter (where decided) > 0
       on conflict do nothing`,
      [bureauId, now],
    );
    const summary = (
      await db.query<{ open: number; sample: string[] }>(
        `select count(*) filter (where state = any($1))::int as open,
                (array_agg(id order by pg_temp.r(k, 99)) filter (where k % greatest(1, $2::int / 20000) = 0))[1:10000]::text[] as sample
         from g_case`,
        [OPEN_STATES, scale.cases],
      )
    ).rows[0]!;
    await db.query(`drop table g_case`);
    return {
      cases: scale.cases,
      sampleCaseIds: summary.sample,
      departmentIds: depts.map((d) => d.id),
      openCases: summary.open,
      steps: steps.rowCount ?? 0,
      caseOfficers: officers.rowCount ?? 0,
      documents,
      departmentHeadUsername: 'bench_head_1',
      timings,
    };
  } finally {
    db.release();
  }
}
