import { describe, expect, it } from 'vitest';
import { assignmentGivesAccess } from './assignment-access.js';

describe('assignmentGivesAccess (R13: an expert sees what they assist now)', () => {
  it('an open relation gives access', () => {
    expect(assignmentGivesAccess({ fromOn: '2026-06-05', toOn: null })).toBe(true);
  });
  it('an ended relation (re-planned, withdrawn, closed) gives none, even ended today', () => {
    expect(assignmentGivesAccess({ fromOn: '2026-06-05', toOn: '2026-11-18' })).toBe(false);
    expect(assignmentGivesAccess({ fromOn: '2026-06-05', toOn: '2026-06-05' })).toBe(false);
  });
});
