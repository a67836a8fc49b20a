import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { moveDateOf, toTransitionRequest } from './command-values';

describe('moveDateOf (the date the confirmation names)', () => {
  it('is the command’s own date where it has one', () => {
    // start_operation is no button: the implementation records' own dialog names its date
    expect(moveDateOf('start_operation', {})).toBeUndefined();
    expect(
      moveDateOf('complete_review', { internalAuditOn: dayjs('2027-06-02'), managementReviewOn: dayjs('2027-06-05') }),
    ).toBe('2027-06-05');
    expect(moveDateOf('certify', { certificateIssuedOn: dayjs('2027-07-01') })).toBe('2027-07-01');
  });
  it('is undefined (today) for a command without a date, or a date left empty', () => {
    expect(moveDateOf('screen', {})).toBeUndefined();
    expect(moveDateOf('close', { reason: '完成' })).toBeUndefined();
    expect(moveDateOf('certify', { certificateIssuedOn: null })).toBeUndefined();
  });
});

describe('toTransitionRequest', () => {
  it('sends the reason for passing an ineligible screening, trimmed, and none when left empty', () => {
    expect(toTransitionRequest('screen', 3, { reason: '  经复核同意  ' })).toEqual({
      command: 'screen',
      version: 3,
      reason: '经复核同意',
    });
    expect(toTransitionRequest('screen', 3, { reason: '   ' })).toEqual({ command: 'screen', version: 3 });
  });
});
