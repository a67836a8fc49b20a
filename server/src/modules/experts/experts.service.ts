/** Keeping an expert's profile (seed 000 §一): checked by the domain rules, versioned, in the trail. */
import type { ExpertDetail, ExpertList, SaveExpertProfile } from '../../../../contracts/experts.js';
import type { AppContext } from '../../platform/http/context.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import { chinaDate } from '../../platform/clock.js';
import type { Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { actorRef } from '../auth/auth.service.js';
import { CAPACITY_WITHOUT_REASON, expertProfileProblems } from '../../../../domain/experts/expert-profile.js';
import {
  assignmentsOfExpert,
  expertBodyInScope,
  expertsOfBody,
  lockProfile,
  managersOfBody,
  writeProfile,
} from './experts.repository.js';
import { assertRegionsForNewRecord } from '../reference/region-validity.js';

/** The acting body's assistance experts (profile, load, capacity) and its managers, who lead working groups. */
export async function listExperts(ctx: AppContext, actor: Actor): Promise<ExpertList> {
  const { db } = ctx.database;
  const today = chinaDate(ctx.clock.now());
  const [experts, managers] = await Promise.all([
    expertsOfBody(db, actor.organizationId, today),
    managersOfBody(db, actor.organizationId),
  ]);
  return { items: experts.map(({ rawProfile: _r, ...e }) => e), managers };
}

export async function getExpertDetail(
  executor: Executor,
  actor: Actor,
  userId: string,
  today: string,
): Promise<ExpertDetail> {
  const body = await expertBodyInScope(executor, actor, userId);
  assertFound(body, 'expert');
  const [expert] = await expertsOfBody(executor, body.id, today, [userId]);
  assertFound(expert, 'expert');
  const { rawProfile: _raw, ...summary } = expert;
  return { ...summary, organization: body, assignments: await assignmentsOfExpert(executor, userId) };
}

export async function saveExpertProfile(ctx: AppContext, actor: Actor, userId: string, input: SaveExpertProfile) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  await db.transaction(async (tx) => {
    const body = await expertBodyInScope(tx, actor, userId);
    assertFound(body, 'expert');
    const [problem] = expertProfileProblems(input);
    if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
    const current = await lockProfile(tx, userId);
    // a profile that already holds a retired code may keep it; a new or changed one must be current
    if (current?.homeRegionCode !== input.homeRegionCode)
      await assertRegionsForNewRecord(tx, [input.homeRegionCode], 'homeRegionCode');
    if ((current?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT');
    const { version: _v, ...fields } = input;
    const values = {
      ...fields,
      capacityReason: input.capacity > CAPACITY_WITHOUT_REASON ? (input.capacityReason ?? null) : null,
      organizationId: body.id,
      updatedBy: actor.userId,
      updatedAt: now,
      version: input.version + 1,
    };
    await writeProfile(tx, userId, values, Boolean(current));
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: current ? 'expert.profile.update' : 'expert.profile.create',
      objectType: 'user',
      objectId: userId,
      outcome: 'success',
      before: current ?? null,
      after: values,
    });
  });
  return getExpertDetail(db, actor, userId, chinaDate(now));
}
