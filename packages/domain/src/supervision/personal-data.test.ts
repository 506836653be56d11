import { describe, expect, it } from 'vitest';
import { checkSupervisorPiiReveal } from './personal-data.ts';

describe('revealing a supervisor’s personal numbers (个人信息保护法 第四十七条)', () => {
  it('is possible while the supervisor is active or suspended', () => {
    expect(checkSupervisorPiiReveal('active')).toEqual({ ok: true });
    expect(checkSupervisorPiiReveal('suspended')).toEqual({ ok: true });
  });
  it('stops once the supervisor is ended: kept, not shown', () => {
    const r = checkSupervisorPiiReveal('ended');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toContain('已解聘');
      expect(r.basis).toEqual({ law: '个人信息保护法', article: '第四十七条第二款' });
    }
  });
});
