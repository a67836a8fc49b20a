import { describe, expect, it } from 'vitest';
import { checkAssignment, checkPair, loadWithPair } from './pair-check.js';

const expert = {
  id: 'x',
  categories: ['18', '19'],
  regionCode: '320321',
  capacity: 2,
  unavailable: [{ from: '2026-07-01', to: '2026-07-31' }],
};
const ok = {
  expert,
  enterprise: { id: 'a', category: '18', regionCode: '320321' },
  conflicted: false,
  onDate: '2026-06-30',
  loadWithPair: 2,
};

describe('checkPair (warn on every broken rule or preference)', () => {
  it('finds nothing wrong with a same-county pair of the expert’s category within capacity', () => {
    expect(checkPair(ok)).toEqual({ hard: [], soft: [] });
  });
  it('names each hard rule broken', () => {
    expect(checkPair({ ...ok, enterprise: { ...ok.enterprise, category: '03' } }).hard).toEqual(['SPECIALTY_MISMATCH']);
    expect(checkPair({ ...ok, conflicted: true }).hard).toEqual(['DECLARED_CONFLICT']);
    expect(checkPair({ ...ok, onDate: '2026-07-01' }).hard).toEqual(['EXPERT_UNAVAILABLE']);
    expect(checkPair({ ...ok, onDate: '2026-07-31' }).hard).toEqual(['EXPERT_UNAVAILABLE']);
    expect(checkPair({ ...ok, onDate: '2026-08-01' }).hard).toEqual([]);
    expect(checkPair({ ...ok, loadWithPair: 3 }).hard).toEqual(['CAPACITY_EXCEEDED']);
  });
  it('warns on another province as a preference, not a hard rule (seed 000 §一 尽量不跨地区)', () => {
    expect(checkPair({ ...ok, enterprise: { ...ok.enterprise, regionCode: '120101' } })).toEqual({
      hard: [],
      soft: ['OUTSIDE_PROVINCE'],
    });
  });
  it('warns on crossing a county or a city (seed 000 §一 尽量不跨地区) without making it hard', () => {
    expect(checkPair({ ...ok, enterprise: { ...ok.enterprise, regionCode: '320322' } })).toEqual({
      hard: [],
      soft: ['OTHER_COUNTY'],
    });
    expect(checkPair({ ...ok, enterprise: { ...ok.enterprise, regionCode: '321002' } })).toEqual({
      hard: [],
      soft: ['OTHER_CITY'],
    });
  });
  it('reports several at once', () => {
    expect(
      checkPair({
        ...ok,
        conflicted: true,
        loadWithPair: 3,
        enterprise: { id: 'a', category: '01', regionCode: '321002' },
      }),
    ).toEqual({
      hard: ['SPECIALTY_MISMATCH', 'DECLARED_CONFLICT', 'CAPACITY_EXCEEDED'],
      soft: ['OTHER_CITY'],
    });
  });
});

describe('checkAssignment (a direct assignment keeps the same rules)', () => {
  it('is checkPair for an expert with a profile', () => {
    expect(checkAssignment({ ...ok, enterprise: { ...ok.enterprise, category: '33' } })).toEqual({
      hard: ['SPECIALTY_MISMATCH'],
      soft: [],
    });
    expect(checkAssignment(ok)).toEqual({ hard: [], soft: [] });
  });
  it('counts an expert without a profile as a specialty mismatch (no recorded categories)', () => {
    expect(checkAssignment({ ...ok, expert: null })).toEqual({ hard: ['SPECIALTY_MISMATCH'], soft: [] });
    expect(checkAssignment({ ...ok, expert: null, conflicted: true }).hard).toEqual([
      'SPECIALTY_MISMATCH',
      'DECLARED_CONFLICT',
    ]);
  });
});

describe('loadWithPair', () => {
  const rows = [
    { participationId: 'a', expertUserId: 'x', source: 'solver' },
    { participationId: 'b', expertUserId: 'x', source: 'manual' },
    { participationId: 'c', expertUserId: 'x', source: 'existing' }, // already in the outside load
    { participationId: 'd', expertUserId: 'y', source: 'solver' },
  ];
  it('adds the other planned rows on the expert and this one to the outside load', () => {
    expect(loadWithPair(1, rows, 'd', 'x')).toBe(4);
    expect(loadWithPair(1, rows, 'a', 'x')).toBe(3); // moving a row already on them does not count it twice
    expect(loadWithPair(0, rows, 'a', 'z')).toBe(1);
  });
});
