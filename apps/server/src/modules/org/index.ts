/** org: bureaus (tenants), departments; posts and the leadership group come with issue 3. */
export { orgRoutes } from './org.routes.ts';
export { postRoutes } from './posts.routes.ts';
export { bureaus, departments, posts, leadershipGroupMembers } from './org.table.ts';
