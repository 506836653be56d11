/**
 * The editor's commands on a queue item, each one transaction with its audit row, at the version the editor saw:
 * manual masking (re-rendered and re-scanned on every read), the 不予公开 flags, publication — refused while the
 * decision may not be published or the leak scan finds anything — and withdrawal under 第四十八条 (reason made public,
 * itself leak-scanned; 3-working-day clock from the day the decision was altered).
 */
import { and, eq } from 'drizzle-orm';
import {
  bigrams,
  checkWithdrawal,
  compareLocalDate,
  disclosureSources,
  maskingContextOf,
  publicationExpiry,
  scanForLeaks,
  toLocalDate,
  PII_KIND_LABELS,
  PUBLICATION_WITHDRAWAL_GROUND_LABELS,
  type LocalDate,
  type PublicationFlags,
  type PublicationWithdrawalGround,
} from '@quanze/domain';
import { appendAudit } from '../../../platform/audit/audit-writer.ts';
import { auditContextOf, type Actor } from '../../../platform/auth/actor.ts';
import type { Deps } from '../../../platform/deps.ts';
import { AppError } from '../../../platform/errors.ts';
import { procedureConfigOf } from '../../calendar/index.ts';
import { decisionPublications, disclosureSettings, type DecisionPublicationRow } from '../disclosure.table.ts';
import { checkAlteredOn, recordAlteration } from './register-alteration.ts';
import {
  factsOf,
  decisionSourceOf,
  lockItem,
  policiesOf,
  settingsOf,
  type Settings,
} from '../disclosure.repository.ts';
import { publishCheckOf, refusalsOf, renderItem } from '../publication-rules.ts';

const OBJECT = 'decision_publication';

function notEditable(state: string): AppError {
  if (state === 'expired') return new AppError('CONFLICT', '该决定信息公示期已届满，已停止公示，不能再修改、公开或撤回');
  return new AppError(
    'CONFLICT',
    state === 'withdrawn' ? '该决定信息已撤回，不能再修改或公开' : '该决定信息已公开；如决定被变更、撤销、确认违法或无效，请撤回',
  );
}

const fixed = (state: string) => state === 'published' || state === 'withdrawn' || state === 'expired';

export interface MaskingEdit {
  version: number;
  extraPersons: string[];
  extraHidden: string[];
  editedText: string | null;
}

export async function updateMasking(deps: Deps, actor: Actor, id: string, body: MaskingEdit, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockItem(tx, actor, id, body.version);
    if (fixed(row.state)) throw notEditable(row.state);
    const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
    const editedText = body.editedText === null || body.editedText.trim() === '' ? null : body.editedText;
    await tx
      .update(decisionPublications)
      .set({
        extraPersons: uniq(body.extraPersons),
        extraHidden: uniq(body.extraHidden),
        editedText,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(decisionPublications.id, id));
    // The summary counts; the listed names and passages are personal data and stay out of the audit trail.
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'disclosure.masking',
      objectType: OBJECT,
      objectId: id,
      summary: { extraPersons: uniq(body.extraPersons).length, extraHidden: uniq(body.extraHidden).length, edited: editedText !== null },
      basis: disclosureSources.SEPARABLE_CONTENT,
    });
  });
}

export async function updateFlags(
  deps: Deps,
  actor: Actor,
  id: string,
  version: number,
  flags: PublicationFlags,
  ip: string | null,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const row = await lockItem(tx, actor, id, version);
    if (fixed(row.state)) throw notEditable(row.state);
    const facts = await factsOf(tx, row);
    const settings = await settingsOf(tx, row.bureauId);
    const refusals = refusalsOf(publishCheckOf({ ...row, flags }, facts, settings, toLocalDate(now)));
    const state = refusals.length ? 'withheld' : 'pending';
    await tx
      .update(decisionPublications)
      .set({ flags, refusals, state, version: row.version + 1, updatedAt: now })
      .where(eq(decisionPublications.id, id));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'disclosure.flags',
      objectType: OBJECT,
      objectId: id,
      summary: { flags, from: row.state, to: state, refusals: refusals.map((r) => r.code) },
      basis: disclosureSources.NO_PRIVACY,
    });
  });
}

export async function publishDecision(deps: Deps, actor: Actor, id: string, version: number, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const today = toLocalDate(now);
    const row = await lockItem(tx, actor, id, version);
    if (fixed(row.state)) throw notEditable(row.state);
    const facts = await factsOf(tx, row);
    const settings = await settingsOf(tx, row.bureauId);
    const check = publishCheckOf(row, facts, settings, today);
    if (!check.ok) {
      throw new AppError('NOT_PUBLISHABLE', `不予公开：${check.refusals.map((r) => r.reason).join('；')}`, {
        basis: check.basis,
        details: { refusals: refusalsOf(check) },
      });
    }
    const { source, rendered } = await renderItem(tx, deps.cipher, row, settings);
    if (rendered.leaks.length > 0) {
      const kinds = [...new Set(rendered.leaks.map((l) => l.label))].join('、');
      throw new AppError('PII_REMAINS', `待公开文本仍含${rendered.leaks.length}处个人信息（${kinds}），请先完成隐名处理`, {
        basis: disclosureSources.ALWAYS_HIDDEN,
        details: { leaks: rendered.leaks },
      });
    }
    const expiry = publicationExpiry({
      publishedOn: today,
      partyKind: row.partyKind,
      penalty: row.penalty,
      policy: policiesOf(settings).expiry,
    });
    const searchable = [rendered.title, rendered.partyDisplay, rendered.penaltySummary, rendered.text].join('\n');
    await tx
      .update(decisionPublications)
      .set({
        state: 'published',
        refusals: [],
        title: rendered.title,
        partyDisplay: rendered.partyDisplay,
        penaltySummary: rendered.penaltySummary,
        agencyName: source.agencyName,
        publishedText: rendered.text,
        searchTerms: bigrams(searchable),
        publishedAt: now,
        publishedOn: today,
        publishedBy: actor.userId,
        expiresOn: expiry.lastDayShown,
        version: row.version + 1,
        updatedAt: now,
      })
      .where(eq(decisionPublications.id, id));
    const counts: Record<string, number> = {};
    for (const f of rendered.findings) counts[PII_KIND_LABELS[f.kind]] = (counts[PII_KIND_LABELS[f.kind]] ?? 0) + 1;
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'disclosure.publish',
      objectType: OBJECT,
      objectId: id,
      summary: {
        decisionNumber: row.decisionNumber,
        dueOn: row.dueOn,
        late: compareLocalDate(today, row.dueOn) > 0,
        expiresOn: expiry.lastDayShown,
        masked: counts,
        edited: rendered.edited,
      },
      basis: disclosureSources.PUBLISH_DECISIONS,
    });
  });
}

export interface WithdrawalInput {
  version: number;
  /** Required unless the alteration was registered before (registerAlteration): then the registered one counts. */
  ground?: PublicationWithdrawalGround | undefined;
  publicReason: string;
  alteredOn?: string | undefined;
  document?: string | undefined;
}

/** The alteration this withdrawal rests on: the registered one, or the one given now (both steps at once). */
function alterationOf(row: DecisionPublicationRow, body: WithdrawalInput): { ground: PublicationWithdrawalGround; alteredOn: LocalDate; registered: boolean } {
  if (row.alterationRegisteredAt !== null && row.withdrawalGround && row.alteredOn)
    return { ground: row.withdrawalGround as PublicationWithdrawalGround, alteredOn: row.alteredOn, registered: true };
  const fieldErrors: Record<string, string[]> = {};
  if (!body.ground) fieldErrors['ground'] = ['请选择撤回事由'];
  if (!body.alteredOn) fieldErrors['alteredOn'] = ['请填写决定被变更、撤销或确认的日期'];
  if (!body.ground || !body.alteredOn) throw new AppError('VALIDATION_FAILED', '请填写撤回事由及决定被变更、撤销或确认的日期', { fieldErrors });
  return { ground: body.ground, alteredOn: body.alteredOn as LocalDate, registered: false };
}

export async function withdrawPublication(deps: Deps, actor: Actor, id: string, body: WithdrawalInput, ip: string | null): Promise<void> {
  // The shared working-day calendar (modules/calendar), as the licence and result clocks use.
  const calendar = (await procedureConfigOf(deps, actor.bureauId)).calendar;
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const today = toLocalDate(now);
    const row = await lockItem(tx, actor, id, body.version);
    if (row.state === 'withdrawn' || row.state === 'expired') throw notEditable(row.state);
    const { ground, alteredOn, registered } = alterationOf(row, body);
    const check = checkWithdrawal({ resultType: row.resultType, ground, publicReason: body.publicReason });
    if (!check.ok) throw new AppError(check.code, check.reason, { basis: check.basis, fieldErrors: { publicReason: [check.reason] } });
    checkAlteredOn(row, alteredOn, today);
    // The reason is published too: it must not carry personal data of the case either.
    const source = await decisionSourceOf(tx, deps.cipher, row);
    const settings = await settingsOf(tx, row.bureauId);
    const context = maskingContextOf(source, { extraPersons: row.extraPersons, extraHidden: row.extraHidden, editedText: null });
    const leaks = scanForLeaks(body.publicReason, context, policiesOf(settings).masking);
    if (leaks.length > 0) {
      throw new AppError(
        'PII_REMAINS',
        `公开说明的理由含有个人信息（${[...new Set(leaks.map((l) => PII_KIND_LABELS[l.kind]))].join('、')}），请修改`,
        {
          basis: disclosureSources.ALWAYS_HIDDEN,
          fieldErrors: { publicReason: ['含有个人信息'] },
        },
      );
    }
    // Done at once: the alteration is registered in the same transaction (its own audit row), so the clock existed.
    const due = registered
      ? (row.withdrawalDueOn ?? alteredOn)
      : await recordAlteration(tx, actor, row, { ground, alteredOn, document: body.document ?? '' }, calendar, now, ip);
    const late = compareLocalDate(today, due) > 0;
    await tx
      .update(decisionPublications)
      .set({
        state: 'withdrawn',
        withdrawalGround: ground,
        withdrawalReason: body.publicReason.trim(),
        alteredOn,
        withdrawalDueOn: due,
        withdrawnAt: now,
        withdrawnBy: actor.userId,
        version: row.version + (registered ? 1 : 2),
        updatedAt: now,
      })
      .where(and(eq(decisionPublications.id, id)));
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'disclosure.withdraw',
      objectType: OBJECT,
      objectId: id,
      summary: {
        from: row.state,
        ground,
        groundLabel: PUBLICATION_WITHDRAWAL_GROUND_LABELS[ground],
        alteredOn,
        dueOn: due,
        late,
      },
      basis: disclosureSources.WITHDRAW_ALTERED,
    });
  });
}

export async function updateSettings(deps: Deps, actor: Actor, body: Settings, ip: string | null): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const now = deps.clock.now();
    const [current] = await tx.select().from(disclosureSettings).where(eq(disclosureSettings.bureauId, actor.bureauId)).for('update');
    if ((current?.version ?? 0) !== body.version) throw new AppError('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
    const values = {
      partyNameStyle: body.partyNameStyle,
      expiryPreset: body.expiryPreset,
      excludeWarningOnly: body.excludeWarningOnly,
      excludeSimpleProcedure: body.excludeSimpleProcedure,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    if (current)
      await tx
        .update(disclosureSettings)
        .set({ ...values, version: current.version + 1 })
        .where(eq(disclosureSettings.bureauId, actor.bureauId));
    else await tx.insert(disclosureSettings).values({ bureauId: actor.bureauId, ...values, version: 1 });
    await appendAudit(tx, auditContextOf(actor, ip), now, {
      action: 'disclosure.settings',
      objectType: 'disclosure_settings',
      objectId: actor.bureauId,
      summary: {
        before: current
          ? { partyNameStyle: current.partyNameStyle, expiryPreset: current.expiryPreset, excludeWarningOnly: current.excludeWarningOnly, excludeSimpleProcedure: current.excludeSimpleProcedure }
          : null,
        after: values,
      },
      basis: disclosureSources.PARTY_NAME_SURNAME,
    });
  });
}
