/**
 * Ten years of penalty cases for a city, written straight to the tables (multi-row INSERT … SELECT FROM unnest, one
 * statement per batch) with a seeded PRNG, on top of lib/generate.ts's bureau, departments, power list and officers.
 *
 * Shape: cases received evenly from ten years ago until today, 30 departments; a case's stage follows its age the
 * way the general procedure runs (lead 3 days, investigation ≈ 1 month, notice, decision ≈ 6 weeks, service,
 * execution, closing and archiving within ≈ 4 months), with 2 % stragglers still open long after (overdue clocks).
 * Each case has the steps of its path (≈ 5 on average: older cases are recorded on the short path lead → filing →
 * notice → decision → closing) with the payload the snapshot reads, two investigators of its department, and — when
 * the documents table exists and `documentsPerCase` > 0 — its generated documents (metadata rows; the bytes are not
 * written).
 */
import crypto from 'node:crypto';
import type pg from 'pg';
import type { FieldCipher } from '../../apps/server/src/platform/crypto.ts';
import { hashPassword } from '../../apps/server/src/modules/identity/index.ts';
import { PASSWORD, prng } from './generate.ts';

export interface CaseScale {
  cases: number;
  years: number;
  documentsPerCase: number;
}

export interface GeneratedCases {
  caseIds: string[];
  departmentIds: string[];
  openCases: number;
  steps: number;
  caseOfficers: number;
  documents: number | null;
  departmentHeadUsername: string;
}

const DAY = 86_400_000;
type Path = { state: string; procedure: string | null; actions: string[] };

/** The state of a case by its age in days (r = a uniform draw), and the steps that led there. */
function pathFor(ageDays: number, r: () => number): Path {
  const general = (state: string, actions: string[]): Path => ({ state, procedure: 'general', actions: ['registerLead', ...actions] });
  const straggler = r() < 0.02;
  const age = straggler && ageDays > 120 ? 20 + r() * 60 : ageDays;
  if (age < 3) return { state: 'lead', procedure: null, actions: ['registerLead'] };
  if (age < 5) return general('filed', ['fileCase']);
  if (age < 30) return general('investigating', ['fileCase', 'startInvestigation']);
  if (age < 34) return general('investigationReported', ['fileCase', 'startInvestigation', 'submitInvestigationReport']);
  if (age < 38) return general('priorNoticeServed', ['fileCase', 'startInvestigation', 'submitInvestigationReport', 'servePriorNotice']);
  if (age < 44) return general('statementAndDefence', ['fileCase', 'startInvestigation', 'submitInvestigationReport', 'servePriorNotice', 'recordStatementAndDefence']);
  if (age < 47) return general('decided', ['fileCase', 'startInvestigation', 'submitInvestigationReport', 'servePriorNotice', 'recordStatementWaiver', 'decide']);
  if (age < 52) return general('served', ['fileCase', 'startInvestigation', 'servePriorNotice', 'decide', 'serveDecision']);
  if (age < 100) return general('executing', ['fileCase', 'servePriorNotice', 'decide', 'serveDecision', 'startExecution']);
  const x = r();
  if (x < 0.07) return general('noPenalty', ['fileCase', 'decideNoPenalty']);
  if (x < 0.09) return general('transferred', ['fileCase', 'transfer']);
  if (x < 0.13) return general('withdrawn', ['fileCase', 'withdraw']);
  if (x < 0.16) return { state: 'withdrawn', procedure: null, actions: ['registerLead', 'declineFiling'] };
  if (x < 0.4) return general('closed', ['fileCase', 'servePriorNotice', 'decide', 'close']);
  return general('archived', ['fileCase', 'decide', 'close', 'archive']);
}

/** Days after the lead at which each action happened (the path's own spacing). */
const OFFSET: Record<string, number> = {
  registerLead: 0,
  fileCase: 2,
  declineFiling: 3,
  startInvestigation: 4,
  submitInvestigationReport: 29,
  servePriorNotice: 33,
  recordStatementAndDefence: 36,
  recordStatementWaiver: 36,
  decide: 44,
  decideNoPenalty: 40,
  transfer: 20,
  withdraw: 15,
  serveDecision: 47,
  startExecution: 50,
  close: 95,
  archive: 110,
};
const STATE_AFTER: Record<string, string> = {
  registerLead: 'lead',
  fileCase: 'filed',
  declineFiling: 'withdrawn',
  startInvestigation: 'investigating',
  submitInvestigationReport: 'investigationReported',
  servePriorNotice: 'priorNoticeServed',
  recordStatementAndDefence: 'statementAndDefence',
  decide: 'decided',
  decideNoPenalty: 'noPenalty',
  transfer: 'transferred',
  withdraw: 'withdrawn',
  serveDecision: 'served',
  startExecution: 'executing',
  close: 'closed',
  archive: 'archived',
};

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'.split('');
const GIVEN = ['建华', '海燕', '志强', '秀英', '晓东', '丽娟', '国庆', '文静', '俊杰', '雪梅', '振宇', '佳怡', '立新', '春燕', '宏伟'];
const ORGS = ['律师事务所', '公证处', '司法鉴定所', '基层法律服务所', '司法鉴定中心'];
const PLACES = ['明理', '正衡', '大道', '石城', '钟山', '华信', '天平', '金陵', '江海', '诚信', '致远', '博衡'];

/** uuid v4 from the PRNG, so runs compare. */
function uuidOf(r: () => number): string {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) b[i] = Math.floor(r() * 256);
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** INSERT … SELECT FROM unnest(arrays) — one round trip per batch, typed by `types` (e.g. 'uuid', 'text', 'jsonb'). */
async function insertColumns(pool: pg.Pool | pg.PoolClient, table: string, columns: readonly string[], types: readonly string[], rows: unknown[][]): Promise<void> {
  if (rows.length === 0) return;
  const arrays = columns.map((_, c) => rows.map((row) => row[c]));
  const params = types.map((t, i) => `$${i + 1}::${t === 'jsonb' ? 'text' : t}[]`);
  const select = columns.map((col, i) => (types[i] === 'jsonb' ? `${col}::jsonb` : col)).join(', ');
  await pool.query(`insert into ${table} (${columns.join(', ')}) select ${select} from unnest(${params.join(', ')}) as u(${columns.join(', ')})`, arrays);
}

const CASE_COLUMNS = [
  ['id', 'uuid'],
  ['bureau_id', 'uuid'],
  ['subject_id', 'uuid'],
  ['department_id', 'uuid'],
  ['power_id', 'uuid'],
  ['procedure', 'text'],
  ['state', 'text'],
  ['case_number', 'text'],
  ['decision_number', 'text'],
  ['party_kind', 'text'],
  ['party_name', 'text'],
  ['party_id_sealed', 'text'],
  ['party_id_index', 'text'],
  ['party_address', 'text'],
  ['party_birth_date', 'date'],
  ['conduct', 'text'],
  ['lead_source', 'text'],
  ['lead_summary', 'text'],
  ['lead_received_at', 'timestamptz'],
  ['violation_started_on', 'date'],
  ['violation_ended_on', 'date'],
  ['legal_basis', 'jsonb'],
  ['flags', 'jsonb'],
  ['proposed_penalty', 'jsonb'],
  ['registered_by', 'uuid'],
  ['version', 'int4'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
] as const;
const STEP_COLUMNS = [
  ['case_id', 'uuid'],
  ['action', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['actor_id', 'uuid'],
  ['actor_name', 'text'],
  ['at', 'timestamptz'],
  ['payload', 'jsonb'],
  ['basis', 'text'],
] as const;

/** Columns a table requires that this generator does not fill (a module added a NOT NULL column without default). */
async function unfilled(pool: pg.Pool, table: string, filled: readonly string[]): Promise<string[]> {
  const r = await pool.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_name = $1 and is_nullable = 'NO' and column_default is null`,
    [table],
  );
  return r.rows.map((x) => x.column_name).filter((c) => !filled.includes(c));
}

/** `cipher` must be the app's (the detail unseals the party's ID number). */
export async function generateCases(pool: pg.Pool, cipher: FieldCipher, bureauId: string, scale: CaseScale, now: Date, log: (m: string) => void): Promise<GeneratedCases> {
  const r = prng(20261126);
  for (const [table, cols] of [
    ['penalty_cases', CASE_COLUMNS.map((c) => c[0])],
    ['case_steps', [...STEP_COLUMNS.map((c) => c[0]), 'id']],
  ] as const) {
    const missing = await unfilled(pool, table, cols);
    if (missing.length) throw new Error(`${table}: the generator does not fill ${missing.join(', ')}`);
  }
  const { rows: depts } = await pool.query<{ id: string; name: string }>(`select id, name from departments where bureau_id = $1 order by sort_order`, [bureauId]);
  const { rows: subj } = await pool.query<{ id: string }>(`select id from enforcement_subjects where bureau_id = $1 and is_bureau_itself`, [bureauId]);
  const subjectId = subj[0]!.id;
  const { rows: powerRows } = await pool.query<{ power_id: string; department_id: string; code: string; basis: { law: string; article: string }[] }>(
    `select a.power_id, a.department_id, i.code, i.basis from power_assignments a join power_list_items i on i.power_id = a.power_id where a.bureau_id = $1`,
    [bureauId],
  );
  const { rows: officerRows } = await pool.query<{ id: string; department_id: string; name: string }>(`select id, department_id, name from officers where bureau_id = $1`, [bureauId]);
  const powersOf = new Map<string, typeof powerRows>();
  for (const p of powerRows) powersOf.set(p.department_id, [...(powersOf.get(p.department_id) ?? []), p]);
  const officersOf = new Map<string, typeof officerRows>();
  for (const o of officerRows) officersOf.set(o.department_id, [...(officersOf.get(o.department_id) ?? []), o]);

  // One officer account and one head per department (registrant, actor of the steps), and the 局长 as principal.
  const hash = await hashPassword(PASSWORD);
  const users: { id: string; dept: string; name: string }[] = [];
  for (const [i, d] of depts.entries()) {
    for (const [suffix, roles] of [
      ['officer', ['officer']],
      ['head', ['departmentHead']],
    ] as const) {
      const id = crypto.randomUUID();
      const username = `bench_${suffix}_${i + 1}`;
      await pool.query(
        `insert into users (id, bureau_id, department_id, username, display_name, password_hash, password_changed_at, must_change_password, roles, created_at, updated_at)
         values ($1, $2, $3, $4, $5, $6, $7, false, $8::text[], $7, $7)`,
        [id, bureauId, d.id, username, `${d.name}${suffix === 'head' ? '科长' : '执法员'}`, hash, now, roles],
      );
      if (suffix === 'officer') users.push({ id, dept: d.id, name: `${d.name}执法员` });
    }
  }
  const leader = await pool.query<{ id: string; display_name: string }>(`select id, display_name from users where bureau_id = $1 and username = 'bench_leader'`, [bureauId]);
  const leaderRow = leader.rows[0]!;
  await pool.query(
    `insert into leadership_group_members (bureau_id, name, title, user_id, position, from_date, created_at) values ($1, $2, '局长', $3, 'leader', '2015-01-01', $4)`,
    [bureauId, leaderRow.display_name, leaderRow.id, now],
  );

  // Party ID numbers: a pool of sealed numbers reused across cases (SM4 per case would dominate the load time).
  const sealedPool = Array.from({ length: 2_000 }, (_, i) => {
    const id = `32010219${String(70 + (i % 30))}0101${String(i).padStart(4, '0')}`;
    return { sealed: cipher.encrypt(id), index: cipher.blindIndex(id) };
  });

  const span = scale.years * 365 * DAY;
  const start = now.getTime() - span;
  const caseIds: string[] = [];
  let openCases = 0;
  let steps = 0;
  let caseOfficerRows = 0;
  const counters = new Map<string, number>();
  const next = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const hasDocuments = (await pool.query(`select to_regclass('case_documents') as t`)).rows[0].t !== null;
  const docUnfilled = hasDocuments ? await unfilled(pool, 'case_documents', ['id', 'bureau_id', 'case_id', 'kind', 'number', 'title', 'version', 'file_hash', 'size', 'model', 'generated_by', 'generated_by_name', 'generated_at']) : [];
  const writeDocuments = hasDocuments && docUnfilled.length === 0 && scale.documentsPerCase > 0;
  let documents = 0;
  const DOC_KINDS = ['filingApproval', 'inquiryRecord', 'inspectionRecord', 'investigationReport', 'legalReviewOpinion', 'priorNotice', 'decision', 'serviceReceipt', 'closingReport', 'caseFileCover'];

  // Bulk load the usual way: one connection with the per-row triggers off (foreign-key checks, the append-only
  // guards — the generator writes consistent rows), the secondary indexes dropped and built again afterwards.
  const TABLES = ['penalty_cases', 'case_steps', 'case_officers', ...(writeDocuments ? ['case_documents'] : [])];
  const client = await pool.connect();
  await client.query(`set session_replication_role = replica`);
  const { rows: indexes } = await client.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
     where i.tablename = any($1) and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [TABLES],
  );
  for (const ix of indexes) await client.query(`drop index ${ix.name}`);
  // Cases are generated in time order, so the yearly numbers run in sequence like the real ones.
  const BATCH = 5_000;
  const t0 = performance.now();
  for (let b = 0; b < scale.cases; b += BATCH) {
    const caseRows: unknown[][] = [];
    const stepRows: unknown[][] = [];
    const officerAssign: unknown[][] = [];
    const docRows: unknown[][] = [];
    for (let k = b; k < Math.min(scale.cases, b + BATCH); k++) {
      const received = new Date(start + ((k + r()) / scale.cases) * span);
      const ageDays = (now.getTime() - received.getTime()) / DAY;
      const path = pathFor(ageDays, r);
      if (!['closed', 'archived', 'noPenalty', 'transferred', 'withdrawn'].includes(path.state)) openCases++;
      const dept = depts[Math.floor(r() * depts.length)]!;
      const power = (powersOf.get(dept.id) ?? powerRows)[Math.floor(r() * (powersOf.get(dept.id)?.length ?? powerRows.length))]!;
      const user = users.find((u) => u.dept === dept.id)!;
      const id = uuidOf(r);
      caseIds.push(id);
      const year = received.getUTCFullYear();
      const isOrg = r() < 0.35;
      const partyName = isOrg ? `示例市${PLACES[Math.floor(r() * PLACES.length)]}${ORGS[Math.floor(r() * ORGS.length)]}${k % 97 === 0 ? '分所' : ''}` : `${SURNAMES[Math.floor(r() * SURNAMES.length)]}${GIVEN[Math.floor(r() * GIVEN.length)]}`;
      const sealed = sealedPool[k % sealedPool.length]!;
      const penalty = r() < 0.4 ? [{ kind: 'warning' }] : [{ kind: 'warning' }, { kind: 'fine', amountFen: (1 + Math.floor(r() * 50)) * 10_000 }];
      const filed = path.actions.includes('fileCase');
      const decided = path.actions.includes('decide');
      const caseNumber = filed ? `基司罚立字〔${year}〕第${next(`f${year}`)}号` : null;
      const decisionNumber = decided ? `基司罚决字〔${year}〕第${next(`d${year}`)}号` : null;
      const act = new Date(received.getTime() - (5 + Math.floor(r() * 60)) * DAY).toISOString().slice(0, 10);
      caseRows.push([
        id,
        bureauId,
        subjectId,
        dept.id,
        power.power_id,
        path.procedure,
        path.state,
        caseNumber,
        decisionNumber,
        isOrg ? 'organisation' : 'citizen',
        partyName,
        sealed.sealed,
        sealed.index,
        `示例市某区某路${1 + Math.floor(r() * 300)}号`,
        isOrg ? null : `19${70 + Math.floor(r() * 30)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`,
        'nonBusiness',
        ['complaint', 'inspection', 'referral', 'assignment'][Math.floor(r() * 4)],
        `${partyName}涉嫌违法执业，经${['投诉', '检查', '移送'][Math.floor(r() * 3)]}发现`,
        received,
        act,
        act,
        JSON.stringify(power.basis.map((x) => `《${x.law}》${x.article}`)),
        '{"complex":false,"majorViolation":false,"majorPublicInterest":false,"reviewRequiredByLaw":false,"multipleLegalRelations":false}',
        path.actions.includes('submitInvestigationReport') || decided ? JSON.stringify(penalty) : null,
        user.id,
        path.actions.length,
        received,
        received,
      ]);
      const team = officersOf.get(dept.id) ?? officerRows;
      const o1 = team[Math.floor(r() * team.length)]!;
      const o2 = team[(team.indexOf(o1) + 1) % team.length]!;
      if (path.actions.length > 1 && path.procedure === 'general') {
        for (const o of [o1, o2]) officerAssign.push([crypto.randomUUID(), id, o.id, new Date(received.getTime() + 4 * DAY), user.id]);
        caseOfficerRows += 2;
      }
      let from = 'lead';
      for (const action of path.actions) {
        const at = new Date(received.getTime() + OFFSET[action]! * DAY + Math.floor(r() * 6) * 3_600_000);
        const to = STATE_AFTER[action] ?? from;
        const payload: Record<string, unknown> =
          action === 'fileCase'
            ? { opinion: '同意立案', caseNumber }
            : action === 'servePriorNotice'
              ? { penalty, facts: '……', reasons: '……', legalBasis: [], statesStatementRight: true, statesHearingRight: false }
              : action === 'decide'
                ? { penalty, decisionNumber, facts: '……', evidence: ['询问笔录'], remedies: '……', sealed: true }
                : action === 'serveDecision'
                  ? { method: 'direct', electronicConsentSigned: false }
                  : action === 'submitInvestigationReport'
                    ? { summary: '……', proposedPenalty: penalty }
                    : action === 'startInvestigation'
                      ? { officerIds: [o1.id, o2.id], names: [o1.name, o2.name] }
                      : {};
        const actor = ['fileCase', 'decide', 'close', 'decideNoPenalty', 'transfer', 'withdraw', 'declineFiling'].includes(action) ? leaderRow : { id: user.id, display_name: user.name };
        stepRows.push([id, action, from, to, actor.id, actor.display_name, at, JSON.stringify(payload), '《中华人民共和国行政处罚法》']);
        from = to;
      }
      steps += path.actions.length;
      if (writeDocuments) {
        const n = Math.min(scale.documentsPerCase, DOC_KINDS.length);
        for (let d = 0; d < n; d++) {
          docRows.push([
            crypto.randomUUID(),
            bureauId,
            id,
            DOC_KINDS[d],
            d === 6 ? decisionNumber : caseNumber,
            DOC_KINDS[d],
            1,
            crypto.createHash('sha256').update(`${id}${d}`).digest('hex'),
            20_000 + Math.floor(r() * 30_000),
            '{"blocks":[]}',
            user.id,
            user.name,
            new Date(received.getTime() + (d + 1) * 5 * DAY),
          ]);
        }
      }
    }
    await insertColumns(client, 'penalty_cases', CASE_COLUMNS.map((c) => c[0]), CASE_COLUMNS.map((c) => c[1]), caseRows);
    await insertColumns(client, 'case_steps', STEP_COLUMNS.map((c) => c[0]), STEP_COLUMNS.map((c) => c[1]), stepRows);
    await insertColumns(client, 'case_officers', ['id', 'case_id', 'officer_id', 'assigned_at', 'assigned_by'], ['uuid', 'uuid', 'uuid', 'timestamptz', 'uuid'], officerAssign);
    if (writeDocuments) {
      await insertColumns(
        client,
        'case_documents',
        ['id', 'bureau_id', 'case_id', 'kind', 'number', 'title', 'version', 'file_hash', 'size', 'model', 'generated_by', 'generated_by_name', 'generated_at'],
        ['uuid', 'uuid', 'uuid', 'text', 'text', 'text', 'int4', 'text', 'int4', 'jsonb', 'uuid', 'text', 'timestamptz'],
        docRows,
      );
      documents += docRows.length;
    }
    if ((b / BATCH) % 20 === 0) log(`cases: ${Math.min(scale.cases, b + BATCH)} / ${scale.cases} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  }
  log(`rows written in ${((performance.now() - t0) / 1000).toFixed(0)} s; building ${indexes.length} indexes`);
  const t1 = performance.now();
  await client.query(`set maintenance_work_mem = '512MB'`);
  for (const ix of indexes) await client.query(ix.def);
  await client.query(`set session_replication_role = origin`);
  client.release();
  log(`indexes built in ${((performance.now() - t1) / 1000).toFixed(0)} s`);
  // The yearly series as the numbering module would have left them.
  for (const [key, n] of counters) {
    await pool.query(`insert into document_number_series (bureau_id, kind, year, last_number, updated_at) values ($1, $2, $3, $4, $5) on conflict do nothing`, [
      bureauId,
      key.startsWith('f') ? 'filing' : 'decision',
      Number(key.slice(1)),
      n,
      now,
    ]);
  }
  return {
    caseIds,
    departmentIds: depts.map((d) => d.id),
    openCases,
    steps,
    caseOfficers: caseOfficerRows,
    documents: writeDocuments ? documents : null,
    departmentHeadUsername: 'bench_head_1',
  };
}
