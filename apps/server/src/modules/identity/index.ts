/** identity: accounts, passwords, sessions, TOTP, 三员 roles, security policy. */
export { authRoutes } from './auth.routes.ts';
export { userRoutes } from './users.routes.ts';
export { policyRoutes } from './policy.routes.ts';
export { registerSessionHook } from './session.plugin.ts';
export { generateInitialPassword, hashPassword } from './passwords.ts';
export { users, sessions, passwordHistory } from './identity.table.ts';
export { generateTotp } from './totp.ts';
// supervision's portal accounts reuse the hashing, the policy check and the bureau's lockout / session policy
export { assertAcceptablePassword, burnPasswordCheck, verifyPassword } from './passwords.ts';
export { loadPolicy } from './security-policy.ts';
