import { describe, expect, it } from 'vitest';
import { bodyTarget, checkTargets, districtTarget } from './targets.js';

describe('case targets (000 §(四), 001 §五(一))', () => {
  it('a body: 0 below, 1 and 2 met, 3 above', () => {
    expect([0, 1, 2, 3].map(bodyTarget)).toEqual(['below', 'met', 'met', 'above']);
  });
  it('a district: 0 below, 1 met', () => {
    expect([0, 1, 5].map(districtTarget)).toEqual(['below', 'met', 'met']);
  });
  it('the jurisdiction meets its targets only when every body and district does', () => {
    expect(checkTargets({ bodies: [{ key: 'b', cases: 3 }], districts: [{ key: '320321', cases: 1 }] }).met).toBe(true);
    const c = checkTargets({
      bodies: [{ key: 'b', cases: 1 }],
      districts: [
        { key: '320321', cases: 1 },
        { key: '320322', cases: 0 },
      ],
    });
    expect(c.met).toBe(false);
    expect(c.districts[1]).toEqual({ key: '320322', cases: 0, status: 'below' });
    expect(checkTargets({ bodies: [], districts: [] }).met).toBe(true);
  });
});
