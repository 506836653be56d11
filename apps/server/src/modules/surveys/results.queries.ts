/**
 * Satisfaction results for evaluation: per department (the department of the closed case / complaint) and per officer
 * (the officers the invitation named), each with the number of responses and invitations, the mean, the 1–5
 * distribution and the most recent comments. The period filters responses by the day given and invitations by the
 * day issued.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { SurveyResultsDto, SurveyResultsQuery } from '@quanze/contracts';
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { CASE_SUBJECT_LABEL, COMPLAINT_SUBJECT_LABEL } from './public.queries.ts';
import { resultsScopeOf, type ResultsScope } from './surveys.policy.ts';

const RECENT_COMMENTS = 5;

type Tally = { responses: number; average: number | null; distribution: number[]; invitations: number };
interface TallyRow extends Record<string, unknown> {
  key: string;
  name: string;
  dept_name: string | null;
  responses: number;
  total: number;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  r5: number;
}
interface CommentRow extends Record<string, unknown> {
  key: string;
  rating: number;
  comment: string;
  responded_on: string;
  label: string | null;
  subject_kind: 'case' | 'complaint';
}

const tally = (r: TallyRow | undefined, invitations: number): Tally => {
  const responses = Number(r?.responses ?? 0);
  return {
    responses,
    average: responses > 0 ? Math.round((Number(r!.total) / responses) * 100) / 100 : null,
    distribution: r ? [r.r1, r.r2, r.r3, r.r4, r.r5].map(Number) : [0, 0, 0, 0, 0],
    invitations,
  };
};

const DISTRIBUTION = sql.raw([1, 2, 3, 4, 5].map((n) => `count(*) filter (where r.rating = ${n})::int as r${n}`).join(', '));

/** Invitations (i) in scope and period; the officer scope goes through survey_invitation_officers. */
function invitationFilter(bureauId: string, scope: ResultsScope): SQL {
  const parts: SQL[] = [sql`i.bureau_id = ${bureauId}`];
  if (scope.kind === 'department') parts.push(sql`i.department_id = ${scope.departmentId}`);
  if (scope.kind === 'self') {
    parts.push(sql`exists (select 1 from survey_invitation_officers so join officers o on o.id = so.officer_id
      where so.invitation_id = i.id and o.user_id = ${scope.userId})`);
  }
  return sql.join(parts, sql` and `);
}

function responsePeriod(q: SurveyResultsQuery): SQL {
  return sql`${q.from ? sql`r.responded_on >= ${q.from}` : sql`true`} and ${q.to ? sql`r.responded_on <= ${q.to}` : sql`true`}`;
}
function issuePeriod(q: SurveyResultsQuery): SQL {
  return sql`${q.from ? sql`i.issued_on >= ${q.from}` : sql`true`} and ${q.to ? sql`i.issued_on <= ${q.to}` : sql`true`}`;
}

export async function surveyResults(deps: Deps, actor: Actor, q: SurveyResultsQuery): Promise<SurveyResultsDto> {
  const scope = resultsScopeOf(actor);
  const inScope = invitationFilter(actor.bureauId, scope);
  // The officer scope shows only the officer's own row, not their colleagues on the same cases.
  const officerOnly = scope.kind === 'self' ? sql`o.user_id = ${scope.userId}` : sql`true`;
  const db = deps.db;

  const [deptTallies, deptInvitations, officerTallies, officerInvitations, deptComments, officerComments] = await Promise.all([
    db.execute<TallyRow>(sql`
      select d.id as key, d.name, null as dept_name, count(*)::int as responses, sum(r.rating)::int as total, ${DISTRIBUTION}
      from survey_responses r join survey_invitations i on i.id = r.invitation_id join departments d on d.id = i.department_id
      where ${inScope} and ${responsePeriod(q)} group by d.id, d.name`),
    db.execute<{ key: string; name: string; n: number }>(sql`
      select d.id as key, d.name, count(*)::int as n
      from survey_invitations i join departments d on d.id = i.department_id
      where ${inScope} and ${issuePeriod(q)} group by d.id, d.name`),
    db.execute<TallyRow>(sql`
      select o.id as key, o.name, d.name as dept_name, count(*)::int as responses, sum(r.rating)::int as total, ${DISTRIBUTION}
      from survey_responses r join survey_invitations i on i.id = r.invitation_id
        join survey_invitation_officers so on so.invitation_id = i.id join officers o on o.id = so.officer_id
        left join departments d on d.id = o.department_id
      where ${inScope} and ${officerOnly} and ${responsePeriod(q)} group by o.id, o.name, d.name`),
    db.execute<{ key: string; name: string; dept_name: string | null; n: number }>(sql`
      select o.id as key, o.name, d.name as dept_name, count(*)::int as n
      from survey_invitations i join survey_invitation_officers so on so.invitation_id = i.id
        join officers o on o.id = so.officer_id left join departments d on d.id = o.department_id
      where ${inScope} and ${officerOnly} and ${issuePeriod(q)} group by o.id, o.name, d.name`),
    db.execute<CommentRow>(sql`
      select key, rating, comment, responded_on, label, subject_kind from (
        select i.department_id as key, r.rating, r.comment, r.responded_on::text as responded_on, i.subject_kind,
          coalesce(c.case_number, c.decision_number) as label,
          row_number() over (partition by i.department_id order by r.responded_at desc, r.id desc) as n
        from survey_responses r join survey_invitations i on i.id = r.invitation_id
          left join penalty_cases c on i.subject_kind = 'case' and c.id = i.subject_id
        where ${inScope} and ${responsePeriod(q)} and r.comment is not null) x
      where n <= ${RECENT_COMMENTS} order by responded_on desc`),
    db.execute<CommentRow>(sql`
      select key, rating, comment, responded_on, label, subject_kind from (
        select so.officer_id as key, r.rating, r.comment, r.responded_on::text as responded_on, i.subject_kind,
          coalesce(c.case_number, c.decision_number) as label,
          row_number() over (partition by so.officer_id order by r.responded_at desc, r.id desc) as n
        from survey_responses r join survey_invitations i on i.id = r.invitation_id
          join survey_invitation_officers so on so.invitation_id = i.id join officers o on o.id = so.officer_id
          left join penalty_cases c on i.subject_kind = 'case' and c.id = i.subject_id
        where ${inScope} and ${officerOnly} and ${responsePeriod(q)} and r.comment is not null) x
      where n <= ${RECENT_COMMENTS} order by responded_on desc`),
  ]);

  const commentsBy = (rows: CommentRow[]) => {
    const m = new Map<string, SurveyResultsDto['departments'][number]['recentComments']>();
    for (const c of rows) {
      const label = c.subject_kind === 'complaint' ? COMPLAINT_SUBJECT_LABEL : (c.label ?? CASE_SUBJECT_LABEL);
      m.set(c.key, [
        ...(m.get(c.key) ?? []),
        { rating: Number(c.rating), comment: c.comment, respondedOn: c.responded_on, subjectLabel: label },
      ]);
    }
    return m;
  };
  const dComments = commentsBy(deptComments.rows);
  const oComments = commentsBy(officerComments.rows);

  const byKey = <T extends { key: string }>(rows: T[]) => new Map(rows.map((r) => [r.key, r]));
  const dT = byKey(deptTallies.rows);
  const dI = byKey(deptInvitations.rows);
  const departments = [...new Set([...dI.keys(), ...dT.keys()])].map((key) => ({
    departmentId: key,
    departmentName: (dT.get(key)?.name ?? dI.get(key)?.name)!,
    ...tally(dT.get(key), Number(dI.get(key)?.n ?? 0)),
    recentComments: dComments.get(key) ?? [],
  }));
  const oT = byKey(officerTallies.rows);
  const oI = byKey(officerInvitations.rows);
  const officers = [...new Set([...oI.keys(), ...oT.keys()])].map((key) => {
    const row = oT.get(key) ?? oI.get(key)!;
    return {
      officerId: key,
      officerName: row.name,
      departmentName: row.dept_name ?? null,
      ...tally(oT.get(key), Number(oI.get(key)?.n ?? 0)),
      recentComments: oComments.get(key) ?? [],
    };
  });
  const order = (a: { average: number | null; responses: number }, b: typeof a) =>
    b.responses - a.responses || (b.average ?? 0) - (a.average ?? 0);
  departments.sort((a, b) => order(a, b) || a.departmentName.localeCompare(b.departmentName, 'zh'));
  officers.sort((a, b) => order(a, b) || a.officerName.localeCompare(b.officerName, 'zh'));

  const sumOf = (xs: Tally[]): Tally => {
    const distribution = [0, 1, 2, 3, 4].map((i) => xs.reduce((s, x) => s + x.distribution[i]!, 0));
    const responses = distribution.reduce((s, n) => s + n, 0);
    const total = distribution.reduce((s, n, i) => s + n * (i + 1), 0);
    return {
      responses,
      average: responses > 0 ? Math.round((total / responses) * 100) / 100 : null,
      distribution,
      invitations: xs.reduce((s, x) => s + x.invitations, 0),
    };
  };
  return {
    from: q.from ?? null,
    to: q.to ?? null,
    scope: scope.kind,
    // The self scope's total is the officer's own: their cases, not their department's.
    total: sumOf(scope.kind === 'self' ? officers : departments),
    departments: scope.kind === 'self' ? [] : departments,
    officers,
  };
}
