/**
 * The officer's photo: an image checked by its bytes (JPEG/PNG, ≤ 2 MB, no polyglot) in the content-addressed
 * store, its id on the officer row, a history row and an audit row in one transaction (mutateOfficer).
 * A left officer's photo may still be replaced (the file stays complete); the scope rules are the file's.
 */
import type { Actor } from '../../platform/auth/actor.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { inspectUpload, type UploadPolicy } from '../../platform/files/inspect.ts';
import { mutateOfficer } from './officers.mutation.ts';
import { canManageOfficer, canSeeOfficer } from './officers.policy.ts';
import { getOfficer } from './officers.repository.ts';

export const PHOTO_POLICY: UploadPolicy = { label: '照片', maxBytes: 2 * 1024 * 1024, kinds: ['jpg', 'png'], maxImageSide: 6000 };

/** 404 outside scope, 403 without the manage right — checked before the upload is read or stored. */
export async function assertMayChangePhoto(deps: Deps, actor: Actor, officerId: string): Promise<void> {
  const o = await getOfficer(deps.db, officerId);
  if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
  if (!canManageOfficer(actor, o)) throw new AppError('FORBIDDEN', '没有管理该执法人员档案的权限');
}

export async function setOfficerPhoto(
  deps: Deps,
  files: FileStore,
  actor: Actor,
  officerId: string,
  buf: Buffer,
  fileName: string | null,
  ip: string | null,
): Promise<void> {
  await assertMayChangePhoto(deps, actor, officerId);
  const stored = await files.put(buf, { policy: PHOTO_POLICY, name: fileName });
  await mutateOfficer(deps, actor, officerId, ip, {
    action: 'officer.photo',
    version: null,
    apply: async (_tx, o) => ({
      set: { photoFileId: stored.id },
      changes: { photo: { before: o.photoFileId, after: stored.id }, mime: stored.mime, size: stored.size },
      result: undefined,
    }),
  });
}

/** The photo's bytes and type, or 404 when out of scope or there is none. */
export async function officerPhoto(
  deps: Deps,
  files: FileStore,
  actor: Actor,
  officerId: string,
): Promise<{ buf: Buffer; mime: string; ext: string }> {
  const o = await getOfficer(deps.db, officerId);
  if (!o || !canSeeOfficer(actor, o)) throw notFound('执法人员');
  const buf = o.photoFileId ? await files.get(o.photoFileId) : null;
  if (!buf) throw notFound('照片');
  // Re-checked on the way out too: what is served is exactly what the policy allows.
  const inspected = await inspectUpload(buf, PHOTO_POLICY);
  return { buf, mime: inspected.mime, ext: inspected.kind };
}
