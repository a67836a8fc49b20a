import { describe, expect, it } from 'vitest';
import { REFERENCE_NUMBER_PATTERN, referenceNumber } from './reference-number.js';

describe('referenceNumber', () => {
  it('pads the serial to six digits', () => {
    expect(referenceNumber(2027, 1)).toBe('SQ-2027-000001');
    expect(referenceNumber(2027, 999_999)).toBe('SQ-2027-999999');
  });
  it('grows past six digits rather than repeat', () => {
    expect(referenceNumber(2027, 1_000_000)).toBe('SQ-2027-1000000');
    expect(REFERENCE_NUMBER_PATTERN.test(referenceNumber(2027, 1_000_000))).toBe(true);
  });
  it('refuses a serial or year that cannot be one', () => {
    expect(() => referenceNumber(2027, 0)).toThrow(RangeError);
    expect(() => referenceNumber(2027, 1.5)).toThrow(RangeError);
    expect(() => referenceNumber(27, 1)).toThrow(RangeError);
  });
  it('matches only its own shape', () => {
    expect(REFERENCE_NUMBER_PATTERN.test('SQ-2027-000123')).toBe(true);
    expect(REFERENCE_NUMBER_PATTERN.test('SQ-2027-12345')).toBe(false);
    expect(REFERENCE_NUMBER_PATTERN.test('sq-2027-000123')).toBe(false);
  });
});
