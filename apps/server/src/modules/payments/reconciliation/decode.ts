/**
 * The bytes of an uploaded reconciliation file → text. Banks and the 非税收入 system export CSV as UTF-8 (often with
 * a BOM) or GBK; anything that is not plain text (a renamed spreadsheet, a PDF, an image: detected by magic bytes
 * or NUL bytes) is refused. Nothing is executed or evaluated: cells are read as text only.
 */
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../../../platform/errors.ts';
import { checkFileName } from '../../../platform/files/inspect.ts';

export const RECONCILIATION_MAX_BYTES = 5 * 1024 * 1024;

export async function decodeReconciliationFile(buf: Buffer, fileName: string | null): Promise<{ text: string; encoding: 'UTF-8' | 'GBK' }> {
  checkFileName(fileName);
  if (buf.length === 0) throw new AppError('FILE_CONTENT_REJECTED', '对账文件为空');
  if (buf.length > RECONCILIATION_MAX_BYTES) throw new AppError('FILE_TOO_LARGE', '对账文件不得超过 5 MB');
  const detected = await fileTypeFromBuffer(buf);
  if (detected || buf.includes(0)) {
    throw new AppError(
      'FILE_TYPE_REJECTED',
      `对账文件只接受 CSV 文本文件（按文件内容识别，${detected ? `实际为 ${detected.ext} 文件` : '含有二进制内容'}）`,
    );
  }
  const body = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gbk').decode(body), encoding: 'GBK' };
  }
}
