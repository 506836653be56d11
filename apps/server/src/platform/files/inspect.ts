/**
 * What an upload really is, decided from its bytes (ASVS 5.2.1–5.2.3, SECURITY.md battery 15): the size limit, the
 * type by magic bytes (`file-type`) — never by the name or the client's Content-Type — the structure of the
 * container (nothing hidden after a PNG's IEND or a JPEG's EOI, no markup or script inside an image), and for zip
 * containers the zip-bomb check. Anything else is refused with a Chinese message; nothing is ever executed.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../errors.ts';
import { checkZipArchive, DEFAULT_ZIP_LIMITS, hasControlChar, type ZipLimits } from './zip-guard.ts';

export const FILE_KINDS = {
  jpg: { mime: 'image/jpeg', label: 'JPEG 图片' },
  png: { mime: 'image/png', label: 'PNG 图片' },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel 工作簿（.xlsx）' },
  // evidence files (modules/evidence)
  pdf: { mime: 'application/pdf', label: 'PDF 文档' },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', label: 'Word 文档（.docx）' },
  mp4: { mime: 'video/mp4', label: 'MP4 视频' },
  mp3: { mime: 'audio/mpeg', label: 'MP3 音频' },
} as const;
export type FileKind = keyof typeof FILE_KINDS;

export interface UploadPolicy {
  /** What users call the file: 照片, 名册 … */
  label: string;
  maxBytes: number;
  kinds: readonly FileKind[];
  zip?: ZipLimits;
  /** Largest width or height of an image, in pixels. */
  maxImageSide?: number;
}

export interface InspectedFile {
  kind: FileKind;
  mime: string;
  size: number;
}

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`;
const rejected = (message: string) => new AppError('FILE_CONTENT_REJECTED', message);

/**
 * Markup or code that has no business inside an image: the usual image/HTML, image/SVG and image/PHP polyglots.
 * Each pattern is long enough that compressed pixel data matches it by chance about once in 10⁴ photos or less.
 */
const ACTIVE_CONTENT = /<(script|iframe|object|embed)[\s>/]|<(html|svg|body)[\s>]|<\?php|javascript:/i;

/** A name shown to people only; refused when it tries to name a path or hides control characters. */
export function checkFileName(name: string | null | undefined): void {
  if (name === null || name === undefined || name === '') return;
  if (name.length > 255 || /[/\\]/.test(name) || name.includes('..') || hasControlChar(name)) {
    throw new AppError('FILE_NAME_REJECTED', '文件名不合法（不得包含路径或控制字符）');
  }
}

function checkPng(buf: Buffer, policy: UploadPolicy): void {
  let p = 8;
  let first = true;
  for (;;) {
    if (p + 12 > buf.length) throw rejected(`${policy.label}文件结构不完整`);
    const len = buf.readUInt32BE(p);
    const type = buf.toString('latin1', p + 4, p + 8);
    if (first) {
      if (type !== 'IHDR' || len !== 13) throw rejected(`${policy.label}文件结构不正确`);
      const side = Math.max(buf.readUInt32BE(p + 8), buf.readUInt32BE(p + 12));
      if (policy.maxImageSide !== undefined && side > policy.maxImageSide)
        throw rejected(`${policy.label}尺寸过大（宽或高超过 ${policy.maxImageSide} 像素）`);
      first = false;
    }
    const next = p + 12 + len;
    if (next > buf.length) throw rejected(`${policy.label}文件结构不完整`);
    if (type === 'IEND') {
      if (next !== buf.length) throw rejected(`${policy.label}文件末尾附带了其他数据（疑似伪装文件）`);
      return;
    }
    p = next;
  }
}

function checkJpeg(buf: Buffer, policy: UploadPolicy): void {
  if (buf.length < 4 || buf[buf.length - 2] !== 0xff || buf[buf.length - 1] !== 0xd9) {
    throw rejected(`${policy.label}文件不完整或末尾附带了其他数据（疑似伪装文件）`);
  }
}

/**
 * Checks an upload against a policy and tells what it is. Throws FILE_TOO_LARGE, FILE_TYPE_REJECTED,
 * FILE_CONTENT_REJECTED or FILE_NAME_REJECTED.
 */
export async function inspectUpload(buf: Buffer, policy: UploadPolicy, name?: string | null): Promise<InspectedFile> {
  checkFileName(name);
  const allowed = policy.kinds.map((k) => FILE_KINDS[k].label).join('、');
  if (buf.length === 0) throw rejected(`${policy.label}文件为空`);
  if (buf.length > policy.maxBytes) throw new AppError('FILE_TOO_LARGE', `${policy.label}不得超过 ${megabytes(policy.maxBytes)}`);
  const detected = await fileTypeFromBuffer(buf);
  const kind = policy.kinds.find((k) => detected?.ext === k && detected.mime === FILE_KINDS[k].mime);
  if (!kind) {
    const what = detected ? `实际为 ${detected.ext} 文件` : '无法识别的文件类型';
    throw new AppError('FILE_TYPE_REJECTED', `${policy.label}只接受${allowed}（按文件内容识别，${what}）`);
  }
  if (kind === 'png') checkPng(buf, policy);
  if (kind === 'jpg') checkJpeg(buf, policy);
  if ((kind === 'png' || kind === 'jpg') && ACTIVE_CONTENT.test(buf.toString('latin1'))) {
    throw rejected(`${policy.label}中含有网页或脚本内容（疑似伪装文件）`);
  }
  if (kind === 'xlsx' || kind === 'docx') await checkZipArchive(buf, policy.zip ?? DEFAULT_ZIP_LIMITS);
  return { kind, mime: FILE_KINDS[kind].mime, size: buf.length };
}
