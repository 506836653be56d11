export * from './citation.ts';
export * from './identity/roles.ts';
export * from './identity/password-policy.ts';
export * from './identity/personal-data.ts';
export * from './subjects/index.ts';
export * from './officers/index.ts';
export * from './calendar/index.ts';
export * from './deadlines/index.ts';
