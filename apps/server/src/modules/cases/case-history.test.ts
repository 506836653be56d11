import { describe, expect, it } from 'vitest';
import { displayNameOf, historyLabel } from './case-history.ts';

describe('操作记录 labels and names', () => {
  it('names every action in Chinese, never by its code', () => {
    expect(historyLabel('case.fileCase')).toBe('立案');
    expect(historyLabel('completeExecution')).toBe('执行完毕（罚没款缴清）');
    expect(historyLabel('case.document.generate')).toBe('生成执法文书');
    expect(historyLabel('case.somethingNew')).toBe('其他操作');
  });

  it("shows the actor's name without the login name", () => {
    expect(displayNameOf('张伟（officer1）')).toBe('张伟');
    expect(displayNameOf('王建国')).toBe('王建国');
    expect(displayNameOf('李（明）')).toBe('李（明）');
    expect(displayNameOf(null)).toBeNull();
  });
});
