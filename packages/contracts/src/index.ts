export * from './errors.ts';
export * from './identity.ts';
export * from './users.ts';
export * from './audit.ts';
export * from './subjects.ts';
export * from './org.ts';
export * from './officers.ts';
export * from './roster.ts';
