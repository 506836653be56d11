/**
 * One document model, two renderers (the server's .docx writer and its HTML preview): a document is a title, its
 * number and a list of blocks. Builders (builders/*.ts) make the model from a DocumentSource — the case row, its
 * steps with their payloads, the agency and the investigators — so both renderers print the same words.
 */
import type { LocalDate } from '../calendar/local-date.ts';
import type { RecordKind } from '../evidence/evidence-types.ts';
import type { RecordSignature } from '../evidence/records.ts';
import type { PartyKind, Penalty } from '../penalties/penalty.ts';
import type { CaseProcedure, CaseState } from '../procedures/states.ts';
import type { GeneratedDocumentKind } from './kinds.ts';

/** 第五十九条's items (一)–(六); the seal is the signature block's `seal`. */
export type DecisionItem = 1 | 2 | 3 | 4 | 5 | 6;

export type DocumentBlock =
  | { type: 'paragraph'; text: string; indent: boolean; align?: 'left' | 'right' | 'center'; bold?: boolean; item?: DecisionItem }
  | { type: 'fields'; rows: readonly { label: string; value: string }[] }
  | { type: 'table'; columns: readonly string[]; rows: readonly (readonly string[])[] }
  | { type: 'signature'; agency: string; date: string; seal: boolean; item?: DecisionItem };

export interface DocumentModel {
  kind: GeneratedDocumentKind;
  /** The issuing agency, printed above the title (示例市司法局). */
  agencyName: string;
  title: string;
  number: string | null;
  blocks: readonly DocumentBlock[];
}

/** A step recorded on the case (case_steps): action, time, who, and what it recorded. */
export interface DocumentStep {
  action: string;
  at: Date;
  actorName: string;
  payload: Readonly<Record<string, unknown>>;
}

/** A 询问笔录 / 现场检查笔录 kept as structured evidence (evidence module), in the case's evidence order. */
export interface DocumentRecord {
  kind: RecordKind;
  /** 证据序号 in the case's 证据目录. */
  evidenceSeq: number;
  startedAt: Date;
  endedAt: Date;
  place: string;
  /** The officers who made the record, with the certificate numbers they showed (第四十二条、第五十五条). */
  officers: readonly { name: string; certificateNumber: string | null }[];
  certificatesShown: boolean;
  person: { name: string; role: 'party' | 'witness' | 'other' };
  content: string;
  signature: RecordSignature;
}

export interface DocumentSource {
  agency: { name: string };
  caseNumber: string | null;
  decisionNumber: string | null;
  state: CaseState;
  procedure: CaseProcedure | null;
  party: { kind: PartyKind; name: string; address: string | null };
  power: { code: string; name: string } | null;
  departmentName: string | null;
  lead: { source: string; summary: string; receivedAt: Date };
  violation: { startedOn: LocalDate; endedOn: LocalDate | null } | null;
  legalBasis: readonly string[];
  proposedPenalty: Penalty | null;
  investigators: readonly { name: string; certificateNumber: string | null }[];
  steps: readonly DocumentStep[];
  /** The structured 笔录 of the case (empty when none were recorded). */
  records: readonly DocumentRecord[];
  /** The latest version of each document already generated (for 卷内目录 and cross-references). */
  caseFile: readonly { kind: GeneratedDocumentKind; title: string; number: string | null; generatedAt: Date }[];
}

/** What the server decides for this generation: the number (reused on regeneration) and the day. */
export interface BuildOptions {
  number: string | null;
  generatedOn: LocalDate;
}

export class DocumentSourceError extends Error {}
