/** Every table, for drizzle's typed query builder and drizzle-kit. Each module owns its own *.table.ts. */
export * from './audit/audit.table.ts';
export * from '../modules/org/org.table.ts';
export * from '../modules/identity/identity.table.ts';
export * from '../modules/subjects/subjects.table.ts';
export * from '../modules/officers/officers.table.ts';
export * from '../modules/officers/roster/imports.table.ts';
export * from '../modules/legal-basis/legal-basis.table.ts';
export * from '../modules/powers/powers.table.ts';
export * from '../modules/discretion/discretion.table.ts';
export * from '../modules/cases/cases.table.ts';
export * from '../modules/calendar/calendar.table.ts';
export * from '../modules/deadlines/deadlines.table.ts';
export * from '../modules/disclosure/disclosure.table.ts';
export * from '../modules/evidence/evidence.table.ts';
export * from '../modules/payments/payments.table.ts';
export * from '../modules/documents/documents.table.ts';
