import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { usePortalTitle } from '../title.ts';
import { useSubmitSurvey, useSurveyLookup, type SurveySubjectDto } from './api.ts';
import { RatingForm } from './RatingForm.tsx';
import './survey.css';

/**
 * 满意度评议: the party types the one-time 评价码 handed over when the case or complaint was closed, sees what it
 * rates (the case number or "a complaint", the department — nothing personal), picks 1–5 and may leave a comment.
 * Plain HTML controls keep the portal's chunks small; mobile first.
 */
export function SurveyPage() {
  const lookup = useSurveyLookup();
  const submit = useSubmitSurvey();
  const [code, setCode] = useState('');
  const [empty, setEmpty] = useState(false);
  const [subject, setSubject] = useState<{ code: string; dto: SurveySubjectDto } | null>(null);

  usePortalTitle('满意度评议');

  const onLookup = (e: FormEvent) => {
    e.preventDefault();
    const value = code.trim();
    setEmpty(!value);
    if (!value) return;
    lookup.mutate(value, { onSuccess: (dto) => setSubject({ code: value, dto }) });
  };

  if (submit.isSuccess) {
    return (
      <Frame>
        <div className="qz-sv-banner qz-sv-banner-ok" role="status" data-testid="survey-done">
          <strong>评价已提交</strong>
          <p>{submit.data.message}。您的评价不记录姓名、联系方式等个人信息，仅用于改进行政执法工作。</p>
        </div>
        <Link to="/portal" className="qz-sv-link">
          返回首页
        </Link>
      </Frame>
    );
  }

  if (subject) {
    return (
      <Frame>
        <SubjectCard dto={subject.dto} />
        <RatingForm
          pending={submit.isPending}
          error={submit.error}
          onSubmit={(rating, comment) => submit.mutate({ code: subject.code, rating, comment })}
          onBack={() => {
            submit.reset();
            setSubject(null);
          }}
        />
      </Frame>
    );
  }

  return (
    <Frame>
      <p className="qz-sv-hint" style={{ marginTop: 0 }}>
        案件结案或投诉举报、信访事项办结时，承办部门会交给您一个评价码（12位，字母不区分大小写，可省略短横线）。每个评价码只能使用一次，有效期30日。
      </p>
      <form className="qz-sv-form" onSubmit={onLookup} aria-label="输入评价码" noValidate>
        <label htmlFor="qz-sv-code">评价码</label>
        <div className="qz-sv-row">
          <input
            id="qz-sv-code"
            type="text"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder="如 ABCD-EFGH-JKMN"
            maxLength={40}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            inputMode="text"
            aria-invalid={empty || lookup.isError}
            aria-describedby="qz-sv-code-msg"
            data-testid="survey-code"
          />
          <button type="submit" className="qz-sv-btn" disabled={lookup.isPending} data-testid="survey-lookup">
            {lookup.isPending ? '核对中…' : '下一步'}
          </button>
        </div>
        <div id="qz-sv-code-msg" aria-live="polite">
          {empty ? (
            <div className="qz-sv-error" role="alert">
              请输入评价码
            </div>
          ) : lookup.error ? (
            <div className="qz-sv-error" role="alert" data-testid="survey-lookup-error">
              {lookup.error.message}
            </div>
          ) : null}
        </div>
      </form>
    </Frame>
  );
}

function Frame({ children }: { children: ReactNode }) {
  return (
    <main className="qz-portal-inner qz-portal-page qz-portal-narrow">
      <div className="qz-portal-crumb">
        <Link to="/portal">首页</Link> / 满意度评议
      </div>
      <h2 className="qz-portal-page-title">满意度评议</h2>
      {children}
    </main>
  );
}

function SubjectCard({ dto }: { dto: SurveySubjectDto }) {
  return (
    <dl className="qz-sv-subject" data-testid="survey-subject">
      <dt>评价事项</dt>
      <dd>{dto.subjectKind === 'case' ? `行政处罚案件 ${dto.subjectLabel}` : dto.subjectLabel}</dd>
      <dt>承办部门</dt>
      <dd>{dto.departmentName}</dd>
      <dt>办结日期</dt>
      <dd>{dto.closedOn}</dd>
      <dt>评价截止</dt>
      <dd>{dto.validUntil}</dd>
    </dl>
  );
}
