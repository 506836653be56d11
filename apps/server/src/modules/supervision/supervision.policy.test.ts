import { describe, expect, it } from 'vitest';
import { permissionsOf, type Permission } from '@quanze/domain';
import { canRevealSupervisorPii } from './supervision.policy.ts';

const actor = (...p: Permission[]) => ({ permissions: new Set(p) });

describe('who may reveal a supervisor’s full numbers', () => {
  it('needs pii:reveal: the registry permission alone is not enough', () => {
    expect(canRevealSupervisorPii(actor('supervision:manage'), { status: 'active' })).toBe(false);
    expect(canRevealSupervisorPii(actor('supervision:manage', 'pii:reveal'), { status: 'active' })).toBe(true);
  });
  it('the roles that keep the registry hold it (局领导, 执法监督人员)', () => {
    expect(canRevealSupervisorPii({ permissions: permissionsOf(['leader']) }, { status: 'suspended' })).toBe(true);
    expect(canRevealSupervisorPii({ permissions: permissionsOf(['supervisor']) }, { status: 'active' })).toBe(true);
  });
  it('not after 解聘, whoever asks', () => {
    expect(canRevealSupervisorPii(actor('supervision:manage', 'pii:reveal'), { status: 'ended' })).toBe(false);
  });
});
