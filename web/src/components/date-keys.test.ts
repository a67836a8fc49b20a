import { describe, expect, it, vi } from 'vitest';
import { keepEnterInDateField } from './date-keys';

describe('keepEnterInDateField', () => {
  it('stops Enter from submitting the form', () => {
    const preventDefault = vi.fn();
    keepEnterInDateField({ key: 'Enter', preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });
  it('leaves every other key alone', () => {
    const preventDefault = vi.fn();
    for (const key of ['Tab', 'Escape', '1', '-', 'ArrowDown']) keepEnterInDateField({ key, preventDefault });
    expect(preventDefault).not.toHaveBeenCalled();
  });
});
