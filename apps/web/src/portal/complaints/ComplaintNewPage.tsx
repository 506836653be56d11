import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { isApiError } from '../../app/api.ts';
import { useComplaintForm, useSubmitComplaint, type ComplaintFields, type ComplaintKindValue, type SubmitComplaintResponse } from './api.ts';
import { AttachmentsField, checkFiles, DEFAULT_LIMITS } from './attachments.tsx';
import './complaints.css';
import { Field, type FieldA11y } from './form-bits.tsx';
import { TrackingCodeCard } from './TrackingCodeCard.tsx';
import { serverFieldErrors, validateComplaint, type FieldErrors } from './validate.ts';

const KINDS: { value: ComplaintKindValue; label: string; hint: string }[] = [
  { value: 'complaint', label: '投诉', hint: '认为执法行为侵害了您的合法权益' },
  { value: 'report', label: '举报', hint: '反映违法违规行为或执法人员违纪违法' },
  { value: 'petition', label: '信访', hint: '提出建议、意见或诉求' },
];

const EMPTY: ComplaintFields = { kind: '', contactName: '', contactPhone: '', contactEmail: '', about: '', subject: '', text: '' };

/**
 * 在线投诉举报 (no login, phone first): the form with its checks next to each field; on success the tracking code,
 * shown once. Plain HTML controls keep the portal light on a phone.
 */
export function ComplaintNewPage() {
  const { data: settings } = useComplaintForm();
  const submit = useSubmitComplaint();
  const [fields, setFields] = useState<ComplaintFields>(EMPTY);
  const [consent, setConsent] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const [fileProblems, setFileProblems] = useState<string[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<SubmitComplaintResponse | null>(null);
  const top = useRef<HTMLDivElement>(null);
  const limits = settings ?? DEFAULT_LIMITS;

  usePortalTitle('在线投诉举报');

  const set = (name: keyof ComplaintFields) => (value: string) => {
    setFields((f) => ({ ...f, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };

  // A refusal of the attachments (ours or the server's) no longer applies once the citizen removed or dropped the
  // files; the banner goes with it when nothing else is wrong.
  const clearAttachmentError = () => {
    if (!errors.attachments) return;
    const rest: FieldErrors = { ...errors, attachments: undefined };
    setErrors(rest);
    if (!Object.values(rest).some(Boolean)) setBanner(null);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBanner(null);
    const found = validateComplaint(fields, consent);
    // A refused attachment blocks sending until the citizen picks a valid file or drops it knowingly.
    if (fileProblems.length) found.attachments = '有附件未能添加，请重新选择或确认不附这些文件';
    setErrors(found);
    if (Object.keys(found).length) {
      setBanner('请按提示修改后再提交。');
      top.current?.scrollIntoView({ block: 'start' });
      return;
    }
    try {
      const r = await submit.mutateAsync({ fields, files });
      setReceipt(r);
      window.scrollTo({ top: 0 });
    } catch (err) {
      const byField = isApiError(err) ? serverFieldErrors(err.fieldErrors) : {};
      setErrors(byField);
      setBanner(err instanceof Error ? err.message : '提交失败，请稍后再试');
      top.current?.scrollIntoView({ block: 'start' });
    }
  };

  const text = (name: keyof ComplaintFields, props: { type?: string; maxLength: number; autoComplete?: string; inputMode?: 'tel' | 'email' | 'text' }) =>
    (a11y: FieldA11y) => (
        <input
          {...a11y}
          type={props.type ?? 'text'}
          value={fields[name]}
          maxLength={props.maxLength}
          autoComplete={props.autoComplete ?? 'off'}
          inputMode={props.inputMode}
          onChange={(e) => set(name)(e.target.value)}
          data-testid={`complaint-${name}`}
        />
    );

  return (
    <main className="qz-portal-inner qz-portal-page qz-portal-narrow">
      <div className="qz-portal-crumb" ref={top}>
        <Link to="/portal">首页</Link> / <Link to="/portal/complaints">投诉举报</Link> / 在线投诉举报
      </div>
      <h2 className="qz-portal-page-title">在线投诉举报</h2>
      {receipt ? (
        <TrackingCodeCard receipt={receipt} />
      ) : (
        <>
          <p className="qz-pc-hint" style={{ marginTop: 0 }}>
            {settings?.notice ?? '对行政执法行为的投诉、举报和信访事项，本局依法登记、办理并答复。标 * 的为必填项。'}
          </p>
          {banner ? (
            <div className="qz-pc-banner qz-pc-banner-error" role="alert" data-testid="complaint-error" style={{ marginBottom: 12 }}>
              {banner}
            </div>
          ) : null}
          <form className="qz-pc-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-label="投诉举报表单">
            <fieldset className="qz-pc-field" style={{ border: 0, margin: 0, padding: 0 }} aria-describedby={errors.kind ? 'kind-error' : undefined}>
              <legend className="qz-pc-legend">
                事项类型<span className="qz-pc-req" aria-hidden>*</span>
              </legend>
              <div className="qz-pc-kinds" role="radiogroup" aria-label="事项类型">
                {KINDS.map((k) => (
                  <label key={k.value} title={k.hint}>
                    <input
                      type="radio"
                      name="kind"
                      value={k.value}
                      checked={fields.kind === k.value}
                      onChange={() => set('kind')(k.value)}
                      data-testid={`complaint-kind-${k.value}`}
                    />
                    {settings?.kinds.find((x) => x.value === k.value)?.label ?? k.label}
                  </label>
                ))}
              </div>
              <div className="qz-pc-hint">{KINDS.find((k) => k.value === fields.kind)?.hint ?? '投诉、举报或信访，请选择一项'}</div>
              {errors.kind ? (
                <div id="kind-error" className="qz-pc-error" role="alert">
                  {errors.kind}
                </div>
              ) : null}
            </fieldset>
            <Field id="contactName" label="姓名（名称）" required error={errors.contactName}>
              {text('contactName', { maxLength: 50, autoComplete: 'name' })}
            </Field>
            <Field id="contactPhone" label="手机号码" error={errors.contactPhone} hint="手机号码和电子邮箱至少填写一项，用于告知受理和办理结果。">
              {text('contactPhone', { type: 'tel', maxLength: 20, autoComplete: 'tel', inputMode: 'tel' })}
            </Field>
            <Field id="contactEmail" label="电子邮箱" error={errors.contactEmail}>
              {text('contactEmail', { type: 'email', maxLength: 200, autoComplete: 'email', inputMode: 'email' })}
            </Field>
            <Field id="about" label="反映对象" error={errors.about} hint="被投诉、举报的单位或执法人员（如知道）。">
              {text('about', { maxLength: 200 })}
            </Field>
            <Field id="subject" label="标题" required error={errors.subject}>
              {text('subject', { maxLength: 100 })}
            </Field>
            <Field
              id="text"
              label="事项内容"
              required
              error={errors.text}
              hint={`请写明时间、地点、经过和您的诉求（${fields.text.length} / 5000 字）。`}
            >
              {(a11y) => (
                <textarea {...a11y} value={fields.text} maxLength={5000} onChange={(e) => set('text')(e.target.value)} data-testid="complaint-text" />
              )}
            </Field>
            <AttachmentsField
              files={files}
              limits={limits}
              problems={fileProblems}
              serverError={errors.attachments}
              onPick={(picked) => {
                const r = checkFiles(files, picked, limits);
                setFiles(r.files);
                setFileProblems(r.problems);
                setErrors((x) => ({ ...x, attachments: undefined }));
              }}
              onRemove={(i) => {
                setFiles((fs) => fs.filter((_, j) => j !== i));
                setFileProblems([]);
                clearAttachmentError();
              }}
              onDismiss={() => {
                setFileProblems([]);
                clearAttachmentError();
              }}
            />
            <div>
              <label className="qz-pc-consent">
                <input
                  type="checkbox"
                  checked={consent}
                  onChange={(e) => {
                    setConsent(e.target.checked);
                    setErrors((x) => ({ ...x, consent: undefined }));
                  }}
                  aria-invalid={Boolean(errors.consent)}
                  data-testid="complaint-consent"
                />
                <span>
                  本人承诺所反映的情况客观真实，对所提供材料的真实性负责；同意本局为办理本事项使用以上联系方式，个人信息依法保密，不向被反映人透露。
                </span>
              </label>
              {errors.consent ? (
                <div className="qz-pc-error" role="alert">
                  {errors.consent}
                </div>
              ) : null}
            </div>
            <button type="submit" className="qz-pc-btn" disabled={submit.isPending} data-testid="complaint-submit">
              {submit.isPending ? '正在提交…' : '提交'}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
