import { describe, expect, it } from 'vitest';
import { chinaDateTime } from './china-time.js';

describe('chinaDateTime', () => {
  it('is UTC+8', () => expect(chinaDateTime(new Date('2026-05-01T02:30:00Z'))).toBe('2026-05-01 10:30'));
  it('crosses midnight into the next China day', () => {
    expect(chinaDateTime(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31 23:59');
    expect(chinaDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00');
  });
});
