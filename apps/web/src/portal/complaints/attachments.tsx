/**
 * 附件: PDF, JPG and PNG up to the server's limits, checked here first so a phone does not upload 10 MB only to be
 * refused. The server decides by the bytes, not the name; these checks only save the citizen a wasted upload.
 */
import { useId, useRef } from 'react';
import { fileSize } from './form-bits.tsx';

export interface AttachmentLimits {
  maxFiles: number;
  maxFileBytes: number;
  mimeTypes: string[];
}

/** Mirrors COMPLAINT_ATTACHMENT_LIMITS, used until the form settings arrive. */
export const DEFAULT_LIMITS: AttachmentLimits = { maxFiles: 5, maxFileBytes: 10 * 1024 * 1024, mimeTypes: ['application/pdf', 'image/jpeg', 'image/png'] };

const TYPE_NAMES: Record<string, string> = { 'application/pdf': 'PDF', 'image/jpeg': 'JPG', 'image/png': 'PNG' };
const EXTENSIONS: Record<string, string[]> = { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] };

const typeNames = (limits: AttachmentLimits) => limits.mimeTypes.map((t) => TYPE_NAMES[t] ?? t).join('、');

function allowed(file: File, limits: AttachmentLimits): boolean {
  if (limits.mimeTypes.includes(file.type)) return true;
  // Some phones give no type for a picked file: fall back to the name.
  const name = file.name.toLowerCase();
  return !file.type && limits.mimeTypes.some((t) => (EXTENSIONS[t] ?? []).some((ext) => name.endsWith(ext)));
}

/** The files to keep, and a Chinese message for each one refused. */
export function checkFiles(current: File[], picked: File[], limits: AttachmentLimits): { files: File[]; problems: string[] } {
  const files = [...current];
  const problems: string[] = [];
  for (const f of picked) {
    if (!allowed(f, limits)) problems.push(`“${f.name}”不是 ${typeNames(limits)} 文件`);
    else if (f.size > limits.maxFileBytes) problems.push(`“${f.name}”超过 ${fileSize(limits.maxFileBytes)}`);
    else if (f.size === 0) problems.push(`“${f.name}”是空文件`);
    else if (files.length >= limits.maxFiles) problems.push(`最多上传 ${limits.maxFiles} 个附件，“${f.name}”未添加`);
    else files.push(f);
  }
  return { files, problems };
}

interface Props {
  files: File[];
  limits: AttachmentLimits;
  problems: string[];
  serverError?: string | undefined;
  onPick: (picked: File[]) => void;
  onRemove: (index: number) => void;
  /** The citizen accepts sending the complaint without the refused files. */
  onDismiss: () => void;
}

export function AttachmentsField({ files, limits, problems, serverError, onPick, onRemove, onDismiss }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const errors = [...problems, ...(serverError ? [serverError] : [])];
  return (
    <div className="qz-pc-field">
      <label htmlFor={id}>附件（可选）</label>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={limits.mimeTypes.flatMap((t) => [t, ...(EXTENSIONS[t] ?? [])]).join(',')}
        aria-describedby={`${id}-hint`}
        data-testid="complaint-files"
        onChange={(e) => {
          onPick(Array.from(e.target.files ?? []));
          // Let the same file be picked again after it was removed.
          e.target.value = '';
        }}
      />
      <div id={`${id}-hint`} className="qz-pc-hint">
        可上传照片、票据、文书等证明材料：{typeNames(limits)} 格式，每个不超过 {fileSize(limits.maxFileBytes)}，最多 {limits.maxFiles} 个。
      </div>
      {files.length ? (
        <ul className="qz-pc-files" aria-label="已选附件">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} data-testid="complaint-file">
              <span>
                {f.name}（{fileSize(f.size)}）
              </span>
              <button type="button" className="qz-pc-small-btn" onClick={() => onRemove(i)} aria-label={`移除附件 ${f.name}`}>
                移除
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {errors.map((p) => (
        <div key={p} className="qz-pc-error" role="alert">
          {p}
        </div>
      ))}
      {problems.length ? (
        // Until the citizen decides, the form is not sent: a complaint must not silently go without its evidence.
        <div className="qz-pc-hint" data-testid="complaint-file-problems">
          以上文件未添加，提交前请重新选择符合要求的文件，或
          <button type="button" className="qz-pc-small-btn" onClick={onDismiss} data-testid="complaint-files-dismiss">
            不附这些文件
          </button>
        </div>
      ) : null}
    </div>
  );
}
