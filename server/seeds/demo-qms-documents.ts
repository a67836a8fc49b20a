/**
 * The demo's QMS document registers (001 annex 体系建设: 管理手册 → 程序文件 → 作业指导书 → 表单; 003 §6.7.2.3), made
 * through the real service while the enterprise is implementing: the expert copies the starter outlines (the manual,
 * the procedures, two work instructions and the forms that keep the mandatory records), the documents are approved by
 * the top manager and made effective just before operation starts, 8.3 is recorded as not applicable (these
 * enterprises make to their customers' designs), and the manual gets a first amendment before the start.
 */
import type { AppContext } from '../src/platform/http/context.js';
import type { ManualClock } from '../src/platform/clock.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import type { DemoCalendar } from './demo-calendar.js';
import type { DemoEnterprise } from './demo-data.js';
import {
  addRevision,
  changeStatus,
  copyOutline,
  recordNonApplicability,
} from '../src/modules/qms-documents/qms-documents.service.js';

const at = (date: string) => new Date(`${date}T02:00:00Z`);

/** The outlines copied, each with the document it hangs below (层级关联); design (8.3) is not applicable. */
const PACK: ReadonlyArray<[outline: string, parent: string | null]> = [
  ['quality_manual', null],
  ['document_control', 'quality_manual'],
  ['competence', 'quality_manual'],
  ['risk_and_objectives', 'quality_manual'],
  ['customer_requirements', 'quality_manual'],
  ['purchasing', 'quality_manual'],
  ['production', 'quality_manual'],
  ['measuring_equipment', 'quality_manual'],
  ['nonconforming_output', 'quality_manual'],
  ['internal_audit', 'quality_manual'],
  ['management_review', 'quality_manual'],
  ['improvement', 'quality_manual'],
  ['work_instruction', 'production'],
  ['inspection_instruction', 'nonconforming_output'],
  ['training_record', 'competence'],
  ['calibration_record', 'measuring_equipment'],
  ['process_record', 'production'],
  ['contract_review', 'customer_requirements'],
  ['supplier_evaluation', 'purchasing'],
  ['traceability_record', 'production'],
  ['change_record', 'production'],
  ['release_record', 'inspection_instruction'],
  ['nonconforming_record', 'nonconforming_output'],
  ['monitoring_record', 'improvement'],
  ['audit_record', 'internal_audit'],
  ['review_record', 'management_review'],
  ['corrective_action_record', 'improvement'],
];

export async function demoQmsDocuments(
  ctx: AppContext & { clock: ManualClock },
  expert: Actor,
  participationId: string,
  e: DemoEnterprise,
  cal: DemoCalendar,
) {
  const { clock } = ctx;
  const draftedOn = cal.day('2026-07-03');
  const approvedOn = cal.day('2026-07-10');
  const effectiveOn = cal.day('2026-07-13');
  const amendedOn = cal.day('2026-07-14');
  const writer = '陈晓燕'; // the team's document writer (demo-implementation.ts demoTeam)

  clock.set(at(draftedOn));
  const ids = new Map<string, { id: string; version: number }>();
  for (const [outline, parent] of PACK) {
    const created = await copyOutline(ctx, expert, participationId, {
      outlineKey: outline,
      authorName: outline === 'quality_manual' ? e.contactName : writer,
      draftedOn,
      parentId: parent ? ids.get(parent)!.id : null,
    });
    ids.set(outline, created);
  }
  // 4.3: the scope states why design and development does not apply
  await recordNonApplicability(ctx, expert, participationId, {
    clause: '8.3',
    reason: '企业按顾客提供的图样和技术要求组织生产，不承担产品设计和开发，GB/T 19001-2016 8.3 条款不适用',
  });

  // 7.5.2 c): the top manager approves what the team wrote
  clock.set(at(approvedOn));
  for (const [outline] of PACK) {
    const doc = ids.get(outline)!;
    const approved = await changeStatus(ctx, expert, participationId, doc.id, {
      to: 'approved',
      approverName: e.legalRepresentative,
      approvedOn,
      version: doc.version,
    });
    ids.set(outline, approved);
  }
  clock.set(at(effectiveOn));
  for (const [outline] of PACK) {
    const doc = ids.get(outline)!;
    ids.set(
      outline,
      await changeStatus(ctx, expert, participationId, doc.id, { to: 'effective', effectiveOn, version: doc.version }),
    );
  }

  // the first amendment of the manual after the all-staff briefing: its history keeps A/0
  clock.set(at(amendedOn));
  const manual = ids.get('quality_manual')!;
  let version = (
    await addRevision(ctx, expert, participationId, manual.id, {
      revision: 'A/1',
      authorName: e.contactName,
      draftedOn: amendedOn,
      fileId: null,
      changeNote: '根据全员宣贯意见，细化质量目标的分解与考核',
      version: manual.version,
    })
  ).version;
  for (const change of [
    { to: 'approved' as const, approverName: e.legalRepresentative, approvedOn: amendedOn },
    { to: 'effective' as const, effectiveOn: amendedOn },
  ])
    version = (await changeStatus(ctx, expert, participationId, manual.id, { ...change, version })).version;
}
