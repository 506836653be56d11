export * from './errors.ts';
export * from './identity.ts';
export * from './users.ts';
export * from './audit.ts';
