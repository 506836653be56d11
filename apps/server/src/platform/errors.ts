/**
 * One error type for the whole server. Modules throw AppError with a stable code and a Chinese message; the HTTP
 * status is decided only in the error handler (STATUS_BY_CODE), never in domain or module code.
 */
import { COMPLAINT_CODES, DOCUMENT_CODES, SUPERVISION_CODES, EVIDENCE_CODES, PAYMENT_CODES, PROCEDURE_CODES, type Citation } from '@quanze/domain';

export class AppError extends Error {
  readonly code: string;
  readonly basis: Citation | undefined;
  readonly fieldErrors: Record<string, string[]> | undefined;
  readonly details: Record<string, unknown> | undefined;
  constructor(
    code: string,
    message: string,
    opts: { basis?: Citation; fieldErrors?: Record<string, string[]>; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.code = code;
    this.basis = opts.basis;
    this.fieldErrors = opts.fieldErrors;
    this.details = opts.details;
  }
}

export const STATUS_BY_CODE: Record<string, number> = {
  VALIDATION_FAILED: 400,
  PASSWORD_POLICY: 400,
  ROLE_SEPARATION: 400,
  BAD_REQUEST: 400,
  AUTH_REQUIRED: 401,
  AUTH_SESSION_EXPIRED: 401,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_TOTP_REQUIRED: 401,
  AUTH_TOTP_INVALID: 401,
  AUTH_DISABLED: 403,
  AUTH_SECOND_FACTOR_REQUIRED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  CSRF_REJECTED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  DUPLICATE: 409,
  AUTH_LOCKED: 423,
  RATE_LIMITED: 429,
  DB_UNAVAILABLE: 503,
  // files (platform/files) and the officers roster / public check
  FILE_TOO_LARGE: 413,
  FILE_TYPE_REJECTED: 415,
  FILE_CONTENT_REJECTED: 400,
  FILE_NAME_REJECTED: 400,
  CERTIFICATE_NOT_FOUND: 404,
  IMPORT_NOT_READY: 409,
  IMPORT_HAS_ERRORS: 409,
  // disclosure (执法公示): not publishable / personal data left → 422; a withdrawn or expired decision → 410
  NOT_PUBLISHABLE: 422,
  PII_REMAINS: 422,
  WITHDRAWAL_GROUND_INVALID: 422,
  WITHDRAWAL_REASON_REQUIRED: 422,
  DECISION_WITHDRAWN: 410,
  DECISION_EXPIRED: 410,
  // penalty cases: every refusal of the procedure guards (packages/domain/procedures) is a 422 with its article
  ...Object.fromEntries(PROCEDURE_CODES.map((c) => [c, 422])),
  // a hearing set on a rest day: not forbidden, resent with confirmRestDay once the user confirms (cases/commands)
  HEARING_ON_REST_DAY: 422,
  // evidence, preservation and the property register (packages/domain/evidence): refusals with their article
  ...Object.fromEntries(EVIDENCE_CODES.map((c) => [c, 422])),
  // payments and execution (packages/domain/payments): refusals with their article
  ...Object.fromEntries(PAYMENT_CODES.map((c) => [c, 422])),
  FILE_INTEGRITY_FAILED: 409,
  // enforcement documents (packages/domain/documents): a document the case cannot have yet
  ...Object.fromEntries(DOCUMENT_CODES.map((c) => [c, 422])),
  // complaints / 信访 (packages/domain/complaints): refusals of the guards with their article; a lead already opened
  ...Object.fromEntries(COMPLAINT_CODES.map((c) => [c, 422])),
  CASE_LEAD_EXISTS: 409,
  // 社会监督员: a supervisor whose appointment is not in force today is refused (login, portal); registry / queue rules 422
  APPOINTMENT_NOT_IN_FORCE: 403,
  ...Object.fromEntries(SUPERVISION_CODES.map((c) => [c, 422])),
  // 满意度评议: a mistyped or unknown 评价码 alike 404, a used one 409, an expired one 410, a bad rating / comment 400
  SURVEY_CODE_NOT_FOUND: 404,
  SURVEY_CODE_USED: 409,
  SURVEY_CODE_EXPIRED: 410,
  RATING_INVALID: 400,
  COMMENT_TOO_LONG: 400,
  COMMENT_INVALID: 400,
};

export const notFound = (what = '记录'): AppError => new AppError('NOT_FOUND', `${what}不存在或无权查看`);
export const versionConflict = (): AppError =>
  new AppError('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
export const forbidden = (message = '没有执行此操作的权限'): AppError => new AppError('FORBIDDEN', message);
