/**
 * The bureau's own accountability rules as versioned configuration (the pattern of the complaint channels, with a
 * history): read the newest version, save a new one. Publishing them is the 公示 unit's (disclosure:publish, held by
 * the leader and the supervision staff, both bureau-wide); every member of staff may read what binds them.
 */
import { desc, eq, sql } from 'drizzle-orm';
import type {
  AccountabilityRulesVersionDto,
  ConsoleAccountabilityRulesDto,
  PublicAccountabilityRulesDto,
  UpdateAccountabilityRulesRequest,
} from '@quanze/contracts';
import { appendAudit } from '../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../platform/auth/actor.ts';
import type { Executor } from '../../platform/db.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, forbidden, versionConflict } from '../../platform/errors.ts';
import { users } from '../identity/identity.table.ts';
import { accountabilityRules, type AccountabilityRulesRow } from './accountability.table.ts';

export const RULE_FIELDS = [
  'title',
  'documentNumber',
  'effectiveOn',
  'paragraphs',
  'reportUnit',
  'reportPhone',
  'reportAddress',
  'reportEmail',
  'reportHours',
] as const;
type RuleField = (typeof RULE_FIELDS)[number];

export const EDIT_PERMISSION_REASON = '修改本局责任追究规定需要“公示发布”权限（局领导、执法监督人员）';
export const EDIT_SCOPE_REASON = '本局责任追究规定是全局配置，须由本局层级的人员修改';
const HISTORY_LIMIT = 100;

function presentPublic(row: AccountabilityRulesRow): PublicAccountabilityRulesDto {
  return {
    title: row.title,
    documentNumber: row.documentNumber,
    effectiveOn: row.effectiveOn,
    paragraphs: row.paragraphs,
    reportUnit: row.reportUnit,
    reportPhone: row.reportPhone,
    reportAddress: row.reportAddress,
    reportEmail: row.reportEmail,
    reportHours: row.reportHours,
    version: row.version,
    demo: row.demo,
    updatedAt: row.createdAt.toISOString(),
  };
}

const presentVersion = (row: AccountabilityRulesRow, updatedByName: string | null): AccountabilityRulesVersionDto => ({
  ...presentPublic(row),
  changeNote: row.changeNote,
  updatedByName,
});

/** The version in force (the newest), as the portal shows it; null until the bureau has saved its rules. */
export async function publicRulesOf(db: Executor, bureauId: string): Promise<PublicAccountabilityRulesDto | null> {
  const [row] = await db
    .select()
    .from(accountabilityRules)
    .where(eq(accountabilityRules.bureauId, bureauId))
    .orderBy(desc(accountabilityRules.version))
    .limit(1);
  return row ? presentPublic(row) : null;
}

/** Why this actor may not save a new version, or null when they may. */
export function editRefusal(actor: Actor): string | null {
  if (!actor.permissions.has('disclosure:publish')) return EDIT_PERMISSION_REASON;
  if (actor.scope !== 'bureau') return EDIT_SCOPE_REASON;
  return null;
}

export async function consoleRulesOf(db: Executor, actor: Actor): Promise<ConsoleAccountabilityRulesDto> {
  const rows = await db
    .select({ row: accountabilityRules, name: users.displayName })
    .from(accountabilityRules)
    .leftJoin(users, eq(users.id, accountabilityRules.createdBy))
    .where(eq(accountabilityRules.bureauId, actor.bureauId))
    .orderBy(desc(accountabilityRules.version))
    .limit(HISTORY_LIMIT);
  const history = rows.map((r) => presentVersion(r.row, r.name));
  const reason = editRefusal(actor);
  return { current: history[0] ?? null, history, edit: { allowed: reason === null, reason } };
}

const same = (a: AccountabilityRulesRow, f: RuleField, v: unknown) =>
  f === 'paragraphs' ? JSON.stringify(a.paragraphs) === JSON.stringify(v) : a[f] === v;

/**
 * Saves a new version. One transaction: a per-bureau advisory lock (two editors never both write version n+1), the
 * stale-version check, the row and its audit entry. Saving what is already in force is refused: it would only add an
 * empty version to the history.
 */
export async function saveRules(
  deps: Deps,
  actor: Actor,
  body: UpdateAccountabilityRulesRequest,
  ip: string | null,
): Promise<ConsoleAccountabilityRulesDto> {
  const refusal = editRefusal(actor);
  if (refusal) throw forbidden(refusal);
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`accountability_rules:${actor.bureauId}`}))`);
    const [cur] = await tx
      .select()
      .from(accountabilityRules)
      .where(eq(accountabilityRules.bureauId, actor.bureauId))
      .orderBy(desc(accountabilityRules.version))
      .limit(1);
    if ((cur?.version ?? 0) !== body.version) throw versionConflict();
    const values = Object.fromEntries(RULE_FIELDS.map((f) => [f, body[f]])) as Pick<AccountabilityRulesRow, RuleField>;
    const changed = cur ? RULE_FIELDS.filter((f) => !same(cur, f, values[f])) : [...RULE_FIELDS];
    if (changed.length === 0) throw new AppError('VALIDATION_FAILED', '内容与现行版本相同，没有需要保存的修改');
    const version = body.version + 1;
    await tx.insert(accountabilityRules).values({
      bureauId: actor.bureauId,
      version,
      ...values,
      changeNote: body.changeNote,
      // Seeded text is titled as 演示数据; it stays marked until the title is replaced by the bureau's own (a changed
      // paragraph alone leaves the rest of the placeholder text on the portal).
      demo: Boolean(cur?.demo) && !changed.includes('title'),
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'accountability.rules.update',
      objectType: 'accountability_rules',
      objectId: actor.bureauId,
      summary: {
        version,
        changeNote: body.changeNote,
        changed,
        // Short fields before/after; the paragraphs themselves live in the version rows.
        before: cur ? Object.fromEntries(changed.filter((f) => f !== 'paragraphs').map((f) => [f, cur[f]])) : null,
        after: Object.fromEntries(changed.filter((f) => f !== 'paragraphs').map((f) => [f, values[f]])),
        paragraphCount: values.paragraphs.length,
      },
    });
  });
  return consoleRulesOf(deps.db, actor);
}
