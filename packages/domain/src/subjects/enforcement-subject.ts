/**
 * Enforcement subjects (执法主体): who may lawfully impose penalties, in whose name, and — for an entrusted
 * organisation (受委托组织) — on whose entrustment, for what and until when.
 */
import type { Citation } from '../citation.ts';

/** ISO calendar day, YYYY-MM-DD (Asia/Shanghai). Compared as strings: the format sorts chronologically. */
type IsoDate = string;

export const SUBJECT_KINDS = ['statutory', 'authorized', 'entrusted'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

export const SUBJECT_KIND_LABELS: Record<SubjectKind, string> = {
  statutory: '法定行政机关',
  authorized: '法律法规授权组织',
  entrusted: '受委托组织',
};

/**
 * Where each kind's power comes from (行政处罚法 2021). An entrusted organisation acts in the entrusting body's name
 * and is not a subject in its own right; it is kept here because the bureau supervises and publishes it too.
 */
export const SUBJECT_KIND_BASIS: Record<SubjectKind, Citation> = {
  statutory: { law: '行政处罚法', article: '第十七条' },
  authorized: { law: '行政处罚法', article: '第十九条' },
  entrusted: { law: '行政处罚法', article: '第二十条' },
};

export const ENTRUSTMENT_BASIS: Citation = {
  law: '行政处罚法',
  article: '第二十条',
  note: '书面委托，委托书载明委托的具体事项、权限、期限；受委托组织不得再委托',
};
export const ENTRUSTEE_CONDITIONS_BASIS: Citation = { law: '行政处罚法', article: '第二十一条' };
export const SUBJECT_QUALIFICATION_BASIS: Citation = {
  law: '行政处罚法',
  article: '第三十八条',
  note: '实施主体不具有行政主体资格的，行政处罚无效',
};

export const SUBJECT_STATUSES = ['confirmed', 'suspended', 'revoked'] as const;
export type SubjectStatus = (typeof SUBJECT_STATUSES)[number];

export const SUBJECT_STATUS_LABELS: Record<SubjectStatus, string> = {
  confirmed: '已确认',
  suspended: '暂停',
  revoked: '已撤销',
};

/** The 委托书 of an entrusted organisation; columns of the subject row, null where not recorded. */
export interface Entrustment {
  entrustingSubjectId: string | null;
  /** 委托事项: power codes or enforcement categories, compared exactly. */
  scope: readonly string[];
  termStart: IsoDate | null;
  /** Last day of the term, inclusive. */
  termEnd: IsoDate | null;
}

/** What a subject row maps to. `entrustment` is read only for kind 'entrusted'. */
export interface EnforcementSubject {
  id: string;
  name: string;
  creditCode: string;
  kind: SubjectKind;
  status: SubjectStatus | null; // null: registered, not yet confirmed
  /** Free text until the legal-basis library exists. */
  legalBasis: string;
  domains: readonly string[];
  entrustment: Entrustment | null;
}

/** The entrusting body as loaded by the caller; null when the id points nowhere. */
export type EntrustingSubject = Pick<EnforcementSubject, 'id' | 'kind' | 'status'>;

export type SubjectProblemCode =
  | 'SUBJECT_NOT_CONFIRMED'
  | 'SUBJECT_SUSPENDED'
  | 'SUBJECT_REVOKED'
  | 'ENTRUSTMENT_MISSING'
  | 'ENTRUSTING_SUBJECT_MISSING'
  | 'ENTRUSTING_SUBJECT_IS_SELF'
  | 'ENTRUSTING_SUBJECT_IS_ENTRUSTED'
  | 'ENTRUSTING_SUBJECT_NOT_CONFIRMED'
  | 'ENTRUSTMENT_SCOPE_EMPTY'
  | 'ENTRUSTMENT_SCOPE_NOT_COVERED'
  | 'ENTRUSTMENT_TERM_MISSING'
  | 'ENTRUSTMENT_TERM_INVALID'
  | 'ENTRUSTMENT_NOT_STARTED'
  | 'ENTRUSTMENT_EXPIRED';

export interface SubjectProblem {
  code: SubjectProblemCode;
  message: string;
  basis: Citation;
}

const p = (code: SubjectProblemCode, message: string, basis: Citation = ENTRUSTMENT_BASIS): SubjectProblem => ({ code, message, basis });

/**
 * Every defect of an entrusted organisation's entrustment on `date`; [] when sound. With `matter`, also whether the
 * entrustment covers it. Checks the entrusting body too: it must exist, be someone else, hold its own power
 * (statutory or authorized — an entrusted body may not entrust further, 第二十条) and be confirmed.
 */
export function checkEntrustment(
  subject: EnforcementSubject,
  entrusting: EntrustingSubject | null,
  date: IsoDate,
  matter?: string,
): SubjectProblem[] {
  if (subject.kind !== 'entrusted') return [];
  const e = subject.entrustment;
  if (!e) return [p('ENTRUSTMENT_MISSING', '受委托组织未登记委托书（委托机关、事项、期限）')];
  const problems: SubjectProblem[] = [];
  if (e.entrustingSubjectId === null || entrusting === null) {
    problems.push(p('ENTRUSTING_SUBJECT_MISSING', '受委托组织未载明委托机关'));
  } else if (entrusting.id === subject.id) {
    problems.push(p('ENTRUSTING_SUBJECT_IS_SELF', '委托机关不能是受委托组织自身'));
  } else {
    if (entrusting.kind === 'entrusted') {
      problems.push(p('ENTRUSTING_SUBJECT_IS_ENTRUSTED', '受委托组织不得再委托其他组织实施行政处罚'));
    }
    if (entrusting.status !== 'confirmed') {
      problems.push(p('ENTRUSTING_SUBJECT_NOT_CONFIRMED', '委托机关的执法主体资格未确认或已暂停、撤销'));
    }
  }
  if (e.scope.length === 0) problems.push(p('ENTRUSTMENT_SCOPE_EMPTY', '委托书未载明委托事项'));
  else if (matter !== undefined && !e.scope.includes(matter)) {
    problems.push(p('ENTRUSTMENT_SCOPE_NOT_COVERED', `“${matter}”不在委托事项范围内`));
  }
  if (e.termStart === null || e.termEnd === null) {
    problems.push(p('ENTRUSTMENT_TERM_MISSING', '委托书未载明委托期限'));
  } else if (e.termEnd < e.termStart) {
    problems.push(p('ENTRUSTMENT_TERM_INVALID', '委托期限的终止日早于起始日'));
  } else if (date < e.termStart) {
    problems.push(p('ENTRUSTMENT_NOT_STARTED', `委托期限自${e.termStart}起算，尚未开始`));
  } else if (date > e.termEnd) {
    problems.push(p('ENTRUSTMENT_EXPIRED', `委托期限已于${e.termEnd}届满`));
  }
  return problems;
}

/**
 * Whether a subject may act on `date` (optionally for `matter`): confirmed, and for an entrusted organisation a
 * sound entrustment. Lists every problem; [] means it may act.
 */
export function checkSubjectStanding(
  subject: EnforcementSubject,
  entrusting: EntrustingSubject | null,
  date: IsoDate,
  matter?: string,
): SubjectProblem[] {
  const problems: SubjectProblem[] = [];
  if (subject.status === null) {
    problems.push(p('SUBJECT_NOT_CONFIRMED', '执法主体资格尚未确认', SUBJECT_QUALIFICATION_BASIS));
  } else if (subject.status === 'suspended') {
    problems.push(p('SUBJECT_SUSPENDED', '执法主体资格已暂停', SUBJECT_QUALIFICATION_BASIS));
  } else if (subject.status === 'revoked') {
    problems.push(p('SUBJECT_REVOKED', '执法主体资格已撤销', SUBJECT_QUALIFICATION_BASIS));
  }
  return [...problems, ...checkEntrustment(subject, entrusting, date, matter)];
}
