/**
 * Registers one application in a campaign (003 §6.2.2): the enterprise is found or created by its
 * credit code, and a participation starts at `applied` with the application as declared, its size
 * class by the 2017 rule, a timeline event and an audit entry. Used by the public form, a bureau's
 * recommendation and the roster import; the caller owns the transaction. The enterprise rows are
 * intake's (intake.repository.ts); the participations and their events are written by the
 * participations capability (startParticipations, ADR 0032).
 */
import { randomUUID } from 'node:crypto';
import type { Executor } from '../../platform/db/client.js';
import { organizations } from '../../platform/auth/identity.table.js';
import { insertEnterprises, recordedEnterprises } from './intake.repository.js';
import { appendAudit, type AuditActor } from '../../platform/audit/trail.js';
import { startParticipations } from '../participations/participations.service.js';
import { AppError } from '../../platform/http/app-error.js';
import {
  applicationSizeClass,
  participationRegionCode,
  recordedEnterpriseProblem,
  validateApplication,
  type ApplicationInput,
  type ApplicationProblem,
  type Enroller,
  type RecordedEnterprise,
} from '../../../../domain/intake/application.js';
import { normalizeUsccInput } from '../../../../domain/uscc/uscc.js';

export interface RegisterContext {
  campaign: { id: string; regionCode: string };
  origin: 'self' | 'bureau' | 'association';
  /** Who enrols: decides whether an enterprise already on record may enter (ADR 0017). */
  enroller: Enroller;
  recommendedByOrganizationId?: string | null;
  actor: AuditActor | null;
  now: Date;
}

export interface RegisterOutcome {
  created: boolean;
  participationId: string;
  enterpriseId: string;
}

export function checkApplication(
  input: ApplicationInput,
  campaignRegionCode: string,
  regionCodes: Set<string>,
): ApplicationProblem[] {
  return validateApplication(input, { campaignRegionCode, regionExists: (code) => regionCodes.has(code) });
}

function enrolmentProblem(
  recorded: RecordedEnterprise | undefined,
  ctx: Pick<RegisterContext, 'campaign' | 'enroller'>,
): ApplicationProblem | null {
  return recorded ? recordedEnterpriseProblem(recorded, ctx.enroller, ctx.campaign.regionCode) : null;
}

/**
 * For each application, the refusal when its credit code belongs to an enterprise on record that
 * this enroller may not enrol here (ADR 0017), else null. Rosters report these per row; single
 * submissions meet the same check inside `registerApplications`.
 */
export async function enrolmentProblems(
  executor: Executor,
  ctx: Pick<RegisterContext, 'campaign' | 'enroller'>,
  inputs: ReadonlyArray<Pick<ApplicationInput, 'uscc'>>,
): Promise<Array<ApplicationProblem | null>> {
  const usccs = inputs.map((i) => normalizeUsccInput(i.uscc));
  const recorded = await recordedEnterprises(executor, usccs);
  return usccs.map((uscc) => enrolmentProblem(recorded.get(uscc), ctx));
}

/**
 * Writes already-validated applications in bulk (a roster of thousands is a handful of
 * statements): enterprises are found or created by credit code, and an enterprise already in the
 * campaign is left as it is (`created: false`), which makes roster re-imports idempotent. An
 * enterprise on record is never changed here (name, legal representative, contacts, region stay
 * as recorded; what was typed is kept only as the participation's declared application), and one
 * the enroller may not enrol fails the whole call with ENTERPRISE_NOT_ENROLLABLE.
 * `auditEach` writes one trail entry per participation (single submissions); a roster import
 * records one entry for the whole upload instead.
 */
export async function registerApplications(
  tx: Executor,
  ctx: RegisterContext,
  inputs: ReadonlyArray<ApplicationInput>,
  options: { auditEach: boolean },
): Promise<RegisterOutcome[]> {
  const rows = inputs.map((input) => ({ input, uscc: normalizeUsccInput(input.uscc) }));
  const recorded = await recordedEnterprises(
    tx,
    rows.map((r) => r.uscc),
  );
  // checked again inside the transaction: a record made since the caller's check counts too
  const refused = rows.map((r) => enrolmentProblem(recorded.get(r.uscc), ctx)).find((p) => p !== null);
  if (refused) throw new AppError(refused.code, { field: refused.field });
  const enterpriseByUscc = new Map<string, string>([...recorded].map(([uscc, e]) => [uscc, e.id]));
  const fresh = rows.filter((r) => !enterpriseByUscc.has(r.uscc));
  for (const part of chunk(fresh, 500)) {
    // ids made here, so no row depends on the order INSERT … RETURNING gives them back
    for (const r of part) enterpriseByUscc.set(r.uscc, randomUUID());
    await tx.insert(organizations).values(
      part.map((r) => ({
        id: enterpriseByUscc.get(r.uscc)!,
        kind: 'enterprise',
        name: r.input.name.trim(),
        regionCode: r.input.regionCode,
      })),
    );
    await insertEnterprises(
      tx,
      part.map((r) => ({
        organizationId: enterpriseByUscc.get(r.uscc)!,
        uscc: r.uscc,
        industryCode: r.input.industryCode,
        address: r.input.address ?? null,
        legalRepresentative: r.input.legalRepresentative ?? null,
        contactName: r.input.contactName,
        contactPhone: r.input.contactPhone,
        employees: r.input.employees ?? null,
        revenueWan: r.input.revenueWan === undefined ? null : String(r.input.revenueWan),
        assetsWan: r.input.assetsWan === undefined ? null : String(r.input.assetsWan),
        sizeIndustry: r.input.sizeIndustry ?? null,
      })),
    );
  }
  const started = await startParticipations(
    tx,
    {
      campaignId: ctx.campaign.id,
      origin: ctx.origin,
      recommendedByOrganizationId: ctx.recommendedByOrganizationId ?? null,
      actor: ctx.actor,
      now: ctx.now,
    },
    rows.map(({ input, uscc }) => {
      const { preferredBodyId, ...declared } = input;
      return {
        enterpriseId: enterpriseByUscc.get(uscc)!,
        regionCode: participationRegionCode(input, recorded.get(uscc), ctx.enroller),
        industryCode: input.industryCode,
        application: { ...declared, uscc },
        sizeClass: applicationSizeClass(input),
        preferredBodyId: preferredBodyId ?? null,
      };
    }),
  );
  const outcomes: RegisterOutcome[] = rows.map((r, i) => ({
    ...started[i]!,
    enterpriseId: enterpriseByUscc.get(r.uscc)!,
  }));
  const toCreate = rows.map((r, i) => ({ ...r, i })).filter(({ i }) => outcomes[i]!.created);
  if (options.auditEach) {
    for (const { uscc, i } of toCreate) {
      await appendAudit(tx, ctx.now, {
        actor: ctx.actor,
        action: 'participation.apply',
        objectType: 'participation',
        objectId: outcomes[i]!.participationId,
        outcome: 'success',
        after: { uscc, campaignId: ctx.campaign.id, origin: ctx.origin },
      });
    }
  }
  return outcomes;
}

/** One application (the public form, a recommendation). */
export async function registerApplication(
  tx: Executor,
  ctx: RegisterContext,
  input: ApplicationInput,
): Promise<RegisterOutcome> {
  const [outcome] = await registerApplications(tx, ctx, [input], { auditEach: true });
  return outcome!;
}

function chunk<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const parts: T[][] = [];
  for (let i = 0; i < items.length; i += size) parts.push(items.slice(i, i + size));
  return parts;
}

/** Throws the first problem as an AppError (single submissions; rosters report them all instead). */
export function assertNoProblems(problems: ApplicationProblem[]): void {
  const first = problems[0];
  if (first) throw new AppError(first.code, { field: first.field, detail: first.detail });
}
