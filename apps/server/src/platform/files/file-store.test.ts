/** The file store decides type by bytes and refuses what lies about itself (SECURITY.md battery 15). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeExe, makeJpeg, makePng, makeZip, SCRIPTED_SVG, xlsxEntries } from '../../../test/support/file-fixtures.ts';
import { sm3Hex } from '../crypto.ts';
import { AppError } from '../errors.ts';
import { createFileStore } from './file-store.ts';
import { inspectUpload, type UploadPolicy } from './inspect.ts';

const PHOTO: UploadPolicy = { label: '照片', maxBytes: 2 * 1024 * 1024, kinds: ['jpg', 'png'], maxImageSide: 4000 };
const SHEET: UploadPolicy = {
  label: '名册',
  maxBytes: 1024 * 1024,
  kinds: ['xlsx'],
  zip: { maxEntries: 50, maxTotalBytes: 1024 * 1024, maxRatio: 100 },
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quanze-files-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function refusal(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('inspectUpload', () => {
  it('accepts real PNG and JPEG images and names their type from the bytes', async () => {
    expect(await inspectUpload(makePng(), PHOTO, 'a.png')).toEqual({ kind: 'png', mime: 'image/png', size: makePng().length });
    expect((await inspectUpload(makeJpeg(), PHOTO, '证件照.JPG')).kind).toBe('jpg');
    // The name does not decide: a PNG called .jpg is still a PNG.
    expect((await inspectUpload(makePng(), PHOTO, 'photo.jpg')).mime).toBe('image/png');
  });

  it('refuses an exe renamed .jpg, a scripted SVG, HTML and text as files of another type', async () => {
    for (const buf of [makeExe(), SCRIPTED_SVG, Buffer.from('<html><script>alert(1)</script></html>'), Buffer.from('hello')]) {
      const r = await refusal(inspectUpload(buf, PHOTO, 'photo.jpg'));
      expect(r.code).toBe('FILE_TYPE_REJECTED');
      expect(r.message).toMatch(/^照片只接受JPEG 图片、PNG 图片/);
    }
    expect((await refusal(inspectUpload(makeExe(), PHOTO))).message).toContain('实际为 exe 文件');
  });

  it('refuses polyglots: data after IEND / EOI, markup hidden in an image', async () => {
    const zip = makeZip([{ name: 'a.html', data: Buffer.from('<script>x</script>') }]);
    expect((await refusal(inspectUpload(Buffer.concat([makePng(), zip]), PHOTO))).code).toBe('FILE_CONTENT_REJECTED');
    expect((await refusal(inspectUpload(Buffer.concat([makeJpeg(), Buffer.from('<?php system($_GET[1]); ?>')]), PHOTO))).code).toBe(
      'FILE_CONTENT_REJECTED',
    );
    const r = await refusal(inspectUpload(makeJpeg('<script>alert(1)</script>'), PHOTO));
    expect(r).toEqual({ code: 'FILE_CONTENT_REJECTED', message: '照片中含有网页或脚本内容（疑似伪装文件）' });
    expect((await refusal(inspectUpload(makePng(2, 2, '<svg onload=alert(1)>'), PHOTO))).code).toBe('FILE_CONTENT_REJECTED');
  });

  it('refuses oversize and empty files, truncated images and huge dimensions', async () => {
    const big = Buffer.concat([makePng(), Buffer.alloc(PHOTO.maxBytes)]);
    expect(await refusal(inspectUpload(big, PHOTO))).toEqual({ code: 'FILE_TOO_LARGE', message: '照片不得超过 2 MB' });
    expect((await refusal(inspectUpload(Buffer.alloc(0), PHOTO))).message).toBe('照片文件为空');
    expect((await refusal(inspectUpload(makePng().subarray(0, 40), PHOTO))).code).toBe('FILE_CONTENT_REJECTED');
    expect((await refusal(inspectUpload(makePng(5000, 1), PHOTO))).message).toContain('尺寸过大');
  });

  it('refuses names that try to be paths', async () => {
    for (const name of ['../../etc/passwd', 'a/b.png', 'a\\b.png', 'x\u0000.png']) {
      expect((await refusal(inspectUpload(makePng(), PHOTO, name))).code).toBe('FILE_NAME_REJECTED');
    }
  });

  it('accepts a well-formed xlsx and refuses zip bombs, lying headers, traversal and appended data', async () => {
    expect((await inspectUpload(makeZip(xlsxEntries()), SHEET, '名册.xlsx')).kind).toBe('xlsx');
    // An image is not a workbook, whatever it is called.
    expect((await refusal(inspectUpload(makePng(), SHEET, '名册.xlsx'))).code).toBe('FILE_TYPE_REJECTED');
    const bomb = makeZip(xlsxEntries([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(5 * 1024 * 1024) }]));
    expect(bomb.length).toBeLessThan(SHEET.maxBytes);
    expect((await refusal(inspectUpload(bomb, SHEET))).message).toMatch(/压缩比异常|上限/);
    const liar = makeZip(xlsxEntries([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(600 * 1024), declaredSize: 1000 }]));
    expect((await refusal(inspectUpload(liar, SHEET))).message).toContain('疑似压缩炸弹');
    const slip = makeZip(xlsxEntries([{ name: 'xl/../../evil.sh', data: Buffer.from('rm -rf /') }]));
    expect((await refusal(inspectUpload(slip, SHEET))).message).toContain('不合法的路径');
    const appended = Buffer.concat([makeZip(xlsxEntries()), Buffer.from('<script>x</script>')]);
    expect((await refusal(inspectUpload(appended, SHEET))).code).toBe('FILE_CONTENT_REJECTED');
  });
});

describe('createFileStore', () => {
  const store = createFileStore(dir);

  it('stores by SM3 of the content under ab/cd/<hash>, 0600, and dedupes', async () => {
    const png = makePng(3, 3);
    const a = await store.put(png, { policy: PHOTO, name: 'a.png' });
    const b = await store.put(png, { policy: PHOTO, name: 'b.png' });
    expect(a).toEqual({ id: sm3Hex(png), size: png.length, mime: 'image/png', kind: 'png' });
    expect(b.id).toBe(a.id);
    const file = path.join(dir, a.id.slice(0, 2), a.id.slice(2, 4), a.id);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(await store.get(a.id)).toEqual(png);
  });

  it('stores nothing that fails the checks', async () => {
    const exe = makeExe();
    await expect(store.put(exe, { policy: PHOTO, name: 'photo.jpg' })).rejects.toMatchObject({ code: 'FILE_TYPE_REJECTED' });
    expect(await store.get(sm3Hex(exe))).toBeNull();
  });

  it('answers null for unknown or malformed ids and throws when stored bytes were changed', async () => {
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.get('../../etc/passwd')).toBeNull();
    const jpg = makeJpeg('hello');
    const { id } = await store.put(jpg, { policy: PHOTO });
    const file = path.join(dir, id.slice(0, 2), id.slice(2, 4), id);
    const tampered = Buffer.from(jpg);
    tampered[30] = tampered[30]! ^ 0xff;
    fs.writeFileSync(file, tampered);
    await expect(store.get(id)).rejects.toThrow(/integrity/);
  });
});
