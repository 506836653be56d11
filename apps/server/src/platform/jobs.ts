/**
 * Background jobs that must run once across app nodes: each run takes a PostgreSQL advisory lock and skips when
 * another node holds it. Jobs get the same Deps as commands; their writes carry their own audit rows.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Deps } from './deps.ts';

export interface Job {
  name: string;
  lockKey: number;
  everyMs: number;
  run: (deps: Deps) => Promise<Record<string, unknown>>;
}

/** The lock must be held on one connection, so this uses a pooled client directly rather than drizzle. */
export async function runJobOnce(deps: Deps, job: Job): Promise<Record<string, unknown> | 'skipped'> {
  const client = await deps.db.$client.connect();
  try {
    const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [job.lockKey]);
    if (!rows[0]?.ok) return 'skipped';
    try {
      return await job.run(deps);
    } finally {
      await client.query('select pg_advisory_unlock($1)', [job.lockKey]);
    }
  } finally {
    client.release();
  }
}

export function startJobs(deps: Deps, jobs: readonly Job[], log: FastifyBaseLogger): () => void {
  const timers = jobs.map((job) => {
    const tick = () => {
      runJobOnce(deps, job)
        .then((r) => r !== 'skipped' && log.info({ job: job.name, ...r }, 'job ran'))
        .catch((err: unknown) => log.error({ err, job: job.name }, 'job failed'));
    };
    const first = setTimeout(tick, 5_000);
    const every = setInterval(tick, job.everyMs);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  });
  return () => timers.forEach((stop) => stop());
}
