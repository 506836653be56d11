import { eq } from 'drizzle-orm';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from '@quanze/domain';
import type { Executor } from '../../platform/db.ts';
import { securityPolicies } from './identity.table.ts';

export interface SecurityPolicy extends PasswordPolicy {
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
}

/** 等保 level 3 defaults; the security administrator may tighten them per bureau. */
export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  ...DEFAULT_PASSWORD_POLICY,
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
};

export function policyFromRow(row: Record<string, number> | null | undefined): SecurityPolicy {
  return { ...DEFAULT_SECURITY_POLICY, ...(row ?? {}) };
}

export async function loadPolicy(db: Executor, bureauId: string): Promise<{ policy: SecurityPolicy; version: number }> {
  const [row] = await db.select().from(securityPolicies).where(eq(securityPolicies.bureauId, bureauId));
  return { policy: policyFromRow(row?.policy), version: row?.version ?? 0 };
}
