/**
 * Password policy. 等保 2.0 level 3 §8.1.4.1a asks for complexity and periodic change; ASVS 6.2.5/6.2.10 would
 * forbid both — 等保 governs here (documented deviation in README). The numbers are configuration; these are defaults.
 */
import type { Citation } from '../citation.ts';

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  minClasses: number; // of: lower, upper, digit, symbol
  historyCount: number; // the last N passwords cannot be reused
  maxAgeDays: number; // change forced after this many days
  lockoutThreshold: number; // failures before lock
  lockoutMinutes: number;
}

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minLength: 8,
  maxLength: 64,
  minClasses: 3,
  historyCount: 5,
  maxAgeDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
};

export const PASSWORD_BASIS: Citation = { law: 'GB/T 22239-2019', article: '8.1.4.1 a）身份鉴别' };
export const LOCKOUT_BASIS: Citation = { law: 'GB/T 22239-2019', article: '8.1.4.1 b）登录失败处理' };

export function characterClasses(pw: string): number {
  let n = 0;
  if (/[a-z]/.test(pw)) n++;
  if (/[A-Z]/.test(pw)) n++;
  if (/[0-9]/.test(pw)) n++;
  if (/[^a-zA-Z0-9]/.test(pw)) n++;
  return n;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_simple' | 'contains_username' | 'reused' | 'common';

export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, (p: PasswordPolicy) => string> = {
  too_short: (p) => `密码至少 ${p.minLength} 位`,
  too_long: (p) => `密码最多 ${p.maxLength} 位`,
  too_simple: (p) => `密码须包含大写字母、小写字母、数字、符号中的至少 ${p.minClasses} 类`,
  contains_username: () => '密码不得与用户名相同或包含用户名',
  reused: (p) => `不得使用最近 ${p.historyCount} 次用过的密码`,
  common: () => '该密码过于常见，请换一个',
};

/** A short list of the most common passwords that nevertheless pass the class rule (ASVS 6.2.4). */
const COMMON = new Set(['Password1!', 'P@ssw0rd', 'P@ssw0rd1', 'Passw0rd!', 'Admin@123', 'Admin123!', 'Qwer1234!', 'Abc@1234', 'Aa123456!', 'Root@123', 'Test@123', 'Welcome1!']);

/**
 * Checks everything that can be checked without the stored history; `reusedPredicate` answers whether the
 * candidate equals one of the last `historyCount` passwords (hash comparison happens outside, it is not pure).
 */
export function checkPassword(password: string, username: string, policy: PasswordPolicy): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < policy.minLength) problems.push('too_short');
  if (length > policy.maxLength) problems.push('too_long');
  if (characterClasses(password) < policy.minClasses) problems.push('too_simple');
  if (username.length > 0 && password.toLowerCase().includes(username.toLowerCase())) problems.push('contains_username');
  if (COMMON.has(password)) problems.push('common');
  return problems;
}

export function passwordExpired(changedAt: Date, now: Date, policy: PasswordPolicy): boolean {
  return now.getTime() - changedAt.getTime() >= policy.maxAgeDays * 86_400_000;
}
