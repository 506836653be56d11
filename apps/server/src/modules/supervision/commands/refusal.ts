import type { SupervisionRefusal } from '@quanze/domain';
import { AppError } from '../../../platform/errors.ts';

/** A domain refusal as the one AppError, with its basis and, when a form field caused it, the field's message. */
export function refusal(r: SupervisionRefusal, field?: string): AppError {
  return new AppError(r.code, r.reason, {
    ...(r.basis ? { basis: r.basis } : {}),
    ...(field ? { fieldErrors: { [field]: [r.reason] } } : {}),
  });
}
