import { describe, expect, it } from 'vitest';
import { checkQuota, quotaProgress } from './quota.js';

describe('checkQuota (seed 004: 3–5 per city; campaign totals)', () => {
  it('allows up to the total and refuses one more', () => {
    expect(checkQuota({ enterprises: 2 }, ['320321'], '320321')).toEqual({ ok: true });
    expect(checkQuota({ enterprises: 2 }, ['320321', '320303'], '320321')).toEqual({
      ok: false,
      exceeded: 'total',
      limit: 2,
    });
  });

  it('counts a sub-region quota only for enterprises inside it', () => {
    const targets = { quotas: { '320321': 1, '320300': 3 } };
    expect(checkQuota(targets, ['320303'], '320321')).toEqual({ ok: true });
    expect(checkQuota(targets, ['320321'], '320321')).toEqual({ ok: false, exceeded: '320321', limit: 1 });
    expect(checkQuota(targets, ['320303', '320302', '320324'], '320303')).toEqual({
      ok: false,
      exceeded: '320300',
      limit: 3,
    });
    expect(checkQuota(targets, ['120101', '120116'], '120101')).toEqual({ ok: true });
  });

  it('has no limit when the campaign sets none', () => {
    expect(checkQuota({}, Array(500).fill('320321'), '320321')).toEqual({ ok: true });
  });

  it('reports progress per quota', () => {
    expect(quotaProgress({ quotas: { '320321': 5 } }, ['320321', '320303', '320321'])).toEqual([
      { regionCode: '320321', limit: 5, selected: 2 },
    ]);
  });
});
