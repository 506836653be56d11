export * from './citation.ts';
export * from './identity/roles.ts';
export * from './identity/password-policy.ts';
export * from './identity/personal-data.ts';
