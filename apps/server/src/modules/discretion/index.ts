/** discretion: 裁量基准 of penalty powers (versions, publication), the explainable calculator, and the portal's power list. */
export { discretionRoutes } from './discretion.routes.ts';
export { publicPowerRoutes } from './public.routes.ts';
export { discretionBenchmarks } from './discretion.table.ts';
export { defaultBenchmark, statutoryOfItem } from './discretion.defaults.ts';
export { benchmarkProblems } from './discretion.policy.ts';
