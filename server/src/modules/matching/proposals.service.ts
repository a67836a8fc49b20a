/**
 * Assignment proposals (ADR 0013): for one working group, the optimal assignment of the
 * body's selected enterprises in the group's regions to the group's experts (domain/matching),
 * edited by hand with a warning for every broken rule or preference (hard rules only with a
 * recorded reason), then confirmed — which runs the `assign` command for each pair in one
 * transaction, so a stale or refused pair leaves nothing half-written.
 */
import type { Proposal } from '../../../../contracts/matching.js';
import type { ErrorCode, Locale } from '../../../../domain/errors/codes.js';
import { localMessage } from '../../platform/i18n/messages.js';
import { barredUsccs } from '../../../../domain/experts/expert-profile.js';
import { assignExperts, regionCost, type MatchExpert } from '../../../../domain/matching/assignment.js';
import { checkPair, loadWithPair } from '../../../../domain/matching/pair-check.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { expertsOfBody } from '../experts/experts.repository.js';
import { recordFindings } from '../impartiality/impartiality.service.js';
import { reassignExpert, transitionInTransaction } from '../participations/participations.service.js';
import {
  findGroup,
  groupById,
  groupExpertIds,
  latestProposalOf,
  loadProposal,
  lockDraftOf,
  participationRowsByIds,
  replaceDraft,
  rowsForGroup,
  updateProposal,
  userNames,
  type GroupRow,
  type ProposalParticipationRow as Row,
  type ProposalRow,
} from './matching.repository.js';
import type { ProposalItem } from './matching.table.js';

type Mode = 'keep' | 'replan';

/** The group's experts who have a profile (only they can be matched: no categories otherwise). */
async function groupExperts(executor: Executor, group: GroupRow, onDate: string) {
  const experts = await expertsOfBody(executor, group.organizationId, onDate, await groupExpertIds(executor, group.id));
  return experts.filter((e) => e.rawProfile !== null);
}

/** Each expert's load outside the planned rows, and the planned rows their declared conflicts bar on the date. */
function forPlanned(experts: Awaited<ReturnType<typeof groupExperts>>, planned: ReadonlyArray<Row>, onDate: string) {
  return experts.map((e) => {
    const profile = e.rawProfile!;
    // a re-planned enterprise's current expert gets that place back while it is planned
    const movable = planned.filter((r) => r.currentExpertUserId === e.userId).length;
    const barred = barredUsccs(profile.conflicts, onDate);
    return {
      userId: e.userId,
      displayName: e.displayName,
      profile,
      homeRegionName: e.profile?.homeRegionName ?? null,
      load: Math.max(0, e.load - movable),
      barredParticipationIds: planned.filter((r) => barred.has(r.uscc)).map((r) => r.participationId),
    };
  });
}
type PlanningExpert = ReturnType<typeof forPlanned>[number];

/** The proposal's rows the solver may move: all planned rows on re-plan, else those without an expert. */
function movableRows(proposal: ProposalRow, rows: ReadonlyArray<Row>): Row[] {
  const planned = new Set(proposal.items.filter((i) => i.source !== 'existing').map((i) => i.participationId));
  return rows.filter((r) => planned.has(r.participationId) && (proposal.mode === 'replan' || !r.currentExpertUserId));
}

function asMatchExpert(e: PlanningExpert): MatchExpert {
  return {
    id: e.userId,
    categories: e.profile.categories,
    regionCode: e.profile.homeRegionCode,
    capacity: e.profile.capacity,
    load: e.load,
    unavailable: e.profile.unavailable,
  };
}

export async function runProposal(
  ctx: AppContext,
  actor: Actor,
  groupId: string,
  input: { mode: Mode; onDate?: string },
  locale: Locale,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const onDate = input.onDate ?? chinaDate(now);
  const id = await db.transaction(async (tx) => {
    const group = await findGroup(tx, actor, groupId, { forUpdate: true });
    assertFound(group, 'working_group');
    const rows = await rowsForGroup(tx, group);
    const experts = await groupExperts(tx, group, onDate);
    const inGroup = new Set(experts.map((e) => e.userId));
    const planned = rows.filter(
      (r) =>
        (r.stage === 'selected' && !r.currentExpertUserId) ||
        (input.mode === 'replan' &&
          r.stage === 'assigned' &&
          (!r.currentExpertUserId || inGroup.has(r.currentExpertUserId))),
    );
    const existing = rows.filter((r) => !planned.includes(r) && r.stage === 'assigned' && r.currentExpertUserId);
    const planning = forPlanned(experts, planned, onDate);
    const result = assignExperts({
      experts: planning.map(asMatchExpert),
      enterprises: planned.map((r) => ({ id: r.participationId, category: r.industryCode, regionCode: r.regionCode })),
      conflicts: planning.flatMap((e) =>
        e.barredParticipationIds.map((p) => ({ expertId: e.userId, enterpriseId: p })),
      ),
      onDate,
    });
    const chosen = new Map(result.assignments.map((a) => [a.enterpriseId, a]));
    const missing = new Map(result.unassigned.map((u) => [u.enterpriseId, u.reason]));
    const taken = new Map<string, number>();
    for (const a of result.assignments) taken.set(a.expertId, (taken.get(a.expertId) ?? 0) + 1);
    const items: ProposalItem[] = [
      ...planned.map((r): ProposalItem => {
        const pick = chosen.get(r.participationId);
        const expert = pick && planning.find((e) => e.userId === pick.expertId)!;
        const check = expert
          ? checkPair({
              expert: asMatchExpert(expert),
              enterprise: { id: r.participationId, category: r.industryCode, regionCode: r.regionCode },
              conflicted: false,
              onDate,
              loadWithPair: expert.load + taken.get(expert.userId)!,
            })
          : { hard: [], soft: [] };
        return {
          participationId: r.participationId,
          expertUserId: pick?.expertId ?? null,
          source: 'solver',
          cost: pick?.cost ?? null,
          hard: check.hard,
          soft: check.soft,
          reason: null,
          currentExpertUserId: r.currentExpertUserId,
          unassignedReason: missing.get(r.participationId) ?? null,
        };
      }),
      ...existing.map(
        (r): ProposalItem => ({
          participationId: r.participationId,
          expertUserId: r.currentExpertUserId,
          source: 'existing',
          cost: null,
          hard: [],
          soft: [],
          reason: null,
          currentExpertUserId: r.currentExpertUserId,
          unassignedReason: null,
        }),
      ),
    ];
    // one draft per group: a new run replaces the last
    const proposal = await replaceDraft(tx, {
      groupId,
      campaignId: group.campaignId,
      organizationId: group.organizationId,
      status: 'draft',
      mode: input.mode,
      onDate,
      items,
      objective: result.objective,
      createdBy: actor.userId,
      createdAt: now,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'assignment.proposal.run',
      objectType: 'working_group',
      objectId: groupId,
      outcome: 'success',
      detail: {
        proposalId: proposal.id,
        mode: input.mode,
        onDate,
        planned: planned.length,
        assigned: result.objective.assigned,
        totalCost: result.objective.totalCost,
      },
    });
    return proposal.id;
  });
  return proposalView(db, (await loadProposal(db, id))!, locale);
}

/** The current draft of the group, else its latest confirmed proposal. */
export async function currentProposal(
  executor: Executor,
  actor: Actor,
  groupId: string,
  locale: Locale,
): Promise<Proposal | null> {
  const group = await findGroup(executor, actor, groupId);
  assertFound(group, 'working_group');
  const row = await latestProposalOf(executor, groupId);
  return row ? proposalView(executor, row, locale) : null;
}

export async function proposalView(executor: Executor, proposal: ProposalRow, locale: Locale): Promise<Proposal> {
  const ids = proposal.items.map((i) => i.participationId);
  const [rows, group, [creator]] = await Promise.all([
    ids.length ? participationRowsByIds(executor, ids) : Promise.resolve([] as Row[]),
    groupById(executor, proposal.groupId),
    userNames(executor, proposal.createdBy ? [proposal.createdBy] : []),
  ]);
  const experts = forPlanned(
    await groupExperts(executor, group, proposal.onDate),
    proposal.status === 'draft' ? movableRows(proposal, rows) : [],
    proposal.onDate,
  );
  const names = new Map(experts.map((e) => [e.userId, e.displayName]));
  const unknownIds = [
    ...new Set(
      proposal.items
        .flatMap((i) => [i.expertUserId, i.currentExpertUserId])
        .filter((x): x is string => Boolean(x) && !names.has(x!)),
    ),
  ];
  if (unknownIds.length) for (const u of await userNames(executor, unknownIds)) names.set(u.id, u.name);
  return {
    id: proposal.id,
    groupId: proposal.groupId,
    status: proposal.status as Proposal['status'],
    mode: proposal.mode as Mode,
    onDate: proposal.onDate,
    version: proposal.version,
    objective: proposal.objective,
    createdAt: proposal.createdAt.toISOString(),
    createdByName: creator?.name ?? null,
    confirmedAt: proposal.confirmedAt?.toISOString() ?? null,
    items: proposal.items.flatMap((i) => {
      const r = rows.find((x) => x.participationId === i.participationId);
      if (!r) return [];
      return [
        {
          participationId: i.participationId,
          enterprise: {
            id: r.enterpriseId,
            name: r.enterpriseName,
            regionCode: r.regionCode,
            regionName: r.regionName,
            industryCode: r.industryCode,
          },
          stage: r.stage,
          expertUserId: i.expertUserId,
          expertName: i.expertUserId ? (names.get(i.expertUserId) ?? null) : null,
          source: i.source,
          cost: i.cost,
          hard: i.hard,
          soft: i.soft,
          reason: i.reason,
          currentExpertUserId: i.currentExpertUserId,
          currentExpertName: i.currentExpertUserId ? (names.get(i.currentExpertUserId) ?? null) : null,
          unassignedReason: i.expertUserId ? null : i.unassignedReason,
          unassignedMessage:
            !i.expertUserId && i.unassignedReason ? localMessage(i.unassignedReason as ErrorCode, locale) : null,
        },
      ];
    }),
    experts: experts.map((e) => ({
      userId: e.userId,
      displayName: e.displayName,
      categories: e.profile.categories,
      homeRegionCode: e.profile.homeRegionCode,
      homeRegionName: e.homeRegionName,
      capacity: e.profile.capacity,
      load: e.load,
      unavailable: e.profile.unavailable.map(({ from, to }) => ({ from, to })),
      barredParticipationIds: e.barredParticipationIds,
    })),
  };
}

async function lockDraft(
  tx: Executor,
  actor: Actor,
  groupId: string,
  version: number,
): Promise<{ group: GroupRow; proposal: ProposalRow }> {
  const group = await findGroup(tx, actor, groupId, { forUpdate: true });
  assertFound(group, 'working_group');
  const proposal = await lockDraftOf(tx, groupId);
  if (!proposal) throw new AppError('PROPOSAL_NOT_DRAFT');
  if (proposal.version !== version) throw new AppError('VERSION_CONFLICT');
  return { group, proposal };
}

/** The manager moves one enterprise to another expert (or to none). */
export async function editProposalItem(
  ctx: AppContext,
  actor: Actor,
  groupId: string,
  input: { version: number; participationId: string; expertUserId: string | null; reason?: string },
  locale: Locale,
) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const id = await db.transaction(async (tx) => {
    const { group, proposal } = await lockDraft(tx, actor, groupId, input.version);
    const index = proposal.items.findIndex(
      (i) => i.participationId === input.participationId && i.source !== 'existing',
    );
    if (index < 0) throw new AppError('NOT_FOUND', { field: 'participationId' });
    const item = proposal.items[index]!;
    const reason = input.reason?.trim() || null;
    let next: ProposalItem;
    if (input.expertUserId === null) {
      next = {
        ...item,
        expertUserId: null,
        source: 'manual',
        cost: null,
        hard: [],
        soft: [],
        reason,
        unassignedReason: item.unassignedReason,
      };
    } else {
      const rows = await participationRowsByIds(
        tx,
        proposal.items.filter((i) => i.source !== 'existing').map((i) => i.participationId),
      );
      const row = rows.find((r) => r.participationId === input.participationId);
      const experts = forPlanned(
        await groupExperts(tx, group, proposal.onDate),
        movableRows(proposal, rows),
        proposal.onDate,
      );
      const expert = experts.find((e) => e.userId === input.expertUserId);
      if (!expert || !row)
        throw new AppError('EXPERT_NOT_IN_BODY', { field: 'expertUserId', detail: input.expertUserId });
      const check = checkPair({
        expert: asMatchExpert(expert),
        enterprise: { id: row.participationId, category: row.industryCode, regionCode: row.regionCode },
        conflicted: expert.barredParticipationIds.includes(row.participationId),
        onDate: proposal.onDate,
        loadWithPair: loadWithPair(expert.load, proposal.items, row.participationId, expert.userId),
      });
      // hard rules give way only to a recorded reason (ADR 0013)
      if (check.hard.length > 0 && !reason) {
        throw new AppError('ASSIGNMENT_OVERRIDE_REASON_REQUIRED', {
          field: 'reason',
          detail: check.hard.map((c) => localMessage(c, locale)).join('；'),
        });
      }
      next = {
        ...item,
        expertUserId: expert.userId,
        source: 'manual',
        cost: regionCost(expert.profile.homeRegionCode, row.regionCode),
        hard: check.hard,
        soft: check.soft,
        reason,
        unassignedReason: null,
      };
    }
    const items = proposal.items.map((i, k) => (k === index ? next : i));
    const objective = {
      assigned: items.filter((i) => i.source !== 'existing' && i.expertUserId).length,
      totalCost: items.reduce((sum, i) => sum + (i.source !== 'existing' ? (i.cost ?? 0) : 0), 0),
    };
    await updateProposal(tx, proposal.id, { items, objective, version: proposal.version + 1 });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'assignment.proposal.edit',
      objectType: 'participation',
      objectId: input.participationId,
      outcome: 'success',
      detail: {
        proposalId: proposal.id,
        from: item.expertUserId,
        to: next.expertUserId,
        hard: next.hard,
        soft: next.soft,
        reason,
      },
    });
    return proposal.id;
  });
  return proposalView(db, (await loadProposal(db, id))!, locale);
}

/** Confirm: each pair becomes an assistance relation in one transaction. */
export async function confirmProposal(ctx: AppContext, actor: Actor, groupId: string, version: number, locale: Locale) {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const today = chinaDate(now);
  const result = await db.transaction(async (tx) => {
    const { group, proposal } = await lockDraft(tx, actor, groupId, version);
    const work = proposal.items.filter(
      (i) => i.source !== 'existing' && i.expertUserId && i.expertUserId !== i.currentExpertUserId,
    );
    if (work.length === 0) throw new AppError('PROPOSAL_EMPTY');
    let assigned = 0;
    let moved = 0;
    for (const item of work) {
      const [row] = await participationRowsByIds(tx, [item.participationId]);
      if (!row) throw new AppError('PROPOSAL_STALE', { detail: item.participationId });
      const expertUserId = item.expertUserId!;
      if (row.stage === 'selected' && !row.currentExpertUserId) {
        await transitionInTransaction(
          tx,
          actor,
          row.participationId,
          {
            command: 'assign',
            version: row.version,
            expertUserIds: [expertUserId],
            ...(item.reason ? { reason: item.reason } : {}),
          },
          now,
          { workingGroupId: group.id, locale, pairCheckOn: proposal.onDate, proposalId: proposal.id },
        ); // the command records its overrides
        assigned++;
      } else if (
        row.stage === 'assigned' &&
        proposal.mode === 'replan' &&
        row.currentExpertUserId === item.currentExpertUserId
      ) {
        await reassignExpert(
          tx,
          actor,
          {
            participationId: row.participationId,
            fromExpertUserId: row.currentExpertUserId,
            toExpertUserId: expertUserId,
            workingGroupId: group.id,
          },
          item.reason,
          now,
        );
        await recordFindings(tx, {
          kind: 'overridden',
          rules: item.hard,
          occurredAt: now,
          userId: expertUserId,
          actorUserId: actor.userId,
          reason: item.reason,
          participation: {
            id: row.participationId,
            enterpriseId: row.enterpriseId,
            campaignId: group.campaignId,
            certificationBodyId: group.organizationId,
            regionCode: row.regionCode,
          },
          detail: { command: 'reassign', proposalId: proposal.id, onDate: proposal.onDate },
        });
        moved++;
      } else {
        throw new AppError('PROPOSAL_STALE', { detail: row.enterpriseName });
      }
    }
    await updateProposal(tx, proposal.id, {
      status: 'confirmed',
      confirmedBy: actor.userId,
      confirmedAt: now,
      version: proposal.version + 1,
    });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'assignment.proposal.confirm',
      objectType: 'working_group',
      objectId: groupId,
      outcome: 'success',
      detail: { proposalId: proposal.id, assigned, moved, onDate: today },
    });
    return { id: proposal.id, assigned, moved };
  });
  return {
    assigned: result.assigned,
    moved: result.moved,
    proposal: await proposalView(db, (await loadProposal(db, result.id))!, locale),
  };
}
