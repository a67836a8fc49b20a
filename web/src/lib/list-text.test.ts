import { describe, expect, it } from 'vitest';
import { joinList, splitList } from './list-text';

describe('a list typed as one text', () => {
  it('splits on Chinese and Latin separators and drops blanks', () => {
    expect(splitList('8.5.1；8.7, 9.1.1，10.2、7.5\n4.4;')).toEqual(['8.5.1', '8.7', '9.1.1', '10.2', '7.5', '4.4']);
    expect(splitList('  ；  ')).toEqual([]);
    expect(splitList('GB/T 19001-2016')).toEqual(['GB/T 19001-2016']);
  });
  it('joins back so that splitting gives the same list', () => {
    const list = ['GB/T 19001-2016', '质量手册 A/0'];
    expect(splitList(joinList(list))).toEqual(list);
    expect(joinList([])).toBe('');
  });
});
