import { describe, expect, it } from 'vitest';
import { regionLabel } from './regions.ts';

describe('regionLabel', () => {
  it('names the Jiangsu division codes certificates use', () => {
    expect(regionLabel('320100')).toBe('南京市');
    expect(regionLabel('320102')).toBe('南京市玄武区');
    expect(regionLabel('320000')).toBe('江苏省');
  });
  it('leaves an unknown code or a label in words as written', () => {
    expect(regionLabel('110105')).toBe('110105');
    expect(regionLabel('示例市全域')).toBe('示例市全域');
  });
});
