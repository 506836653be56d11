/**
 * The only place the evidence tables are read or written. It also reads (never writes) the case row, its active
 * investigators and officers with their current certificate, through those modules' public tables.
 */
import { and, asc, desc, eq, ilike, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Certificate, Penalty } from '@quanze/domain';
import type { Executor, Tx } from '../../platform/db.ts';
import { caseOfficers, caseSteps, penaltyCases } from '../cases/index.ts';
import { certificates, officers } from '../officers/index.ts';
import {
  evidenceCustodyEvents,
  evidenceFiles,
  evidenceItems,
  evidencePreservations,
  seizedProperty,
  seizedPropertyMovements,
} from './evidence.table.ts';

export type EvidenceItemRow = typeof evidenceItems.$inferSelect;
export type EvidenceFileRow = typeof evidenceFiles.$inferSelect;
export type CustodyRow = typeof evidenceCustodyEvents.$inferSelect;
export type PreservationRow = typeof evidencePreservations.$inferSelect;
export type PropertyRow = typeof seizedProperty.$inferSelect;
export type MovementRow = typeof seizedPropertyMovements.$inferSelect;

export interface CaseHead {
  id: string;
  bureauId: string;
  departmentId: string;
  state: (typeof penaltyCases.$inferSelect)['state'];
  caseNumber: string | null;
  partyName: string;
  registeredBy: string;
}

const caseHeadColumns = {
  id: penaltyCases.id,
  bureauId: penaltyCases.bureauId,
  departmentId: penaltyCases.departmentId,
  state: penaltyCases.state,
  caseNumber: penaltyCases.caseNumber,
  partyName: penaltyCases.partyName,
  registeredBy: penaltyCases.registeredBy,
};

export async function caseHead(db: Executor, id: string, lock = false): Promise<CaseHead | undefined> {
  const q = db.select(caseHeadColumns).from(penaltyCases).where(eq(penaltyCases.id, id));
  // Locked for update while evidence is numbered (证据序号) or a state-dependent write is checked against the state.
  const [r] = lock ? await q.for('update') : await q;
  return r;
}

/** The penalty of the case's latest 处罚决定 (null before one): the property register reads whether it confiscated. */
export async function latestDecidedPenalty(db: Executor, caseId: string): Promise<Penalty | null> {
  const [r] = await db
    .select({ payload: caseSteps.payload })
    .from(caseSteps)
    .where(and(eq(caseSteps.caseId, caseId), eq(caseSteps.action, 'decide')))
    .orderBy(desc(caseSteps.id))
    .limit(1);
  if (!r) return null;
  const p = r.payload['penalty'];
  return Array.isArray(p) ? (p as Penalty) : [];
}

export async function investigates(db: Executor, caseId: string, userId: string): Promise<boolean> {
  const [r] = await db
    .select({ id: caseOfficers.id })
    .from(caseOfficers)
    .innerJoin(officers, eq(officers.id, caseOfficers.officerId))
    .where(and(eq(caseOfficers.caseId, caseId), isNull(caseOfficers.removedAt), eq(officers.userId, userId)))
    .limit(1);
  return r !== undefined;
}

export interface OfficerCert {
  officerId: string;
  name: string;
  status: 'active' | 'left';
  certificate: Pick<Certificate, 'number' | 'status' | 'validFrom' | 'validTo'> | null;
}

/** Officers of the bureau with their current (newest) certificate. */
export async function officersWithCertificate(db: Executor, bureauId: string, ids: readonly string[]): Promise<OfficerCert[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: officers.id, name: officers.name, status: officers.status })
    .from(officers)
    .where(and(eq(officers.bureauId, bureauId), inArray(officers.id, [...ids])));
  if (rows.length === 0) return [];
  const certs = await db
    .select()
    .from(certificates)
    .where(inArray(certificates.officerId, rows.map((r) => r.id)))
    .orderBy(desc(certificates.createdAt), desc(certificates.id));
  const current = new Map<string, typeof certificates.$inferSelect>();
  for (const c of certs) if (!current.has(c.officerId)) current.set(c.officerId, c);
  return rows.map((o) => {
    const c = current.get(o.id);
    return {
      officerId: o.id,
      name: o.name,
      status: o.status,
      certificate: c ? { number: c.number, status: c.status, validFrom: c.validFrom, validTo: c.validTo } : null,
    };
  });
}

// ---- evidence items, files, custody ----

export async function nextItemSeq(tx: Tx, caseId: string): Promise<number> {
  const [r] = await tx.select({ n: sql<number>`coalesce(max(${evidenceItems.seq}), 0)::int` }).from(evidenceItems).where(eq(evidenceItems.caseId, caseId));
  return (r?.n ?? 0) + 1;
}

export async function insertItem(tx: Tx, values: typeof evidenceItems.$inferInsert): Promise<EvidenceItemRow> {
  const [r] = await tx.insert(evidenceItems).values(values).returning();
  return r!;
}

export async function getItem(db: Executor, id: string): Promise<EvidenceItemRow | undefined> {
  const [r] = await db.select().from(evidenceItems).where(eq(evidenceItems.id, id));
  return r;
}

/** The item row locked, so custody events of one item are appended one at a time. */
export async function lockItem(tx: Tx, id: string): Promise<EvidenceItemRow | undefined> {
  const [r] = await tx.select().from(evidenceItems).where(eq(evidenceItems.id, id)).for('update');
  return r;
}

export const itemsOfCase = (db: Executor, caseId: string) => db.select().from(evidenceItems).where(eq(evidenceItems.caseId, caseId)).orderBy(asc(evidenceItems.seq));

export async function filesOfItems(db: Executor, itemIds: readonly string[]): Promise<EvidenceFileRow[]> {
  if (itemIds.length === 0) return [];
  return db.select().from(evidenceFiles).where(inArray(evidenceFiles.itemId, [...itemIds])).orderBy(asc(evidenceFiles.uploadedAt), asc(evidenceFiles.id));
}

export async function getFile(db: Executor, id: string): Promise<EvidenceFileRow | undefined> {
  const [r] = await db.select().from(evidenceFiles).where(eq(evidenceFiles.id, id));
  return r;
}

export async function insertFile(tx: Tx, values: typeof evidenceFiles.$inferInsert): Promise<EvidenceFileRow> {
  const [r] = await tx.insert(evidenceFiles).values(values).returning();
  return r!;
}

export async function custodyOfItems(db: Executor, itemIds: readonly string[]): Promise<CustodyRow[]> {
  if (itemIds.length === 0) return [];
  return db.select().from(evidenceCustodyEvents).where(inArray(evidenceCustodyEvents.itemId, [...itemIds])).orderBy(asc(evidenceCustodyEvents.itemId), asc(evidenceCustodyEvents.seq));
}

export async function insertCustody(tx: Tx, values: typeof evidenceCustodyEvents.$inferInsert): Promise<CustodyRow> {
  const [r] = await tx.insert(evidenceCustodyEvents).values(values).returning();
  return r!;
}

// ---- preservation ----

export async function insertPreservation(tx: Tx, values: typeof evidencePreservations.$inferInsert): Promise<PreservationRow> {
  const [r] = await tx.insert(evidencePreservations).values(values).returning();
  return r!;
}

export async function lockPreservation(tx: Tx, id: string): Promise<PreservationRow | undefined> {
  const [r] = await tx.select().from(evidencePreservations).where(eq(evidencePreservations.id, id)).for('update');
  return r;
}

export async function getPreservation(db: Executor, id: string): Promise<PreservationRow | undefined> {
  const [r] = await db.select().from(evidencePreservations).where(eq(evidencePreservations.id, id));
  return r;
}

export async function updatePreservation(tx: Tx, id: string, set: Partial<typeof evidencePreservations.$inferInsert>): Promise<PreservationRow> {
  const [r] = await tx.update(evidencePreservations).set(set).where(eq(evidencePreservations.id, id)).returning();
  return r!;
}

export const preservationsOfCase = (db: Executor, caseId: string) =>
  db.select().from(evidencePreservations).where(eq(evidencePreservations.caseId, caseId)).orderBy(asc(evidencePreservations.appliedAt));

// ---- property ----

export async function insertProperty(tx: Tx, values: typeof seizedProperty.$inferInsert): Promise<PropertyRow> {
  const [r] = await tx.insert(seizedProperty).values(values).returning();
  return r!;
}

export async function lockProperty(tx: Tx, id: string): Promise<PropertyRow | undefined> {
  const [r] = await tx.select().from(seizedProperty).where(eq(seizedProperty.id, id)).for('update');
  return r;
}

export async function getProperty(db: Executor, id: string): Promise<PropertyRow | undefined> {
  const [r] = await db.select().from(seizedProperty).where(eq(seizedProperty.id, id));
  return r;
}

export async function updateProperty(tx: Tx, id: string, set: Partial<typeof seizedProperty.$inferInsert>): Promise<PropertyRow> {
  const [r] = await tx.update(seizedProperty).set(set).where(eq(seizedProperty.id, id)).returning();
  return r!;
}

export async function appendMovement(tx: Tx, values: Omit<typeof seizedPropertyMovements.$inferInsert, 'seq'>): Promise<MovementRow> {
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${seizedPropertyMovements.seq}), 0)::int` })
    .from(seizedPropertyMovements)
    .where(eq(seizedPropertyMovements.propertyId, values.propertyId));
  const [r] = await tx.insert(seizedPropertyMovements).values({ ...values, seq: (last?.n ?? 0) + 1 }).returning();
  return r!;
}

export async function movementsOf(db: Executor, propertyIds: readonly string[]): Promise<MovementRow[]> {
  if (propertyIds.length === 0) return [];
  return db.select().from(seizedPropertyMovements).where(inArray(seizedPropertyMovements.propertyId, [...propertyIds])).orderBy(asc(seizedPropertyMovements.propertyId), asc(seizedPropertyMovements.seq));
}

/** Items registered in one transaction share their time: the first movement (a bigserial) keeps their order. */
const registeredOrder = sql`(select min(m.id) from ${seizedPropertyMovements} m where m.property_id = ${seizedProperty.id})`;

export const propertyOfCase = (db: Executor, caseId: string) =>
  db.select().from(seizedProperty).where(eq(seizedProperty.caseId, caseId)).orderBy(asc(seizedProperty.createdAt), asc(registeredOrder));

export interface RegisterFilter {
  bureauId: string;
  departmentId?: string | undefined;
  /** Self scope: cases the user investigates or registered. */
  userId?: string | undefined;
  status?: string | undefined;
  q?: string | undefined;
  limit: number;
  offset: number;
}

/** The bureau-wide register, limited to the cases the actor can see, newest first. */
export async function listRegister(db: Executor, f: RegisterFilter) {
  const conds: SQL[] = [eq(seizedProperty.bureauId, f.bureauId)];
  if (f.departmentId) conds.push(eq(penaltyCases.departmentId, f.departmentId));
  if (f.status) conds.push(eq(seizedProperty.status, f.status as PropertyRow['status']));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(seizedProperty.name, like), ilike(penaltyCases.partyName, like), ilike(penaltyCases.caseNumber, like))!);
  }
  if (f.userId) {
    const mine = sql`exists (select 1 from ${caseOfficers} co join ${officers} o on o.id = co.officer_id
      where co.case_id = ${penaltyCases.id} and co.removed_at is null and o.user_id = ${f.userId})`;
    conds.push(or(eq(penaltyCases.registeredBy, f.userId), mine)!);
  }
  const where = and(...conds);
  const [rows, [count]] = await Promise.all([
    db
      .select({ p: seizedProperty, caseNumber: penaltyCases.caseNumber, partyName: penaltyCases.partyName })
      .from(seizedProperty)
      .innerJoin(penaltyCases, eq(penaltyCases.id, seizedProperty.caseId))
      .where(where)
      .orderBy(desc(seizedProperty.createdAt), desc(registeredOrder))
      .limit(f.limit)
      .offset(f.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(seizedProperty).innerJoin(penaltyCases, eq(penaltyCases.id, seizedProperty.caseId)).where(where),
  ]);
  return { rows, total: count?.n ?? 0 };
}
