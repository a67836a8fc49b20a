import { describe, expect, it } from 'vitest';
import {
  REPORT_ATTACHMENTS_MAX,
  REPORT_TEXT_MAX,
  attachmentProblem,
  isLate,
  nextVersion,
  receiverOf,
  reportStatus,
  reportingBureaus,
  returnProblem,
  submitProblem,
} from './stage-reports.js';

const js = { id: 'js', regionCode: '320000' };
const xz = { id: 'xz', regionCode: '320300' };
const fx = { id: 'fx', regionCode: '320321' };
const px = { id: 'px', regionCode: '320322' };
const nj = { id: 'nj', regionCode: '320100' };
const gl = { id: 'gl', regionCode: '320115' }; // 江宁区 under 南京, no city bureau in the list below
const tj = { id: 'tj', regionCode: '120000' };
const all = [js, xz, fx, px, nj, tj];

describe('who reports to whom', () => {
  it('a county reports to its city, a city to the province; the top bureau reports to no one', () => {
    expect(receiverOf('320321', all, '320000')).toBe(xz);
    expect(receiverOf('320300', all, '320000')).toBe(js);
    expect(receiverOf('320000', all, '320000')).toBeNull();
  });
  it('skips a level without a bureau, never beyond the campaign region', () => {
    expect(receiverOf(gl.regionCode, [js, gl], '320000')).toBe(js);
    expect(receiverOf(gl.regionCode, [js, gl], '320100')).toBeNull();
    expect(receiverOf('120000', all, '320000')).toBeNull(); // outside the campaign
  });
  it('the reporters of a campaign exclude those under a child campaign, not the child bureau itself', () => {
    expect(reportingBureaus(all, '320000', ['320300']).map((b) => b.id)).toEqual(['xz', 'nj']);
    expect(reportingBureaus(all, '320300', []).map((b) => b.id)).toEqual(['fx', 'px']);
    expect(reportingBureaus(all, '320000', []).map((b) => b.id)).toEqual(['xz', 'fx', 'px', 'nj']);
  });
});

describe('deadline status (China calendar; the due day itself is on time)', () => {
  const due = '2026-05-20';
  it('not submitted before and on the due day, overdue the day after', () => {
    expect(reportStatus({ state: null, firstSubmittedOn: null, dueOn: due, today: '2026-05-20' })).toBe(
      'not_submitted',
    );
    expect(reportStatus({ state: 'draft', firstSubmittedOn: null, dueOn: due, today: '2026-05-21' })).toBe('overdue');
    expect(isLate({ state: 'draft', firstSubmittedOn: null, dueOn: due, today: '2026-05-20' })).toBe(false);
    expect(isLate({ state: null, firstSubmittedOn: null, dueOn: due, today: '2026-05-21' })).toBe(true);
  });
  it('submitted on the due day is on time; a day later is late', () => {
    expect(reportStatus({ state: 'submitted', firstSubmittedOn: due, dueOn: due, today: '2026-06-01' })).toBe(
      'submitted',
    );
    expect(reportStatus({ state: 'submitted', firstSubmittedOn: '2026-05-21', dueOn: due, today: '2026-06-01' })).toBe(
      'late_submitted',
    );
  });
  it('a returned report shows returned; its lateness is the first submission’s', () => {
    const f = { state: 'returned' as const, firstSubmittedOn: '2026-05-19', dueOn: due, today: '2026-06-01' };
    expect(reportStatus(f)).toBe('returned');
    expect(isLate(f)).toBe(false);
    expect(reportStatus({ ...f, state: 'submitted' })).toBe('submitted');
  });
});

describe('state and version rules', () => {
  it('submits a draft or a returned report with a text, never a submitted one', () => {
    expect(submitProblem(null, '正文')).toBeNull();
    expect(submitProblem('returned', '正文')).toBeNull();
    expect(submitProblem('submitted', '正文')?.code).toBe('REPORT_ALREADY_SUBMITTED');
    expect(submitProblem('draft', '  ')?.code).toBe('REPORT_TEXT_REQUIRED');
    expect(submitProblem('draft', '字'.repeat(REPORT_TEXT_MAX))).toBeNull();
    expect(submitProblem('draft', '字'.repeat(REPORT_TEXT_MAX + 1))?.code).toBe('REPORT_TEXT_TOO_LONG');
  });
  it('returns only a submitted report, with a reason', () => {
    expect(returnProblem('submitted', '数据有误')).toBeNull();
    expect(returnProblem('submitted', ' ')?.code).toBe('REPORT_RETURN_REASON_REQUIRED');
    expect(returnProblem('returned', '数据有误')?.code).toBe('REPORT_NOT_SUBMITTED');
    expect(returnProblem(null, '数据有误')?.code).toBe('REPORT_NOT_SUBMITTED');
  });
  it('attaches while editable, up to the limit', () => {
    expect(attachmentProblem('draft', REPORT_ATTACHMENTS_MAX - 1)).toBeNull();
    expect(attachmentProblem('draft', REPORT_ATTACHMENTS_MAX)?.code).toBe('REPORT_ATTACHMENTS_TOO_MANY');
    expect(attachmentProblem('submitted', 0)?.code).toBe('REPORT_ALREADY_SUBMITTED');
  });
  it('numbers versions in order', () => {
    expect(nextVersion(0)).toBe(1);
    expect(nextVersion(2)).toBe(3);
  });
});
