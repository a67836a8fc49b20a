/** The demo calendar on every day of two years: coherent campaign plans, past steps, one campaign open today. */
import { describe, expect, it } from 'vitest';
import { BASE_TODAY, demoCalendar } from './demo-calendar.js';
import { campaignProblems } from '../../domain/campaigns/campaign-rules.js';
import { hasOperatedLongEnough } from '../../domain/lifecycle/operation-period.js';

const days = (from: string, n: number) =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.parse(`${from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

describe('demoCalendar', () => {
  it('keeps the written dates on its base day', () => {
    const cal = demoCalendar(BASE_TODAY);
    expect(cal.day('2026-05-20')).toBe('2026-05-20');
    expect(cal.steps.close).toBe('2026-11-18');
    expect(cal.year).toBe(2026);
  });

  it('moves every date by the distance of today from the base day', () => {
    const cal = demoCalendar('2027-03-15');
    expect(cal.day(BASE_TODAY)).toBe('2027-03-15');
    expect(cal.steps.close).toBe('2027-03-10');
    expect(cal.year).toBe(2026); // deployment 206 days before: 2026-08-21
    expect(cal.open.year).toBe(2027);
  });

  it.each(days('2026-01-01', 731))('holds on %s', (today) => {
    const cal = demoCalendar(today);
    // both plans pass the rule the API applies to campaigns (seed 001 §四)
    expect(campaignProblems({ year: cal.year, regionCode: '000000', phases: cal.phases, targets: {} }, null)).toEqual(
      [],
    );
    expect(
      campaignProblems({ year: cal.open.year, regionCode: '000000', phases: cal.open.phases, targets: {} }, null),
    ).toEqual([]);
    // the open campaign takes applications: its deployment window contains today, assistance goes on
    const deployment = cal.open.phases.find((p) => p.kind === 'deployment')!;
    expect(deployment.startsOn <= today && today <= deployment.endsOn!).toBe(true);
    // the walked campaigns' assistance is over, so they are closed for applications
    expect(cal.phases.find((p) => p.kind === 'assistance')!.endsOn! < today).toBe(true);
    // every step lies in the past, in order, after the application
    const order = [
      'screen',
      'select',
      'assign',
      'survey',
      'confirm_diagnosis',
      'draft_plan',
      'agree_plan',
      'start_implementation',
      'start_operation',
      'internal_audit',
      'complete_review',
      'evaluate',
      'certify',
      'close',
    ].map((k) => cal.steps[k]!);
    expect([cal.appliedOn, ...order]).toEqual([cal.appliedOn, ...order].sort());
    expect(cal.steps.close! < today).toBe(true);
    // 000 §二(4): the QMS runs three months before internal audit and management review
    expect(hasOperatedLongEnough(cal.steps.start_operation!, cal.steps.internal_audit!)).toBe(true);
  });
});
