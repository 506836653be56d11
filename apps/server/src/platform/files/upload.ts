/**
 * Reading one uploaded file from a multipart request, within the policy's size limit, with Chinese errors.
 * @fastify/multipart is registered by the route plugins that accept uploads (or once globally — either works).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';
import type { UploadPolicy } from './inspect.ts';

export async function registerMultipart(app: FastifyInstance): Promise<void> {
  if (app.hasContentTypeParser('multipart/form-data')) return;
  // preservePath: see the name as sent, so that a `../` name is refused (checkFileName) rather than silently trimmed.
  await app.register(multipart, { preservePath: true, limits: { files: 1, fields: 10, parts: 12, fieldSize: 1024, headerPairs: 50 } });
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;

/** The bytes and the client's file name (for display only; the type is decided from the bytes). */
export async function readUpload(req: FastifyRequest, policy: UploadPolicy): Promise<{ buf: Buffer; fileName: string | null }> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST', `请以 multipart/form-data 上传${policy.label}`);
  try {
    const part = await req.file({ limits: { fileSize: policy.maxBytes, files: 1 } });
    if (!part) throw new AppError('BAD_REQUEST', `请选择要上传的${policy.label}`);
    const buf = await part.toBuffer();
    return { buf, fileName: part.filename || null };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('FILE_TOO_LARGE', `${policy.label}不得超过 ${megabytes(policy.maxBytes)}`);
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT') throw new AppError('BAD_REQUEST', `一次只能上传一个${policy.label}`);
    throw err;
  }
}
