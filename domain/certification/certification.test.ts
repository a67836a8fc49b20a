import { describe, expect, it } from 'vitest';
import {
  certificateDatesProblem,
  certifyingBody,
  existingCertificateProblem,
  latestExpiryOn,
  surveillanceProblem,
  surveillanceState,
} from './certification.js';

describe('certificate dates (17021-1 §9.1.3: at most three years)', () => {
  const today = '2026-06-01';
  it('takes an expiry exactly three years after the issue and refuses one day more', () => {
    expect(latestExpiryOn('2026-05-10')).toBe('2029-05-10');
    expect(certificateDatesProblem({ issuedOn: '2026-05-10', expiresOn: '2029-05-10', today })).toBeNull();
    expect(certificateDatesProblem({ issuedOn: '2026-05-10', expiresOn: '2029-05-11', today })).toMatchObject({
      code: 'CERTIFICATE_VALIDITY_TOO_LONG',
      field: 'certificateExpiresOn',
      detail: '2029-05-10',
    });
  });
  it('refuses an expiry on or before the issue, an issue in the future and an unreal date', () => {
    expect(certificateDatesProblem({ issuedOn: '2026-05-10', expiresOn: '2026-05-10', today })?.code).toBe(
      'DATE_ORDER',
    );
    expect(certificateDatesProblem({ issuedOn: '2026-05-10', expiresOn: '2026-05-11', today })).toBeNull();
    expect(certificateDatesProblem({ issuedOn: '2026-06-02', expiresOn: '2027-06-01', today })?.code).toBe(
      'DATE_IN_FUTURE',
    );
    expect(certificateDatesProblem({ issuedOn: '2026-06-01', expiresOn: '2027-06-01', today })).toBeNull();
    expect(certificateDatesProblem({ issuedOn: '2026-02-30', expiresOn: '2027-06-01', today })?.code).toBe(
      'DATE_INVALID',
    );
  });
  it('clamps a leap day: issued 2024-02-29 may run to 2027-02-28', () => {
    expect(latestExpiryOn('2024-02-29')).toBe('2027-02-28');
  });
});

describe('existing certificate', () => {
  const base = {
    certificateNumber: '00124Q31234R0S',
    bodyName: '某认证有限公司',
    issuedOn: '2024-03-01',
    expiresOn: '2027-02-28',
    nextAuditOn: '2026-03-01',
    today: '2026-06-01',
  };
  it('takes a complete record and names the missing or wrong field', () => {
    expect(existingCertificateProblem(base)).toBeNull();
    expect(existingCertificateProblem({ ...base, certificateNumber: ' ' })?.field).toBe('certificateNumber');
    expect(existingCertificateProblem({ ...base, bodyName: '' })?.field).toBe('bodyName');
    expect(existingCertificateProblem({ ...base, expiresOn: '2027-03-02' })).toMatchObject({
      code: 'CERTIFICATE_VALIDITY_TOO_LONG',
      field: 'expiresOn',
    });
    expect(existingCertificateProblem({ ...base, nextAuditOn: '2027-02-28' })).toBeNull();
    expect(existingCertificateProblem({ ...base, nextAuditOn: '2027-03-01' })).toMatchObject({
      code: 'DATE_ORDER',
      field: 'nextAuditOn',
    });
    expect(existingCertificateProblem({ ...base, nextAuditOn: '2024-03-01' })?.field).toBe('nextAuditOn');
  });
});

describe('who certifies', () => {
  it('only the applied-for body when there is an application, else the assisting body', () => {
    expect(certifyingBody({ appliedBodyId: 'b2', assistingBodyId: 'b1', actorBodyId: 'b2' })).toEqual({
      ok: true,
      bodyId: 'b2',
    });
    expect(certifyingBody({ appliedBodyId: 'b2', assistingBodyId: 'b1', actorBodyId: 'b1' })).toMatchObject({
      ok: false,
      problem: { code: 'CERTIFICATION_BODY_NOT_APPLIED_FOR' },
    });
    expect(certifyingBody({ appliedBodyId: null, assistingBodyId: 'b1', actorBodyId: 'b1' })).toEqual({
      ok: true,
      bodyId: 'b1',
    });
  });
});

describe('surveillance (17021-1 §9.6.2.2: within 12 months of the previous)', () => {
  const cert = { issuedOn: '2026-01-15', expiresOn: '2029-01-14' };
  it('is first due twelve months after the issue; the due day is on time, the day after is overdue', () => {
    expect(surveillanceState({ ...cert, held: [], today: '2027-01-15' })).toEqual({
      nextDueOn: '2027-01-15',
      nextKind: 'surveillance',
      status: 'valid',
      overdue: false,
    });
    expect(surveillanceState({ ...cert, held: [], today: '2027-01-16' }).overdue).toBe(true);
  });
  it('counts from the last surveillance held; the third year ends in the recertification by the expiry', () => {
    const held = [{ heldOn: '2026-12-01', result: 'maintained' as const }];
    expect(surveillanceState({ ...cert, held, today: '2027-01-20' })).toMatchObject({
      nextDueOn: '2027-12-01',
      overdue: false,
    });
    const two = [...held, { heldOn: '2028-01-20', result: 'maintained' as const }];
    expect(surveillanceState({ ...cert, held: two, today: '2028-06-01' })).toMatchObject({
      nextDueOn: '2029-01-14',
      nextKind: 'recertification',
    });
  });
  it('a suspension keeps the follow-up due; a withdrawal or the expiry ends it', () => {
    const suspended = [{ heldOn: '2026-12-01', result: 'suspended' as const }];
    expect(surveillanceState({ ...cert, held: suspended, today: '2027-12-02' })).toMatchObject({
      status: 'suspended',
      overdue: true,
    });
    const withdrawn = [{ heldOn: '2026-12-01', result: 'withdrawn' as const }];
    expect(surveillanceState({ ...cert, held: withdrawn, today: '2028-12-02' })).toMatchObject({
      status: 'withdrawn',
      nextDueOn: null,
      overdue: false,
    });
    expect(surveillanceState({ ...cert, held: [], today: '2029-01-15' }).status).toBe('expired');
  });
});

describe('a surveillance held', () => {
  const base = {
    heldOn: '2026-12-01',
    result: 'maintained',
    issuedOn: '2026-01-15',
    expiresOn: '2029-01-14',
    lastHeldOn: null,
    lastResult: null,
    today: '2027-01-01',
  };
  it('takes a dated result within the certificate and after the last one', () => {
    expect(surveillanceProblem(base)).toBeNull();
    expect(surveillanceProblem({ ...base, result: 'fine' })?.field).toBe('result');
    expect(surveillanceProblem({ ...base, heldOn: '2027-01-02' })?.code).toBe('DATE_IN_FUTURE');
    expect(surveillanceProblem({ ...base, heldOn: '2026-01-15' })?.code).toBe('DATE_ORDER');
    expect(surveillanceProblem({ ...base, lastHeldOn: '2026-12-01' })?.code).toBe('DATE_ORDER');
    expect(surveillanceProblem({ ...base, lastHeldOn: '2026-11-30', lastResult: 'withdrawn' })?.code).toBe(
      'CERTIFICATE_WITHDRAWN',
    );
  });
});
