/**
 * CPU time of processes from /proc (Linux): the server's processes (this one, or a cluster's primary and workers)
 * and the PostgreSQL backends serving the bench database. Read before and after a measure; the difference divided
 * by the requests is "CPU ms per request". /proc counts in clock ticks (10 ms), so a measure needs a few seconds.
 */
import fs from 'node:fs';
import type pg from 'pg';

const TICK_MS = 10; // getconf CLK_TCK = 100 on Linux

/** user + system CPU of a process, ms; null when it is gone. */
export function processCpuMs(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "(comm) ": state is field 0, utime field 11, stime field 12.
    return (Number(f[11]) + Number(f[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** A process and its descendants (a cluster's primary and its workers). */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** A meter over a set of processes whose members may change (pool connections opening): summed per pid seen. */
export function cpuMeter(pids: () => Promise<number[]> | number[]) {
  return async () => {
    const start = new Map<number, number>();
    for (const p of await pids()) start.set(p, processCpuMs(p) ?? 0);
    return async (byPid?: Map<number, number>): Promise<number> => {
      let total = 0;
      const now = await pids();
      // A process gone meanwhile (a pool connection closed) is left out: its last reading is lost with it.
      for (const p of new Set([...start.keys(), ...now])) {
        const end = processCpuMs(p);
        if (end === null) continue;
        total += end - (start.get(p) ?? 0);
        byPid?.set(p, end - (start.get(p) ?? 0));
      }
      return total;
    };
  };
}

/** The backends connected to the database `name` (the app's pool and the raw pools alike). */
export const backendPids = (admin: pg.Pool | pg.Client, name: string) => async () =>
  (await admin.query<{ pid: number }>(`select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()`, [name])).rows.map((r) => r.pid);
