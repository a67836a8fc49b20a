import { describe, expect, it } from 'vitest';
import { auditPeriod } from './period.js';

describe('auditPeriod', () => {
  it('starts at midnight China time of the first day', () => {
    expect(auditPeriod('2026-05-01')).toEqual({ start: new Date('2026-04-30T16:00:00Z') });
  });

  it('ends at midnight China time after the last day, so the whole last day is included', () => {
    expect(auditPeriod(undefined, '2026-05-31')).toEqual({ end: new Date('2026-05-31T16:00:00Z') });
    expect(auditPeriod(undefined, '2026-12-31')).toEqual({ end: new Date('2026-12-31T16:00:00Z') });
    expect(auditPeriod(undefined, '2024-02-28')).toEqual({ end: new Date('2024-02-28T16:00:00Z') });
  });

  it('takes one day as from = to', () => {
    expect(auditPeriod('2026-06-01', '2026-06-01')).toEqual({
      start: new Date('2026-05-31T16:00:00Z'),
      end: new Date('2026-06-01T16:00:00Z'),
    });
  });

  it('refuses a range whose start is after its end', () => {
    expect(auditPeriod('2026-06-02', '2026-06-01')).toBeNull();
  });

  it('is open without dates', () => {
    expect(auditPeriod()).toEqual({});
  });
});
