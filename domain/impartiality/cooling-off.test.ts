import { describe, expect, it } from 'vitest';
import { addYears, impartialityConflicts } from './cooling-off.js';

describe('impartiality cooling-off (000 §三; 17021-1 §4.2.4 b)', () => {
  const relations = [
    { userId: 'wang', fromOn: '2026-06-05', toOn: '2026-11-18' },
    { userId: 'zheng', fromOn: '2026-06-05', toOn: null },
  ];

  it('bars an assisting expert during the assistance and for two years after it, and not after', () => {
    expect(impartialityConflicts(relations, ['wang'], '2026-11-18')).toHaveLength(1);
    expect(impartialityConflicts(relations, ['wang'], '2028-11-17')[0]).toMatchObject({
      userId: 'wang',
      clearOn: '2028-11-18',
    });
    expect(impartialityConflicts(relations, ['wang'], '2028-11-18')).toEqual([]);
  });

  it('bars an ongoing assistance whatever the date; ignores people not asked about and relations not yet begun', () => {
    expect(impartialityConflicts(relations, ['zheng'], '2040-01-01')[0]).toMatchObject({ clearOn: null });
    expect(impartialityConflicts(relations, ['li'], '2027-01-01')).toEqual([]);
    expect(impartialityConflicts(relations, ['wang'], '2026-06-04')).toEqual([]);
  });

  it('takes a configurable period', () => {
    expect(impartialityConflicts(relations, ['wang'], '2027-11-18', 1)).toEqual([]);
    expect(impartialityConflicts(relations, ['wang'], '2027-11-17', 1)).toHaveLength(1);
  });

  it('adds years on the calendar', () => {
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-12-31', 2)).toBe('2028-12-31');
  });
});
