/**
 * Change notifications from PostgreSQL, for the in-process caches that must not serve stale data across app nodes.
 *
 * Triggers (migration 0020) call pg_notify('qz_changes', <topic>) when a row a cache depends on changes: `auth` for
 * sessions (revocation, second factor), users (status, roles, password) and the security policy; `library:<bureau>` for
 * the legal-basis library. PostgreSQL delivers a notification to every listening connection when the writing
 * transaction commits, in commit order, so every node drops its copy right after the change is visible.
 *
 * A cache may only rely on the feed while it is `healthy` (the LISTEN is acknowledged on a live connection). When the
 * connection is lost, every subscriber is told to drop everything (`'*'`) and the feed is unhealthy until a new
 * LISTEN succeeds: changes made in the gap are then read afresh, because nothing was kept.
 */
import pg from 'pg';

export const CHANGE_CHANNEL = 'qz_changes';
/** Every subscriber gets this topic when the connection is lost or a change's scope is unknown. */
export const ALL_TOPICS = '*';

type Subscriber = (topic: string) => void;

export interface ChangeFeed {
  /** True while notifications are being received; a cache serves from memory only then. */
  readonly healthy: boolean;
  /** Called with each topic (and `'*'` on a connection loss); returns an unsubscribe function. */
  subscribe(fn: Subscriber): () => void;
  /** Resolves once every notification committed before this call has been handed to the subscribers. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** A feed that never becomes healthy: caches behave as if absent (every read goes to the database). */
export const noChangeFeed: ChangeFeed = {
  healthy: false,
  subscribe: () => () => undefined,
  settled: async () => undefined,
  close: async () => undefined,
};

const RETRY_MS = [250, 1_000, 5_000];

export function startChangeFeed(pool: pg.Pool, log: { warn: (o: object, msg: string) => void } = { warn: () => undefined }): ChangeFeed {
  const subscribers = new Set<Subscriber>();
  const pings = new Map<string, () => void>();
  let client: pg.Client | null = null;
  let healthy = false;
  let closed = false;
  let failures = 0;
  let pingSeq = 0;

  const publish = (topic: string) => {
    for (const fn of subscribers) fn(topic);
  };
  const lost = (err?: unknown) => {
    if (!healthy && client === null) return;
    healthy = false;
    // The old connection may still emit (its socket closing after a terminated backend): keep a handler on it, or
    // an 'error' without a listener would end the process.
    client?.removeAllListeners().on('error', () => undefined);
    client?.end().catch(() => undefined);
    client = null;
    publish(ALL_TOPICS);
    if (closed) return;
    if (err) log.warn({ err }, '变更通知连接中断，缓存暂停使用，稍后重连');
    setTimeout(() => void connect(), RETRY_MS[Math.min(failures++, RETRY_MS.length - 1)]).unref();
  };
  const connect = async () => {
    if (closed) return;
    // A connection of its own, outside the pool: LISTEN holds it for the life of the process.
    const c = new pg.Client({ ...(pool.options as pg.ClientConfig), application_name: 'quanze-changes' });
    client = c;
    c.on('error', lost);
    c.on('end', () => lost());
    c.on('notification', (msg) => {
      const topic = msg.payload ?? ALL_TOPICS;
      if (topic.startsWith('ping:')) {
        pings.get(topic)?.();
        pings.delete(topic);
        return;
      }
      publish(topic);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANGE_CHANNEL}`);
      if (closed || client !== c) return void c.end().catch(() => undefined);
      healthy = true;
      failures = 0;
    } catch (err) {
      lost(err);
    }
  };
  void connect();

  return {
    get healthy() {
      return healthy;
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
    async settled() {
      if (!healthy) return;
      const topic = `ping:${process.pid}:${++pingSeq}`;
      const arrived = new Promise<void>((resolve) => pings.set(topic, resolve));
      await pool.query('select pg_notify($1, $2)', [CHANGE_CHANNEL, topic]);
      await Promise.race([arrived, new Promise((r) => setTimeout(r, 2_000).unref())]);
    },
    async close() {
      closed = true;
      healthy = false;
      subscribers.clear();
      const c = client;
      client = null;
      c?.removeAllListeners().on('error', () => undefined);
      await c?.end().catch(() => undefined);
    },
  };
}
