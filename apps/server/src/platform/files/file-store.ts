/**
 * Content-addressed file store (ARCHITECTURE: Files): the id of a file is the SM3 hash of its bytes, so the same
 * photo uploaded twice is stored once and a changed byte is detected on read. Every `put` passes the upload
 * checks first (inspect.ts). Files are written 0600 under `<dir>/ab/cd/<hash>` with no extension and are never
 * executed or served from this folder directly. An S3-compatible store implements the same interface later.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sm3Hex } from '../crypto.ts';
import { inspectUpload, type FileKind, type UploadPolicy } from './inspect.ts';

export interface StoredFile {
  id: string;
  size: number;
  mime: string;
  kind: FileKind;
}

export interface FileStore {
  /** Checks the bytes against the policy (throws AppError FILE_*), then stores them. */
  put(buf: Buffer, meta: { policy: UploadPolicy; name?: string | null }): Promise<StoredFile>;
  /** The bytes, or null when no such file exists; throws when the stored bytes no longer match their id. */
  get(id: string): Promise<Buffer | null>;
}

const FILE_ID = /^[0-9a-f]{64}$/;

export function isFileId(id: string): boolean {
  return FILE_ID.test(id);
}

export function createFileStore(dir: string): FileStore {
  const root = path.resolve(dir);
  const pathOf = (id: string) => path.join(root, id.slice(0, 2), id.slice(2, 4), id);

  return {
    async put(buf, meta) {
      const inspected = await inspectUpload(buf, meta.policy, meta.name);
      const id = sm3Hex(buf);
      const target = pathOf(id);
      const exists = await fs.stat(target).then(
        (s) => s.size === buf.length,
        () => false,
      );
      if (!exists) {
        await fs.mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
        // Write beside the target and rename, so a reader never sees half a file; fsync before the rename.
        const tmp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
        const handle = await fs.open(tmp, 'wx', 0o600);
        try {
          await handle.writeFile(buf);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await fs.rename(tmp, target);
      }
      return { id, size: inspected.size, mime: inspected.mime, kind: inspected.kind };
    },

    async get(id) {
      if (!isFileId(id)) return null;
      let buf: Buffer;
      try {
        buf = await fs.readFile(pathOf(id));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
      if (sm3Hex(buf) !== id) throw new Error(`file store: integrity check failed for ${id}`);
      return buf;
    },
  };
}
