/**
 * Promise.all for reads that take an Executor. A transaction holds ONE pg client, and a pg client runs one query at a
 * time: queries issued together on it only queue inside pg, which warns ("Calling client.query() when the client is
 * already executing a query is deprecated", an error from pg 9). On the pool each query gets its own client, so there
 * they may run together.
 */
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from './db.ts';

export const isTransaction = (db: Executor): boolean => db instanceof PgTransaction;

type Results<T extends readonly (() => Promise<unknown>)[]> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/** Runs the reads one after another on a transaction, together on the pool; results in the order given. */
export async function allOn<const T extends readonly (() => Promise<unknown>)[]>(db: Executor, reads: T): Promise<Results<T>> {
  if (!isTransaction(db)) return (await Promise.all(reads.map((read) => read()))) as Results<T>;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as Results<T>;
}
