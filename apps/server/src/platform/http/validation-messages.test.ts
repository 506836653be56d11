import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeValidationIssues, fieldLabel, fromZodIssue, issueMessage } from './validation-messages.ts';

/** What the route layer hands the error handler for a body that fails the schema (fastify-type-provider-zod's shape). */
const failuresOf = (schema: z.ZodType, body: unknown) => {
  const r = schema.safeParse(body);
  if (r.success) throw new Error('expected a failure');
  return r.error.issues.map(fromZodIssue);
};

const Body = z.object({
  version: z.number().int(),
  officerIds: z.array(z.string()).min(2),
  holidays: z.array(z.object({ name: z.string().min(1), date: z.iso.date() })),
  kind: z.enum(['a', 'b']),
  reason: z.string().min(1, '请填写理由'),
  secretInternalKey: z.string().max(3),
});

const ASCII_WORDS = /[A-Za-z]{3,}/;

describe('validation messages', () => {
  it('says in Chinese what is wrong, naming fields by their Chinese name and never by code name', () => {
    const { message, fieldErrors } = describeValidationIssues(
      failuresOf(Body, {
        officerIds: ['x'],
        holidays: [{ name: '', date: '2026/01/01' }],
        kind: 'c',
        reason: '',
        secretInternalKey: 'abcd',
      }),
    );
    expect(message).toBe('输入有误：版本号：必须填写');
    expect(fieldErrors).toEqual({
      version: ['必须填写'],
      officerIds: ['至少 2 项'],
      'holidays.0.name': ['不能为空'],
      'holidays.0.date': ['日期格式不正确'],
      kind: ['不是可选的值'],
      reason: ['请填写理由'],
      secretInternalKey: ['不能超过 3 个字'],
    });
    for (const text of [message, ...Object.values(fieldErrors).flat()]) expect(text).not.toMatch(ASCII_WORDS);
  });

  it('names nested fields with their row and leaves unknown keys out', () => {
    expect(fieldLabel(['holidays', 0, 'name'])).toBe('节假日第1项 名称');
    expect(fieldLabel(['secretInternalKey'])).toBe('');
    const [first] = failuresOf(Body.pick({ holidays: true }), { holidays: [{ name: '', date: '2026-01-01' }] });
    expect(describeValidationIssues([first!]).message).toBe('输入有误：节假日第1项 名称：不能为空');
  });

  it('replaces the English of every common issue code', () => {
    const cases: [z.ZodType, unknown, string][] = [
      [z.number(), 'x', '应为数字'],
      [z.number().min(1), 0, '不能小于 1'],
      [z.number().positive(), 0, '必须大于 0'],
      [z.array(z.string()).max(1), ['a', 'b'], '最多 1 项'],
      [z.array(z.string()).min(1), [], '至少选择一项'],
      [z.email(), 'nope', '电子邮箱格式不正确'],
      [z.object({ a: z.string() }).strict(), { a: 'x', b: 1 }, '包含无法识别的字段'],
      [z.union([z.number(), z.boolean()]), 'x', '格式不正确'],
    ];
    for (const [schema, value, expected] of cases) {
      const r = schema.safeParse(value);
      expect(r.success).toBe(false);
      expect(issueMessage(fromZodIssue(r.error!.issues[0]!))).toBe(expected);
    }
  });
});
