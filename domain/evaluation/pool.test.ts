import { describe, expect, it } from 'vitest';
import {
  batchDecision,
  memberQualificationRule,
  panelCompositionProblem,
  qualificationProblem,
  type Qualification,
} from './pool.js';

const auditor: Qualification = {
  kind: 'auditor',
  certificateNumber: 'CCAA-2024-001',
  issuingBody: '中国认证认可协会',
  validFrom: '2024-01-01',
  validUntil: '2026-12-31',
  recommendedBy: null,
  industries: [],
  regionCode: null,
};
const industry: Qualification = {
  kind: 'industry_expert',
  certificateNumber: null,
  issuingBody: null,
  validFrom: null,
  validUntil: null,
  recommendedBy: '徐州市机械行业协会',
  industries: ['C34'],
  regionCode: '320300',
};
const panel = { startsOn: '2026-10-20', endsOn: '2026-10-28' };

describe('003 §6.9.2 qualification records', () => {
  it('a) an auditor carries number, issuer and validity', () => {
    expect(qualificationProblem(auditor)).toBeNull();
    expect(qualificationProblem({ ...auditor, certificateNumber: ' ' })).toEqual({
      code: 'QUALIFICATION_INCOMPLETE',
      field: 'certificateNumber',
    });
    expect(qualificationProblem({ ...auditor, issuingBody: null })?.field).toBe('issuingBody');
    expect(qualificationProblem({ ...auditor, validUntil: null })?.field).toBe('validUntil');
    expect(qualificationProblem({ ...auditor, validUntil: '2023-12-31' })).toEqual({
      code: 'DATE_ORDER',
      field: 'validUntil',
    });
    expect(qualificationProblem({ ...auditor, validFrom: null })).toBeNull();
  });
  it('b) an industry expert carries the recommending body and industries', () => {
    expect(qualificationProblem(industry)).toBeNull();
    expect(qualificationProblem({ ...industry, recommendedBy: '' })?.field).toBe('recommendedBy');
    expect(qualificationProblem({ ...industry, industries: [] })?.field).toBe('industries');
  });
});

describe('a member is qualified on the panel dates', () => {
  it('refuses no record', () => expect(memberQualificationRule(null, panel)).toBe('no_qualification'));
  it('an auditor valid through the last day is qualified; one day short is not', () => {
    expect(memberQualificationRule({ ...auditor, validUntil: '2026-10-28' }, panel)).toBeNull();
    expect(memberQualificationRule({ ...auditor, validUntil: '2026-10-27' }, panel)).toBe('certificate_not_valid');
  });
  it('a certificate starting on the first day holds; one starting later does not', () => {
    expect(memberQualificationRule({ ...auditor, validFrom: '2026-10-20' }, panel)).toBeNull();
    expect(memberQualificationRule({ ...auditor, validFrom: '2026-10-21' }, panel)).toBe('certificate_not_valid');
  });
  it('an industry expert needs the recommendation', () => {
    expect(memberQualificationRule(industry, panel)).toBeNull();
    expect(memberQualificationRule({ ...industry, recommendedBy: null }, panel)).toBe('not_recommended');
  });
});

describe('panel composition', () => {
  it('needs at least one 评审员', () => {
    expect(panelCompositionProblem(['auditor'])).toBeNull();
    expect(panelCompositionProblem(['industry_expert', 'auditor'])).toBeNull();
    expect(panelCompositionProblem(['industry_expert'])).toEqual({
      code: 'PANEL_AUDITOR_REQUIRED',
      field: 'memberUserIds',
    });
    expect(panelCompositionProblem([])?.code).toBe('PANEL_AUDITOR_REQUIRED');
  });
});

describe('batch panels', () => {
  const clean = { participationId: 'a', refusals: [] };
  const refused = { participationId: 'b', refusals: ['x'] };
  it('forms all when none is refused', () =>
    expect(batchDecision([clean, { participationId: 'c', refusals: [] }], false)).toEqual({
      form: ['a', 'c'],
      skip: [],
      refused: false,
    }));
  it('is all or nothing by default', () =>
    expect(batchDecision([clean, refused], false)).toEqual({ form: [], skip: [], refused: true }));
  it('skips the refused when chosen', () =>
    expect(batchDecision([clean, refused], true)).toEqual({ form: ['a'], skip: ['b'], refused: false }));
  it('forms nothing when every enterprise is refused, even skipping', () =>
    expect(batchDecision([refused], true)).toEqual({ form: [], skip: [], refused: true }));
});
