import { describe, expect, it } from 'vitest';
import {
  activeLead,
  daysUntil,
  digestDue,
  LEAD_DAYS,
  operationGateOn,
  RECIPIENTS,
  REMINDER_KINDS,
  reminderKey,
  remindersDue,
  reportingBureaus,
  runSlot,
} from './reminders.js';

describe('activeLead: 7 days before and on the day', () => {
  const due = '2026-12-10';
  it('nothing before the first lead', () => {
    expect(activeLead('nc_due', due, '2026-12-02')).toBeNull(); // 8 days ahead
  });
  it('the week-before lead from 7 days ahead to the day before', () => {
    expect(activeLead('nc_due', due, '2026-12-03')).toBe(7);
    expect(activeLead('nc_due', due, '2026-12-06')).toBe(7);
    expect(activeLead('nc_due', due, '2026-12-09')).toBe(7);
  });
  it('the on-the-day lead on the due date only', () => {
    expect(activeLead('nc_due', due, '2026-12-10')).toBe(0);
    expect(activeLead('nc_due', due, '2026-12-11')).toBeNull();
  });
  it('across a month and a year end', () => {
    expect(activeLead('report_due', '2027-01-03', '2026-12-27')).toBe(7);
    expect(activeLead('report_due', '2027-01-03', '2026-12-26')).toBeNull();
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2); // leap year
  });
});

describe('activeLead: a surveillance also 30 days ahead', () => {
  const due = '2027-06-30';
  it('30-day lead from 30 to 8 days ahead, then the week lead', () => {
    expect(activeLead('surveillance_due', due, '2027-05-31')).toBe(30);
    expect(activeLead('surveillance_due', due, '2027-06-01')).toBe(30);
    expect(activeLead('surveillance_due', due, '2027-06-22')).toBe(30);
    expect(activeLead('surveillance_due', due, '2027-06-23')).toBe(7);
    expect(activeLead('surveillance_due', due, '2027-06-30')).toBe(0);
  });
  it('31 days ahead is too early', () => {
    expect(activeLead('surveillance_due', due, '2027-05-30')).toBeNull();
  });
});

describe('reminder keys and the day’s reminders', () => {
  it('the key names kind, subject, due date and lead', () => {
    expect(reminderKey({ kind: 'nc_due', subjectId: 'f1', dueOn: '2026-12-10' }, 7)).toBe('nc_due:f1:2026-12-10:7');
  });
  it('a moved due date is a new reminder', () => {
    const a = remindersDue([{ kind: 'nc_due', subjectId: 'f1', dueOn: '2026-12-10' }], '2026-12-05');
    const b = remindersDue([{ kind: 'nc_due', subjectId: 'f1', dueOn: '2026-12-11' }], '2026-12-05');
    expect(a[0]!.key).not.toBe(b[0]!.key);
  });
  it('only the deadlines in a lead window', () => {
    const due = remindersDue(
      [
        { kind: 'nc_due', subjectId: 'a', dueOn: '2026-12-10' },
        { kind: 'nc_due', subjectId: 'b', dueOn: '2026-12-20' },
        { kind: 'evaluation', subjectId: 'c', dueOn: '2026-12-03' },
        { kind: 'operation_gate', subjectId: 'd', dueOn: '2026-12-02' },
      ],
      '2026-12-03',
    );
    expect(due.map((d) => [d.subjectId, d.lead])).toEqual([
      ['a', 7],
      ['c', 0],
    ]);
  });
  it('every kind has leads, longest first, ending on the day, and recipients', () => {
    for (const kind of REMINDER_KINDS) {
      const leads = LEAD_DAYS[kind];
      expect(leads.at(-1)).toBe(0);
      expect([...leads].sort((x, y) => y - x)).toEqual(leads);
      expect(RECIPIENTS[kind].length).toBeGreaterThan(0);
    }
  });
});

describe('operationGateOn: three calendar months (000 §二(4))', () => {
  it('same day three months later, month ends clamped', () => {
    expect(operationGateOn('2026-03-15')).toBe('2026-06-15');
    expect(operationGateOn('2026-11-30')).toBe('2027-02-28');
  });
});

describe('reportingBureaus: the bureaus with no bureau between them and the campaign', () => {
  const b = (id: string, regionCode: string) => ({ id, regionCode });
  const all = [b('js', '320000'), b('xz', '320300'), b('fx', '320321'), b('tj', '120000'), b('hp', '120101')];
  it('a province hears from its cities, not their counties', () => {
    expect(reportingBureaus('320000', all).map((x) => x.id)).toEqual(['xz']);
  });
  it('a city hears from its counties', () => {
    expect(reportingBureaus('320300', all).map((x) => x.id)).toEqual(['fx']);
  });
  it('a county with no city bureau reports to the province', () => {
    expect(reportingBureaus('120000', all).map((x) => x.id)).toEqual(['hp']);
  });
  it('a county hears from nobody; the campaign’s own bureau is not its own reporter', () => {
    expect(reportingBureaus('320321', all)).toEqual([]);
  });
});

describe('runs and digests', () => {
  it('the same moment gives the same slot on every server; the next interval another', () => {
    const at = new Date('2026-12-01T10:00:00.400Z');
    expect(runSlot(at, 1000)).toBe(runSlot(new Date('2026-12-01T10:00:00.999Z'), 1000));
    expect(runSlot(at, 1000)).not.toBe(runSlot(new Date('2026-12-01T10:00:01.000Z'), 1000));
  });
  it('the digest is due from its hour on', () => {
    expect(digestDue(7, 8)).toBe(false);
    expect(digestDue(8, 8)).toBe(true);
    expect(digestDue(23, 8)).toBe(true);
  });
});
