/**
 * Demo certification (002 step 9; 003 §6.9.9), through the certification service: e03 (evaluated) has applied to
 * the body of its choice — its assisting body 苏信认证 — and waits for the audit, whose team may not include the
 * expert who assisted it (000 §三); 恒锐机械 (e04,
 * certified by 苏信认证) has had its first 跟踪监督 visit recorded, so its next surveillance date follows from it.
 */
import type { ManualClock } from '../src/platform/clock.js';
import type { AppContext } from '../src/platform/http/context.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import { applyForCertification, recordSurveillance } from '../src/modules/certification/certification.service.js';
import { CERTIFICATION_STANDARD } from '../../domain/certification/certification.js';
import type { DemoCalendar } from './demo-calendar.js';

export interface DemoCertificationInput {
  ctx: AppContext;
  clock: ManualClock;
  at: (day: string) => Date;
  cal: DemoCalendar;
  participations: Record<string, string>;
  /** e03's enterprise contact */
  e03Contact: Actor;
  /** the body e03 applies to */
  appliedBodyId: string;
  /** the manager of the body that certified e04 */
  e04Certifier: Actor;
}

export async function seedDemoCertification(input: DemoCertificationInput): Promise<void> {
  const { ctx, clock, at, cal } = input;
  clock.set(at(cal.day('2026-11-12')));
  await applyForCertification(ctx, input.e03Contact, input.participations.e03!, {
    bodyId: input.appliedBodyId,
    standard: CERTIFICATION_STANDARD,
  });
  clock.set(at(cal.day('2026-11-20')));
  await recordSurveillance(ctx, input.e04Certifier, input.participations.e04!, {
    heldOn: cal.day('2026-11-20'),
    result: 'maintained',
    note: '获证后跟踪回访：抽查出厂检验记录与不合格品处置记录，体系运行有效',
  });
}
