import { describe, expect, it } from 'vitest';
import { participationRegionCode, recordedEnterpriseProblem, type Enroller } from './application.js';

const XUZHOU_ENTERPRISE = { id: 'ent-xz', regionCode: '320321' }; // recorded in 丰县, 徐州
const REFUSED = { field: 'uscc', code: 'ENTERPRISE_NOT_ENROLLABLE' };

const bureau = (jurisdictionRegionCode: string | null): Enroller => ({ kind: 'bureau', jurisdictionRegionCode });

describe('recordedEnterpriseProblem (ADR 0004 applied to enrolment)', () => {
  it('refuses a bureau whose jurisdiction does not hold the recorded region, whatever campaign', () => {
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('120000'), '120000')).toEqual(REFUSED); // 天津 into 天津
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('320322'), '320300')).toEqual(REFUSED); // 沛县 into 徐州
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau(null), '320300')).toEqual(REFUSED);
  });

  it('lets the bureau of the region, or one above it, re-enrol', () => {
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('320321'), '320300')).toBeNull(); // 丰县 into 徐州's campaign
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('320300'), '320300')).toBeNull();
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('320000'), '320000')).toBeNull();
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('000000'), '320000')).toBeNull();
  });

  it('refuses even a bureau above when the campaign does not hold the recorded region', () => {
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('000000'), '120000')).toEqual(REFUSED);
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, bureau('320000'), '320200')).toEqual(REFUSED); // 江苏 into 无锡's campaign
  });

  it('takes the public form into a campaign only whose region holds the recorded region', () => {
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'public' }, '120000')).toEqual(REFUSED);
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'public' }, '320322')).toEqual(REFUSED);
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'public' }, '320321')).toBeNull();
    expect(recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'public' }, '320000')).toBeNull();
  });

  it("lets the enterprise's own contact enrol it anywhere, and another enterprise's contact only like the public", () => {
    expect(
      recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'own_enterprise', organizationId: 'ent-xz' }, '120000'),
    ).toBeNull();
    expect(
      recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'own_enterprise', organizationId: 'ent-other' }, '120000'),
    ).toEqual(REFUSED);
    expect(
      recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'own_enterprise', organizationId: 'ent-other' }, '320300'),
    ).toBeNull();
  });

  it('says nothing of the other record: one code, no detail, for any other region', () => {
    const answers = ['120000', '110000', '320200', '320322'].map((campaign) =>
      recordedEnterpriseProblem(XUZHOU_ENTERPRISE, { kind: 'public' }, campaign),
    );
    for (const a of answers) expect(a).toStrictEqual(REFUSED);
  });

  it('a record without a region is held by the country only', () => {
    expect(recordedEnterpriseProblem({ id: 'x', regionCode: null }, bureau('320300'), '320300')).toEqual(REFUSED);
    expect(recordedEnterpriseProblem({ id: 'x', regionCode: null }, bureau('000000'), '000000')).toBeNull();
  });
});

describe('participationRegionCode', () => {
  it('keeps the recorded region whatever an outsider typed', () => {
    expect(participationRegionCode({ regionCode: '320303' }, XUZHOU_ENTERPRISE, bureau('320300'))).toBe('320321');
    expect(participationRegionCode({ regionCode: '320303' }, XUZHOU_ENTERPRISE, { kind: 'public' })).toBe('320321');
  });
  it('takes the typed region for a new enterprise, or from the enterprise itself', () => {
    expect(participationRegionCode({ regionCode: '320303' }, undefined, bureau('320300'))).toBe('320303');
    expect(
      participationRegionCode({ regionCode: '120101' }, XUZHOU_ENTERPRISE, {
        kind: 'own_enterprise',
        organizationId: 'ent-xz',
      }),
    ).toBe('120101');
  });
});
