import { describe, expect, it } from 'vitest';
import {
  assistedIn,
  formatWan,
  issuingLevelOf,
  parseWan,
  periodIsOrdered,
  policiesIn,
  statisticsFigures,
  sumWan,
  withinPeriod,
  type AssistedFact,
  type PolicyFact,
} from './statistics.js';

const TRAINING = {
  online: { personTimes: 3, enterprises: 2 },
  offline: { personTimes: 4, enterprises: 1 },
  total: { personTimes: 7, enterprises: 2 },
};

describe('amounts in 万元 (002 Annex 2 row 1)', () => {
  it('parses up to four places, never negative, never more places', () => {
    expect(parseWan('0')).toBe(0n);
    expect(parseWan('12.5')).toBe(125_000n);
    expect(parseWan('0.0001')).toBe(1n);
    expect(parseWan('9999999999.9999')).toBe(99_999_999_999_999n);
    for (const bad of ['-1', '1.00001', '', '.5', '1.', '1e3', '１', ' 1']) expect(parseWan(bad), bad).toBeNull();
  });
  it('formats without trailing zeros', () => {
    expect(formatWan(0n)).toBe('0');
    expect(formatWan(125_000n)).toBe('12.5');
    expect(formatWan(30_001n)).toBe('3.0001');
  });
  it('sums exactly (no binary floating point), reading stored numerics with padding', () => {
    expect(sumWan(['0.1', '0.2'])).toBe('0.3');
    expect(sumWan(['12.5000', '3.2500', null, '0'])).toBe('15.75');
    expect(sumWan([])).toBe('0');
    expect(() => sumWan(['-1'])).toThrow();
  });
});

describe('issuing level of a bureau’s own region', () => {
  it('follows the GB/T 2260 level', () => {
    expect(issuingLevelOf('000000')).toBe('national');
    expect(issuingLevelOf('320000')).toBe('provincial');
    expect(issuingLevelOf('320300')).toBe('city');
    expect(issuingLevelOf('320321')).toBe('county');
  });
});

describe('the period (cumulative since the campaign began)', () => {
  it('holds both ends, and an open start', () => {
    expect(withinPeriod('2026-05-01', { from: '2026-05-01', to: '2026-05-01' })).toBe(true);
    expect(withinPeriod('2026-04-30', { from: '2026-05-01' })).toBe(false);
    expect(withinPeriod('2026-05-02', { to: '2026-05-01' })).toBe(false);
    expect(withinPeriod('1999-01-01', {})).toBe(true);
    expect(periodIsOrdered({ from: '2026-05-02', to: '2026-05-01' })).toBe(false);
    expect(periodIsOrdered({ from: '2026-05-01', to: '2026-05-01' })).toBe(true);
    expect(periodIsOrdered({ to: '2026-05-01' })).toBe(true);
  });
});

const policy = (id: string, regionCode: string, issuedOn: string, subsidyWan = '0'): PolicyFact => ({
  id,
  regionCode,
  issuedOn,
  subsidyWan,
  creditWan: '0',
  feesWaivedWan: '0',
});
const assisted = (
  participationId: string,
  regionCode: string,
  industryCode: string,
  bodyId: string | null,
  assignedOn = '2026-06-01',
  enterpriseId = participationId,
): AssistedFact => ({ participationId, enterpriseId, regionCode, industryCode, bodyId, assignedOn });

describe('region and period of the facts', () => {
  it('takes the region’s subtree, never a neighbour or a sibling city', () => {
    const facts = [
      policy('xz', '320300', '2026-05-01'),
      policy('fx', '320321', '2026-05-01'),
      policy('px', '320322', '2026-05-01'),
      policy('nj', '320100', '2026-05-01'),
    ];
    expect(policiesIn(facts, '320300', {}).map((f) => f.id)).toEqual(['xz', 'fx', 'px']);
    expect(policiesIn(facts, '320321', {}).map((f) => f.id)).toEqual(['fx']);
    expect(policiesIn(facts, '320000', {}).map((f) => f.id)).toEqual(['xz', 'fx', 'px', 'nj']);
    expect(policiesIn(facts, '320300', { to: '2026-04-30' })).toEqual([]);
  });
  it('counts an assisted enterprise on the day it was assigned', () => {
    const facts = [
      assisted('a', '320321', '18', 'b1', '2026-06-01'),
      assisted('b', '320100', '18', 'b1', '2026-06-02'),
    ];
    expect(assistedIn(facts, '320300', { from: '2026-06-01', to: '2026-06-01' }).map((f) => f.participationId)).toEqual(
      ['a'],
    );
    expect(assistedIn(facts, '320300', { from: '2026-06-02' })).toEqual([]);
  });
});

describe('the figures', () => {
  it('counts each row of the table', () => {
    const figures = statisticsFigures({
      policies: [policy('p1', '320300', '2026-05-01', '12.5'), policy('p2', '320321', '2026-05-02', '3.25')],
      assisted: [
        assisted('a', '320321', '18', 'b1'),
        assisted('b', '320321', '18', 'b2'),
        assisted('c', '320303', '03', 'b1'),
        // the same enterprise in a second campaign counts once
        assisted('c2', '320303', '03', 'b1', '2026-07-01', 'c'),
      ],
      training: TRAINING,
    });
    expect(figures.policies).toEqual({ count: 2, subsidyWan: '15.75', creditWan: '0', feesWaivedWan: '0' });
    expect(figures.training).toEqual(TRAINING);
    expect(figures.assisted.enterprises).toBe(3);
    expect(figures.assisted.industries).toEqual([
      { code: '03', nameZh: '食品、饮料和烟草', nameEn: 'Food products, beverages and tobacco', enterprises: 1 },
      { code: '18', nameZh: '机械及设备', nameEn: expect.any(String), enterprises: 2 },
    ]);
    expect(figures.bodies).toEqual([
      { bodyId: 'b1', enterprises: 2 },
      { bodyId: 'b2', enterprises: 1 },
    ]);
  });
  it('answers zeros on no facts', () => {
    const zero = { personTimes: 0, enterprises: 0 };
    const figures = statisticsFigures({
      policies: [],
      assisted: [],
      training: { online: zero, offline: zero, total: zero },
    });
    expect(figures.policies.count).toBe(0);
    expect(figures.policies.subsidyWan).toBe('0');
    expect(figures.assisted).toEqual({ enterprises: 0, industries: [] });
    expect(figures.bodies).toEqual([]);
  });
  it('leaves an enterprise without a body out of row 4 only', () => {
    const figures = statisticsFigures({
      policies: [],
      assisted: [assisted('a', '320321', '18', null)],
      training: TRAINING,
    });
    expect(figures.assisted.enterprises).toBe(1);
    expect(figures.bodies).toEqual([]);
  });
});
