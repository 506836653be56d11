import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ErrorBody } from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import type { FileStore } from '../../platform/files/file-store.ts';
import { sendAttachment } from '../../platform/files/send-file.ts';
import { readUpload, registerMultipart } from '../../platform/files/upload.ts';
import { assertMayChangePhoto, officerPhoto, PHOTO_POLICY, setOfficerPhoto } from './set-officer-photo.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody, 413: ErrorBody, 415: ErrorBody };
const tags = ['officers'];
const Id = z.object({ id: z.uuid('执法人员不存在') });

/** Officer files kept in the file store: the photo (PUT multipart `file`, GET as an attachment). */
export function officerFileRoutes(deps: Deps, files: FileStore): FastifyPluginAsyncZod {
  return async (app) => {
    await registerMultipart(app);

    app.put(
      '/officers/:id/photo',
      {
        schema: {
          tags,
          summary: '上传执法人员照片（JPEG/PNG，≤ 2 MB，按文件内容校验）',
          consumes: ['multipart/form-data'],
          params: Id,
          response: { 204: z.null(), ...errors },
        },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        await assertMayChangePhoto(deps, actor, req.params.id);
        const { buf, fileName } = await readUpload(req, PHOTO_POLICY);
        await setOfficerPhoto(deps, files, actor, req.params.id, buf, fileName, req.ip);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/officers/:id/photo',
      { schema: { tags, summary: '执法人员照片（附件下载）', params: Id, produces: ['image/jpeg', 'image/png'] } },
      async (req, reply) => {
        const photo = await officerPhoto(deps, files, requirePermission(req, 'officer:read'), req.params.id);
        return sendAttachment(reply, photo.buf, { mime: photo.mime, fileName: `photo-${req.params.id}.${photo.ext}` });
      },
    );
  };
}
