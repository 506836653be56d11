/**
 * Evidence of a penalty case (证据) with its files and chain of custody, evidence preservation (先行登记保存), and
 * the property register (涉案财物 / 罚没财物) with every movement. Nothing here is ever deleted: custody events and
 * property movements are appended (a migration trigger refuses UPDATE and DELETE on them), items and files stay.
 */
import { bigint, bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CustodyKind, EvidenceKind, ObtainedHow, PreservationDecisionKind, PreservationStatus, PropertyDisposal, PropertyStatus, RecordKind, RecordSignature } from '@quanze/domain';
import { users } from '../identity/identity.table.ts';
import { bureaus } from '../org/org.table.ts';
import { penaltyCases } from '../cases/cases.table.ts';

export interface OfficerRefJson {
  officerId: string;
  name: string;
  certificateNumber: string | null;
}

export interface EvidenceRecordJson {
  kind: RecordKind;
  startedAt: string;
  endedAt: string;
  certificatesShown: boolean;
  person: { name: string; role: 'party' | 'witness' | 'other' };
  content: string;
  signature: RecordSignature;
}

export const evidenceItems = pgTable(
  'evidence_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    /** 证据序号 within the case (证据目录). */
    seq: integer('seq').notNull(),
    kind: text('kind').notNull().$type<EvidenceKind>(),
    name: text('name').notNull(),
    source: text('source').notNull(),
    obtainedHow: text('obtained_how').notNull().$type<ObtainedHow>(),
    collectors: jsonb('collectors').notNull().$type<OfficerRefJson[]>(),
    collectedAt: timestamp('collected_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    description: text('description').notNull().default(''),
    /** 询问笔录 / 现场检查笔录 as structured evidence (null for other evidence). */
    record: jsonb('record').$type<EvidenceRecordJson>(),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('evidence_items_case_seq_uq').on(t.caseId, t.seq), index('evidence_items_bureau_idx').on(t.bureauId, t.createdAt)],
);

/** A file attached to an evidence item: stored content-addressed (the id is its SM3 hash), re-checked on download. */
export const evidenceFiles = pgTable(
  'evidence_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => evidenceItems.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    /** SM3 of the bytes as hex; also the file store id. */
    sm3: text('sm3').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    kind: text('kind').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    uploadedBy: uuid('uploaded_by')
      .notNull()
      .references(() => users.id),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('evidence_files_item_idx').on(t.itemId, t.uploadedAt)],
);

/** Chain of custody: appended only; a correction is a new row naming the row it corrects. */
export const evidenceCustodyEvents = pgTable(
  'evidence_custody_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => evidenceItems.id),
    seq: integer('seq').notNull(),
    kind: text('kind').notNull().$type<CustodyKind>(),
    fromHolder: text('from_holder'),
    toHolder: text('to_holder').notNull(),
    reason: text('reason').notNull(),
    correctsSeq: integer('corrects_seq'),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('evidence_custody_item_seq_uq').on(t.itemId, t.seq)],
);

export interface PreservationItemJson {
  name: string;
  spec: string;
  quantity: string;
  unit: string;
}

export const evidencePreservations = pgTable(
  'evidence_preservations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    status: text('status').notNull().$type<PreservationStatus>(),
    emergency: boolean('emergency').notNull(),
    reason: text('reason').notNull(),
    items: jsonb('items').notNull().$type<PreservationItemJson[]>(),
    location: text('location').notNull(),
    holder: text('holder').notNull(),
    appliedBy: uuid('applied_by')
      .notNull()
      .references(() => users.id),
    appliedByName: text('applied_by_name').notNull(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedByName: text('approved_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    opinion: text('opinion'),
    decision: text('decision').$type<PreservationDecisionKind>(),
    decisionNote: text('decision_note'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('evidence_preservations_case_idx').on(t.caseId), index('evidence_preservations_open_idx').on(t.bureauId, t.status)],
);

export const seizedProperty = pgTable(
  'seized_property',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bureauId: uuid('bureau_id')
      .notNull()
      .references(() => bureaus.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCases.id),
    preservationId: uuid('preservation_id').references(() => evidencePreservations.id),
    name: text('name').notNull(),
    quantity: text('quantity').notNull(),
    unit: text('unit').notNull(),
    location: text('location').notNull(),
    holder: text('holder').notNull(),
    status: text('status').notNull().$type<PropertyStatus>(),
    /** The disposal the head approved and not yet carried out. */
    approvedDisposal: text('approved_disposal').$type<PropertyDisposal>(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedByName: text('approved_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    proceedsFen: bigint('proceeds_fen', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('seized_property_case_idx').on(t.caseId), index('seized_property_bureau_idx').on(t.bureauId, t.status, t.createdAt)],
);

/** Every movement of a property item; appended only. */
export const seizedPropertyMovements = pgTable(
  'seized_property_movements',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => seizedProperty.id),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['registered', 'moved', 'disposalApproved', 'disposed'] }).notNull(),
    fromStatus: text('from_status').$type<PropertyStatus>(),
    toStatus: text('to_status').notNull().$type<PropertyStatus>(),
    location: text('location').notNull(),
    holder: text('holder').notNull(),
    note: text('note').notNull(),
    proceedsFen: bigint('proceeds_fen', { mode: 'number' }),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('seized_property_movements_seq_uq').on(t.propertyId, t.seq)],
);
