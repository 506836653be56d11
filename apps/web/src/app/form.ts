/**
 * Bridges the zod schemas of @quanze/contracts to antd forms, so the form checks what the server checks,
 * and puts the server's fieldErrors back on the fields.
 */
import type { FormInstance, FormRule as Rule } from 'antd';
import { isApiError } from './api.ts';

interface SafeParser {
  safeParse: (value: unknown) => { success: true } | { success: false; error: { issues: readonly { message: string }[] } };
}

/** An antd rule validating a single field with a zod schema. Empty optional fields are not validated. */
export function zodRule(schema: SafeParser, options: { required?: string } = {}): Rule {
  return {
    required: Boolean(options.required),
    validator: async (_rule, value: unknown) => {
      const empty = value === undefined || value === null || value === '';
      if (empty) {
        if (options.required) throw new Error(options.required);
        return;
      }
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '格式不正确');
    },
  };
}

/** Shows the server's fieldErrors on the matching form fields; returns true when at least one was applied. */
export function applyFieldErrors(form: FormInstance, error: unknown): boolean {
  if (!isApiError(error) || !error.fieldErrors) return false;
  const known = new Set(Object.keys(form.getFieldsValue() as Record<string, unknown>));
  const fields = Object.entries(error.fieldErrors)
    .map(([path, errors]) => ({ name: path.split('.')[0] ?? path, errors }))
    .filter((field) => known.has(field.name));
  if (fields.length === 0) return false;
  form.setFields(fields);
  return true;
}

/** Trims strings and turns empty strings into undefined, so optional fields are simply left out. */
export function compact<T extends Record<string, unknown>>(values: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v === '' || v === undefined) continue;
    out[key] = v;
  }
  return out as Partial<T>;
}
