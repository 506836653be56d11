import { describe, expect, it } from 'vitest';
import { makeNormativeArticle } from '../legal-basis/legal-fixtures.ts';
import { checkListDraft, checkListTransition, nextListVersionNo, versionsSupersededBy, type PowerListVersion } from './list-workflow.ts';
import { LAW_47, makePower, TODAY } from './power-fixtures.ts';

const draft: PowerListVersion = {
  id: 'v2',
  subjectId: 'bureau',
  versionNo: 2,
  status: 'draft',
  draftedBy: 'u-drafter',
  approvedBy: null,
  approvedOn: null,
  publishedOn: null,
};
const approved: PowerListVersion = { ...draft, status: 'approved', approvedBy: 'u-leader', approvedOn: '2026-05-18' };
const leader = { actorId: 'u-leader', actorRoles: ['leader'] as const, date: TODAY };
const articles = new Map([
  [LAW_47.id, LAW_47],
  ['art-notice-5', makeNormativeArticle()],
]);

describe('power list approval (drafted → approved → published)', () => {
  it('a leader approves a clean draft', () => {
    expect(checkListTransition(draft, 'approve', { ...leader, draftProblems: [] })).toEqual({ ok: true, to: 'approved' });
  });

  it.each([
    ['approve', draft, { ...leader, actorRoles: ['supervisor'] as const }, 'LIST_ROLE_NOT_ALLOWED'],
    ['approve', draft, { ...leader, actorId: 'u-drafter' }, 'LIST_SELF_APPROVAL'],
    ['approve', approved, leader, 'LIST_TRANSITION_NOT_ALLOWED'],
    ['publish', draft, leader, 'LIST_TRANSITION_NOT_ALLOWED'],
    ['publish', approved, { ...leader, date: '2026-05-17' }, 'LIST_PUBLISH_BEFORE_APPROVAL'],
    ['publish', approved, { ...leader, actorRoles: ['departmentHead'] as const }, 'LIST_ROLE_NOT_ALLOWED'],
    ['return', approved, leader, 'LIST_REASON_REQUIRED'],
    ['discard', draft, { ...leader, reason: '  ' }, 'LIST_REASON_REQUIRED'],
  ] as const)('%s from %o is refused: %s', (action, version, context, code) => {
    expect(checkListTransition(version, action, context)).toMatchObject({ ok: false, code });
  });

  it('publishes, returns and discards with the right roles', () => {
    expect(checkListTransition(approved, 'publish', { ...leader, actorRoles: ['supervisor'] })).toEqual({ ok: true, to: 'published' });
    expect(checkListTransition(approved, 'return', { ...leader, reason: '依据需更新' })).toEqual({ ok: true, to: 'draft' });
    expect(checkListTransition(draft, 'discard', { ...leader, actorRoles: ['departmentHead'], reason: '重复起草' })).toEqual({
      ok: true,
      to: 'discarded',
    });
  });

  it('blocks approval of a draft with a penalty resting on a 规范性文件 (第十六条)', () => {
    const bad = makePower({
      id: 'p9',
      code: 'CF-LS-009',
      basis: [{ law: '某市通知', article: '第五条', gist: '', articleIds: ['art-notice-5'] }],
    });
    const problems = checkListDraft([makePower(), bad], articles, TODAY);
    expect(problems.map((p) => [p.powerId, p.code, p.blocking])).toEqual([['p9', 'PENALTY_BASIS_NORMATIVE_ONLY', true]]);
    const r = checkListTransition(draft, 'approve', { ...leader, draftProblems: problems });
    expect(r).toMatchObject({ ok: false, code: 'LIST_DRAFT_HAS_PROBLEMS', basis: { article: '第十六条' } });
  });

  it('checks codes: unique, matching the category; unlinked basis shown but not blocking', () => {
    const problems = checkListDraft(
      [
        makePower(),
        makePower({ id: 'p2' }),
        makePower({ id: 'p3', code: 'XK-LS-001' }),
        makePower({ id: 'p4', code: 'CF-LS-004', basis: [{ law: '律师法', article: '第四十七条', gist: '', articleIds: [] }] }),
      ],
      articles,
      TODAY,
    );
    expect(problems.map((p) => [p.powerId, p.code, p.blocking])).toEqual([
      ['p2', 'DUPLICATE_CODE', true],
      ['p3', 'CODE_CATEGORY_MISMATCH', true],
      ['p4', 'BASIS_NOT_LINKED', false],
    ]);
  });

  it('versions: numbered per subject, publishing supersedes the published one', () => {
    const v1: PowerListVersion = { ...draft, id: 'v1', versionNo: 1, status: 'published', publishedOn: '2025-01-01' };
    const other: PowerListVersion = { ...v1, id: 'o1', subjectId: 'other' };
    expect(nextListVersionNo([v1, draft, other], 'bureau')).toBe(3);
    expect(nextListVersionNo([], 'bureau')).toBe(1);
    expect(versionsSupersededBy({ ...approved, status: 'published' }, [v1, approved, other])).toEqual(['v1']);
  });
});
