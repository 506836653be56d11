import { useState, type FormEvent } from 'react';

/** The labels of the five ratings (packages/domain SURVEY_RATING_LABELS, repeated to keep the domain out of this chunk). */
const RATINGS: { value: number; label: string }[] = [
  { value: 5, label: '非常满意' },
  { value: 4, label: '满意' },
  { value: 3, label: '基本满意' },
  { value: 2, label: '不满意' },
  { value: 1, label: '很不满意' },
];
const MAX_COMMENT = 500;

interface Props {
  pending: boolean;
  error: Error | null;
  onSubmit: (rating: number, comment: string) => void;
  onBack: () => void;
}

/** 1–5 as a radio group of stars (keyboard and screen readers get the labels), and an optional comment. */
export function RatingForm({ pending, error, onSubmit, onBack }: Props) {
  const [rating, setRating] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const length = [...comment.trim()].length;
  const tooLong = length > MAX_COMMENT;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissing(rating === null);
    if (rating === null || tooLong) return;
    onSubmit(rating, comment.trim());
  };

  return (
    <form className="qz-sv-form" onSubmit={submit} noValidate aria-label="满意度评议">
      <fieldset className="qz-sv-stars" aria-describedby={missing ? 'qz-sv-rating-error' : undefined}>
        <legend>
          您对本次办理的评价<span className="qz-sv-req">*</span>
        </legend>
        {RATINGS.map((r) => (
          <label
            key={r.value}
            className={`qz-sv-star${rating === r.value ? ' qz-sv-star-on' : ''}`}
            data-testid={`survey-rating-${r.value}`}
          >
            <input type="radio" name="rating" value={r.value} checked={rating === r.value} onChange={() => setRating(r.value)} />
            <span aria-hidden="true" className="qz-sv-star-icons">
              {'★'.repeat(r.value)}
              <span className="qz-sv-star-off">{'★'.repeat(5 - r.value)}</span>
            </span>
            <span className="qz-sv-star-label">
              {r.value}分 · {r.label}
            </span>
          </label>
        ))}
        {missing ? (
          <div id="qz-sv-rating-error" className="qz-sv-error" role="alert">
            请选择评分
          </div>
        ) : null}
      </fieldset>
      <label htmlFor="qz-sv-comment">意见建议（选填）</label>
      <textarea
        id="qz-sv-comment"
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        rows={5}
        placeholder="请勿填写姓名、身份证号码、电话等个人信息"
        aria-invalid={tooLong}
        aria-describedby="qz-sv-count"
        data-testid="survey-comment"
      />
      <div id="qz-sv-count" className={tooLong ? 'qz-sv-error' : 'qz-sv-hint'} aria-live="polite">
        {length}/{MAX_COMMENT}字{tooLong ? '，评语不超过500字' : ''}
      </div>
      {error ? (
        <div className="qz-sv-banner qz-sv-banner-error" role="alert" data-testid="survey-error">
          {error.message}
        </div>
      ) : null}
      <div className="qz-sv-row">
        <button type="submit" className="qz-sv-btn" disabled={pending} data-testid="survey-submit">
          {pending ? '提交中…' : '提交评价'}
        </button>
        <button type="button" className="qz-sv-btn qz-sv-btn-ghost" onClick={onBack}>
          重新输入评价码
        </button>
      </div>
    </form>
  );
}
