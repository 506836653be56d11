/**
 * Zip containers (.xlsx) are checked before any library opens them (ASVS 5.2.3): the central directory must be
 * well-formed and end the file (nothing appended), no entry may escape with `..` or be encrypted or a macro, and
 * every entry is actually inflated under a byte budget — so a header that lies about sizes cannot hide a zip bomb.
 */
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { AppError } from '../errors.ts';

const inflateRaw = promisify(zlib.inflateRaw);

export interface ZipLimits {
  maxEntries: number;
  /** Sum of the inflated sizes of all entries. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed, per entry, above which an entry larger than 1 MB counts as a bomb. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 2_000, maxTotalBytes: 100 * 1024 * 1024, maxRatio: 500 };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const broken = (detail: string) => new AppError('FILE_CONTENT_REJECTED', `文件内容不合规：${detail}`);

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (buf.readUInt32LE(i) === EOCD && i + 22 + buf.readUInt16LE(i + 20) === buf.length) return i;
  }
  return -1;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  localOffset: number;
}

function readCentralDirectory(buf: Buffer, limits: ZipLimits): Entry[] {
  if (buf.length < 22) throw broken('压缩结构不完整');
  const eocd = findEndOfCentralDirectory(buf);
  if (eocd < 0) throw broken('压缩结构不完整或文件末尾附带了其他数据');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw broken('不支持 ZIP64 格式');
  if (count > limits.maxEntries) throw broken(`包含的条目过多（超过 ${limits.maxEntries} 个）`);
  if (cdOffset + cdSize !== eocd) throw broken('压缩目录位置异常');
  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw broken('压缩目录损坏');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    entries.push({
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      compressed: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
      name: buf.toString('utf8', p + 46, p + 46 + nameLen),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (p !== eocd) throw broken('压缩目录长度异常');
  return entries;
}

/** C0 control characters and DEL: never part of a legitimate file or entry name. */
export const hasControlChar = (name: string): boolean => [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

function checkName(name: string): void {
  if (name.startsWith('/') || name.includes('\\') || name.split('/').includes('..') || hasControlChar(name)) {
    throw broken('包含不合法的路径');
  }
  if (/vbaProject\.bin$/i.test(name) || /\.(exe|dll|bat|cmd|js|vbs|ps1|sh)$/i.test(name)) throw broken('包含宏或可执行内容');
}

/** Throws FILE_CONTENT_REJECTED unless every entry inflates to its declared size within the limits. */
export async function checkZipArchive(buf: Buffer, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<void> {
  const entries = readCentralDirectory(buf, limits);
  let total = 0;
  for (const e of entries) {
    checkName(e.name);
    if (e.flags & 0x1) throw broken('包含加密条目');
    if (e.size > 1024 * 1024 && e.size > e.compressed * limits.maxRatio) throw broken('压缩比异常（疑似压缩炸弹）');
    total += e.size;
    if (total > limits.maxTotalBytes) throw broken(`解压后超过 ${Math.round(limits.maxTotalBytes / 1024 / 1024)} MB 上限`);
    const lo = e.localOffset;
    if (lo + 30 > buf.length || buf.readUInt32LE(lo) !== LOCAL) throw broken('压缩条目损坏');
    const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
    const end = start + e.compressed;
    if (end > buf.length) throw broken('压缩条目越界');
    const data = buf.subarray(start, end);
    let inflated: Buffer;
    if (e.method === 0) inflated = data;
    else if (e.method === 8) {
      try {
        // One byte over the declared size is enough to prove the header lies.
        inflated = await inflateRaw(data, { maxOutputLength: e.size + 1 });
      } catch {
        throw broken('解压失败或解压后大小与声明不符（疑似压缩炸弹）');
      }
    } else throw broken('使用了不支持的压缩方式');
    if (inflated.length !== e.size) throw broken('解压后大小与声明不符');
  }
}
