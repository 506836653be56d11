/**
 * The citizen's attachments: PDF, JPEG or PNG only, at most 10 MB each and 5 in all. The type is decided from the
 * bytes (platform/files/inspect.ts, as for evidence files) and the name's extension must say the same, so a
 * disguised file is refused; a PDF with scripts or embedded files too. All files are checked before anything is stored.
 */
import path from 'node:path';
import { COMPLAINT_ATTACHMENT_LIMITS } from '@quanze/contracts';
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors.ts';
import { checkFileName, FILE_KINDS, inspectUpload, type FileKind } from '../../platform/files/inspect.ts';
import { complaintFilePolicy } from './complaints.config.ts';

const EXTENSIONS: Record<string, FileKind> = { pdf: 'pdf', jpg: 'jpg', jpeg: 'jpg', png: 'png' };
const PDF_ACTIVE = /\/(JavaScript|JS|Launch|EmbeddedFile|RichMedia)\b/;
const MB = 1024 * 1024;

export interface IncomingFile {
  buf: Buffer;
  fileName: string;
}
export interface CheckedFile extends IncomingFile {
  kind: FileKind;
  mime: string;
  size: number;
}

export async function checkAttachment(file: IncomingFile, index: number): Promise<CheckedFile> {
  const which = `第${index + 1}个附件（${file.fileName}）`;
  try {
    checkFileName(file.fileName);
    const inspected = await inspectUpload(file.buf, complaintFilePolicy, file.fileName);
    const ext = path.extname(file.fileName).slice(1).toLowerCase();
    const claimed = EXTENSIONS[ext];
    if (!claimed)
      throw new AppError(
        'FILE_TYPE_REJECTED',
        `附件的扩展名应为 .pdf、.jpg、.jpeg 或 .png（${ext ? `收到 .${ext}` : '文件名没有扩展名'}）`,
      );
    if (claimed !== inspected.kind) {
      throw new AppError(
        'FILE_TYPE_REJECTED',
        `文件扩展名 .${ext} 与实际内容（${FILE_KINDS[inspected.kind].label}）不符，疑似伪装文件，已拒绝`,
      );
    }
    if (inspected.kind === 'pdf' && PDF_ACTIVE.test(file.buf.toString('latin1'))) {
      throw new AppError('FILE_CONTENT_REJECTED', 'PDF 中含有脚本、启动动作或嵌入文件，不能作为附件提交');
    }
    return { ...file, fileName: path.basename(file.fileName), ...inspected };
  } catch (err) {
    if (err instanceof AppError) throw new AppError(err.code, `${which}：${err.message}`, { fieldErrors: { attachments: [err.message] } });
    throw err;
  }
}

/**
 * Reads the whole multipart form: text fields and up to five files, each cut off at 10 MB (the excess is an error,
 * never silently truncated). Nothing is written anywhere here.
 */
export async function readComplaintForm(req: FastifyRequest): Promise<{ fields: Record<string, string>; files: IncomingFile[] }> {
  if (!req.isMultipart()) throw new AppError('BAD_REQUEST', '请以 multipart/form-data 提交表单');
  const fields: Record<string, string> = {};
  const files: IncomingFile[] = [];
  const { maxFiles, maxFileBytes } = COMPLAINT_ATTACHMENT_LIMITS;
  try {
    for await (const part of req.parts({ limits: { fileSize: maxFileBytes, files: maxFiles, fields: 20, fieldSize: 20_000, parts: 30 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'attachments') {
          await part.toBuffer();
          throw new AppError('BAD_REQUEST', '附件字段名应为 attachments');
        }
        const buf = await part.toBuffer();
        if (buf.length === 0 && !part.filename) continue; // an empty file input
        files.push({ buf, fileName: part.filename || '附件' });
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('FILE_TOO_LARGE', `每个附件不得超过 ${maxFileBytes / MB} MB`, {
        fieldErrors: { attachments: [`每个附件不得超过 ${maxFileBytes / MB} MB`] },
      });
    }
    if (code === 'FST_FILES_LIMIT') {
      throw new AppError('BAD_REQUEST', `附件最多 ${maxFiles} 个`, { fieldErrors: { attachments: [`附件最多 ${maxFiles} 个`] } });
    }
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_REQ_FIELD_TOO_LARGE' || code === 'FST_PROTO_VIOLATION') {
      throw new AppError('BAD_REQUEST', '表单内容过多或格式不正确');
    }
    throw err;
  }
  return { fields, files };
}
