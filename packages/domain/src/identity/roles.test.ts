import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN_ROLES, checkRoleSet, isAdminRole, permissionsOf, requiresSecondFactor, ROLES, scopeOf } from './roles.ts';

describe('三员分立 (GB/T 22239 8.1.5)', () => {
  it('refuses every set with two administrator roles, or an administrator role plus any other', () => {
    fc.assert(
      fc.property(fc.subarray([...ROLES]), (roles) => {
        const admins = roles.filter(isAdminRole).length;
        const ok = admins === 0 || (admins === 1 && roles.length === 1);
        const r = checkRoleSet(roles);
        expect(r.ok).toBe(ok);
        if (!r.ok) expect(r.basis.article).toContain('8.1.5');
      }),
    );
  });

  it('keeps the administrators’ permissions disjoint', () => {
    const [sys, sec, aud] = ADMIN_ROLES.map((r) => permissionsOf([r]));
    expect(sys!.has('audit:read')).toBe(false);
    expect(aud!.has('user:manage')).toBe(false);
    expect(aud!.has('role:assign')).toBe(false);
    expect(sec!.has('business:read')).toBe(false);
    expect(sec!.has('pii:reveal')).toBe(false);
    expect(sys!.has('role:assign')).toBe(false);
  });

  it('lets only business roles publish decisions (公示发布): the leader and the supervision unit, no administrator', () => {
    const publishers = ROLES.filter((r) => permissionsOf([r]).has('disclosure:publish'));
    expect(publishers).toEqual(['leader', 'supervisor']);
  });

  it('gives the widest data scope of the roles held, and self with none', () => {
    expect(scopeOf([])).toBe('self');
    expect(scopeOf(['officer'])).toBe('self');
    expect(scopeOf(['officer', 'departmentHead'])).toBe('department');
    expect(scopeOf(['departmentHead', 'leader'])).toBe('bureau');
  });

  it('requires a second factor exactly for administrator roles', () => {
    for (const r of ROLES) expect(requiresSecondFactor([r])).toBe(isAdminRole(r));
  });
});
