/**
 * Reads and writes of the publication queue, the bureau's publication settings, and the decision's source (the case
 * and its `decide` step, read through the cases module's index) that the public text is rendered from.
 */
import { and, desc, eq, sql } from 'drizzle-orm';
import {
  CN_WORKDAY_CALENDAR,
  DEFAULT_MASKING_POLICY,
  DEFAULT_PUBLICATION_EXPIRY,
  DEFAULT_PUBLICATION_POLICY,
  HEBEI_STYLE_EXPIRY,
  SAMR_STYLE_EXPIRY,
  type DecisionSource,
  type LocalDate,
  type MaskingPolicy,
  type Penalty,
  type PublicationExpiryPolicy,
  type PublicationPolicy,
  type WorkdayCalendar,
} from '@quanze/domain';
import type { Actor } from '../../platform/auth/actor.ts';
import { inScope } from '../../platform/auth/actor.ts';
import type { Executor, Tx } from '../../platform/db.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { caseSteps, penaltyCases } from '../cases/index.ts';
import { bureaus } from '../org/index.ts';
import { powerAssignments, powerListItems, powerLists } from '../powers/index.ts';
import { decisionPublications, disclosureSettings, type DecisionPublicationRow } from './disclosure.table.ts';

export type SettingsRow = typeof disclosureSettings.$inferSelect;

export const DEFAULT_SETTINGS = { partyNameStyle: 'surnameMou', expiryPreset: 'default', excludeWarningOnly: true, excludeSimpleProcedure: false, version: 0 } as const;

export interface Settings {
  partyNameStyle: SettingsRow['partyNameStyle'];
  expiryPreset: SettingsRow['expiryPreset'];
  excludeWarningOnly: boolean;
  excludeSimpleProcedure: boolean;
  version: number;
}

export async function settingsOf(db: Executor, bureauId: string): Promise<Settings> {
  const [row] = await db.select().from(disclosureSettings).where(eq(disclosureSettings.bureauId, bureauId));
  return row
    ? {
        partyNameStyle: row.partyNameStyle,
        expiryPreset: row.expiryPreset,
        excludeWarningOnly: row.excludeWarningOnly,
        excludeSimpleProcedure: row.excludeSimpleProcedure,
        version: row.version,
      }
    : { ...DEFAULT_SETTINGS };
}

const NO_EXPIRY: PublicationExpiryPolicy = { periods: { citizen: null, organisation: null }, shortTerm: null, sources: [] };
const EXPIRY_PRESETS: Record<Settings['expiryPreset'], PublicationExpiryPolicy> = {
  default: DEFAULT_PUBLICATION_EXPIRY,
  samr: SAMR_STYLE_EXPIRY,
  hebei: HEBEI_STYLE_EXPIRY,
  none: NO_EXPIRY,
};

export function policiesOf(s: Settings): { masking: MaskingPolicy; expiry: PublicationExpiryPolicy; publication: PublicationPolicy } {
  return {
    masking: { ...DEFAULT_MASKING_POLICY, partyName: s.partyNameStyle },
    expiry: EXPIRY_PRESETS[s.expiryPreset],
    publication: { ...DEFAULT_PUBLICATION_POLICY, excludeWarningOnly: s.excludeWarningOnly, excludeSimpleProcedure: s.excludeSimpleProcedure },
  };
}

/**
 * The bundled national calendar, for the penalty decision's 7-WD clock only: it is computed inside the case module's
 * transaction, which has no Deps for the database calendar. Licences, other results and withdrawals use the shared
 * calendar (modules/calendar procedureConfigOf).
 */
export function publicationCalendar(): WorkdayCalendar {
  return CN_WORKDAY_CALENDAR;
}

/** The queue item, locked, inside the actor's scope (outside = 404), at the version the client saw (409). */
export async function lockItem(tx: Tx, actor: Actor, id: string, version: number): Promise<DecisionPublicationRow> {
  const [row] = await tx.select().from(decisionPublications).where(eq(decisionPublications.id, id)).for('update');
  if (!row || !inScope(actor, { bureauId: row.bureauId, departmentId: row.departmentId, ownerId: null })) throw notFound('公示事项');
  if (row.version !== version) throw new AppError('VERSION_CONFLICT', '该记录已被他人修改，请刷新后重试');
  return row;
}

export async function itemInScope(db: Executor, actor: Actor, id: string): Promise<DecisionPublicationRow> {
  const [row] = await db.select().from(decisionPublications).where(eq(decisionPublications.id, id));
  if (!row || !inScope(actor, { bureauId: row.bureauId, departmentId: row.departmentId, ownerId: null })) throw notFound('公示事项');
  return row;
}

export interface PartyFacts {
  partyKind: 'citizen' | 'organisation';
  partyName: string;
  partyBirthDate: LocalDate | null;
  partyLackedCapacity: boolean;
  violationStartedOn: LocalDate | null;
  violationEndedOn: LocalDate | null;
  /** Decided on the spot (简易程序): a bureau may exclude these from publication. */
  simpleProcedure: boolean;
}

/**
 * The facts eligibility needs: a penalty decision's from its case; a registered licence's or result's from the
 * queue row itself (the applicant as registered; no act date).
 */
export async function factsOf(db: Executor, row: DecisionPublicationRow): Promise<PartyFacts> {
  if (row.caseId !== null) return caseFactsOf(db, row.caseId);
  return {
    partyKind: row.partyKind,
    partyName: row.partyName ?? '',
    partyBirthDate: row.partyBirthDate,
    partyLackedCapacity: false,
    violationStartedOn: null,
    violationEndedOn: null,
    simpleProcedure: false,
  };
}

/** The case facts eligibility needs: the party's birth date and capacity, the date of the act. */
export async function caseFactsOf(db: Executor, caseId: string): Promise<PartyFacts> {
  const [row] = await db
    .select({
      partyKind: penaltyCases.partyKind,
      partyName: penaltyCases.partyName,
      partyBirthDate: penaltyCases.partyBirthDate,
      partyLackedCapacity: penaltyCases.partyLackedCapacity,
      violationStartedOn: penaltyCases.violationStartedOn,
      violationEndedOn: penaltyCases.violationEndedOn,
      procedure: penaltyCases.procedure,
    })
    .from(penaltyCases)
    .where(eq(penaltyCases.id, caseId));
  if (!row) throw notFound('案件');
  const { procedure, ...facts } = row;
  return { ...facts, simpleProcedure: procedure === 'simple' };
}

interface DecidePayload {
  penalty?: Penalty;
  partyAddress?: string;
  facts?: string;
  evidence?: string[];
  legalBasis?: string[];
  performance?: string;
  remedies?: string;
  agencyName?: string;
  decisionDate?: string;
  decisionNumber?: string;
}

/** The decision as made: the case's party and the latest `decide` step (facts, basis, penalty, number …). */
export async function decisionSourceOf(db: Executor, cipher: FieldCipher, row: DecisionPublicationRow): Promise<DecisionSource> {
  if (row.caseId === null) return registeredSourceOf(db, cipher, row);
  const [c] = await db
    .select({
      partyKind: penaltyCases.partyKind,
      partyName: penaltyCases.partyName,
      partyIdSealed: penaltyCases.partyIdSealed,
      partyAddress: penaltyCases.partyAddress,
    })
    .from(penaltyCases)
    .where(eq(penaltyCases.id, row.caseId));
  if (!c) throw notFound('案件');
  const caseId = row.caseId;
  const [step] = await db
    .select({ payload: caseSteps.payload })
    .from(caseSteps)
    .where(and(eq(caseSteps.caseId, caseId), eq(caseSteps.action, 'decide')))
    .orderBy(desc(caseSteps.id))
    .limit(1);
  const p = (step?.payload ?? {}) as DecidePayload;
  const [bureau] = await db.select({ name: bureaus.name }).from(bureaus).where(eq(bureaus.id, row.bureauId));
  return {
    decisionNumber: row.decisionNumber,
    agencyName: p.agencyName ?? bureau?.name ?? '',
    decisionDate: p.decisionDate ?? row.decidedOn,
    party: {
      kind: c.partyKind,
      name: c.partyName,
      idNumber: c.partyIdSealed ? cipher.decrypt(c.partyIdSealed) : null,
      address: p.partyAddress || c.partyAddress,
    },
    facts: p.facts ?? '',
    evidence: p.evidence ?? [],
    legalBasis: p.legalBasis ?? [],
    penalty: p.penalty ?? row.penalty,
    performance: p.performance ?? '',
    remedies: p.remedies ?? '',
  };
}

async function bureauNameOf(db: Executor, bureauId: string): Promise<string> {
  const [bureau] = await db.select({ name: bureaus.name }).from(bureaus).where(eq(bureaus.id, bureauId));
  return bureau?.name ?? '';
}

/**
 * A registered licence or other result as a DecisionSource, so masking and the leak scan see the applicant exactly
 * as they see a penalty's party: the content stands in for the facts, no penalty.
 */
export async function registeredSourceOf(db: Executor, cipher: FieldCipher, row: DecisionPublicationRow): Promise<DecisionSource> {
  return {
    decisionNumber: row.decisionNumber,
    agencyName: await bureauNameOf(db, row.bureauId),
    decisionDate: row.decidedOn,
    party: {
      kind: row.partyKind,
      name: row.partyName ?? '',
      idNumber: row.partyIdSealed ? cipher.decrypt(row.partyIdSealed) : null,
      address: row.partyAddress,
    },
    facts: row.content ?? '',
    evidence: [],
    legalBasis: row.legalBasis ?? [],
    penalty: [],
    performance: '',
    remedies: '',
  };
}

/** A power item of the bureau's published power list (the matter a licence or result is registered under). */
export async function publishedPowerOf(db: Executor, bureauId: string, powerId: string) {
  const [r] = await db
    .select({ powerId: powerListItems.powerId, name: powerListItems.name, code: powerListItems.code, category: powerListItems.category })
    .from(powerListItems)
    .innerJoin(powerLists, eq(powerLists.id, powerListItems.listId))
    .where(
      and(
        eq(powerListItems.powerId, powerId),
        eq(powerListItems.bureauId, bureauId),
        eq(powerLists.status, 'published'),
        sql`${powerListItems.change} <> 'removed'`,
      ),
    )
    .limit(1);
  return r ?? null;
}

/** The department a power is assigned to on `day` (职权分解), if any. */
export async function assignedDepartmentOf(db: Executor, powerId: string, day: LocalDate): Promise<string | null> {
  const [r] = await db
    .select({ departmentId: powerAssignments.departmentId })
    .from(powerAssignments)
    .where(
      and(
        eq(powerAssignments.powerId, powerId),
        sql`${powerAssignments.effectiveFrom} <= ${day}`,
        sql`(${powerAssignments.effectiveTo} is null or ${powerAssignments.effectiveTo} >= ${day})`,
      ),
    )
    .orderBy(desc(powerAssignments.effectiveFrom))
    .limit(1);
  return r?.departmentId ?? null;
}
