/**
 * Accounts for every party (ADR 0034, 分级管理): the organizations an administrator manages and creates, the account
 * lifecycle (create + invite, activate, edit, disable / re-enable, never delete, move with history), the security
 * administrator's resets and session ending, and the enterprise contact's account after selection. Every action is
 * in the audit trail with its actor; an account outside the caller's organizations is "not found".
 */
import { randomBytes } from 'node:crypto';
import type {
  AccountAbilities,
  AccountCreated,
  AccountDetail,
  AccountListItem,
  AccountListQuery,
  AccountMembership,
  ActivateRequest,
  CreateAccountRequest,
  CreateOrganizationRequest,
  EnterpriseAccount,
  IssuedInvitation,
  MoveAccountRequest,
  Organization,
  OrganizationCreated,
  OrganizationListQuery,
  UpdateAccountRequest,
} from '../../../../contracts/accounts.js';
import {
  creatableKinds,
  firstAdministratorRole,
  grantableRoles,
  invitationState,
  manageableRoles,
  organizationCreationProblem,
  seesEveryAccount,
  type AdministeringActor,
  type OrganizationRef,
} from '../../../../domain/access/administration.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import { passwordProblems } from '../../../../domain/access/password-policy.js';
import { roleHasPermission } from '../../../../domain/access/permissions.js';
import type { OrganizationKind, Role } from '../../../../domain/access/roles.js';
import { mainPathIndex, type Stage } from '../../../../domain/lifecycle/stages.js';
import { maskEmail, maskPhone } from '../../../../domain/privacy/mask.js';
import { isWithinRegion, regionLevel } from '../../../../domain/regions/region-code.js';
import { chinaDateTime } from '../../../../domain/dates/china-time.js';
import { appendAudit, type AuditActor } from '../../platform/audit/trail.js';
import { hashPassword } from '../../platform/auth/passwords.js';
import { deleteSessionsOfMembership, deleteSessionsOfUser, type Actor } from '../../platform/auth/session-store.js';
import type { Executor } from '../../platform/db/client.js';
import { consoleDeliveryLog, describeSendFailure, type OutgoingMessage } from '../../platform/delivery/messages.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { clearLoginFailures, lockedLoginNames } from '../auth/auth.repository.js';
import { actorRef } from '../auth/auth.service.js';
import { bodyApprovalNumbers, recordBodyDetails } from '../bodies/bodies.service.js';
import { findParticipation } from '../participations/participations.repository.js';
import { assertRegionsForNewRecord } from '../reference/region-validity.js';
import { assertMayGrant } from './accounts.policy.js';
import {
  activeMemberCounts,
  allOrganizations,
  allUsers,
  currentMembersOf,
  endMembership,
  invitationByHash,
  markInvitationUsed,
  membershipRows,
  occupiedRolesOf,
  openInvitationExpiry,
  organizationById,
  organizationNamed,
  organizationsWithin,
  revokeOpenInvitations,
  takenField,
  updateUser,
  userById,
  usersByIds,
  type UserRow,
} from './accounts.repository.js';
import {
  createAccountRecord,
  createOrganizationRecords,
  grantMembership,
  hashToken,
  issueInvitation,
  settingsOf,
  type AccountSettings,
} from './identity-records.js';

type MembershipRow = Awaited<ReturnType<typeof membershipRows>>[number];

function administering(actor: Actor): AdministeringActor {
  return { role: actor.role, organizationId: actor.organizationId, regionCode: actor.regionCode };
}

function orgRef(row: {
  organizationId?: string;
  id?: string;
  organizationKind?: string;
  kind?: string;
  regionCode: string | null;
}): OrganizationRef {
  return {
    id: (row.organizationId ?? row.id)!,
    kind: (row.organizationKind ?? row.kind) as OrganizationKind,
    regionCode: row.regionCode,
  };
}

function managesMembership(actor: Actor, m: MembershipRow): boolean {
  return manageableRoles(administering(actor), orgRef(m)).includes(m.role as Role);
}

function membershipView(m: MembershipRow): AccountMembership {
  return {
    id: m.id,
    role: m.role as Role,
    organizationId: m.organizationId,
    organizationName: m.organizationName,
    organizationKind: m.organizationKind as OrganizationKind,
    regionCode: m.regionCode,
    regionName: m.regionName,
    startedAt: m.startedAt.toISOString(),
    endedAt: m.endedAt?.toISOString() ?? null,
  };
}

function statusOf(u: UserRow): 'pending' | 'active' | 'disabled' {
  if (u.disabled) return 'disabled';
  return u.pendingActivation ? 'pending' : 'active';
}

/** The first administrator of an empty database (R01): a random one-time password, to be changed at first sign-in. */
export async function bootstrapSystemAdministrator(ctx: AppContext): Promise<{ username: string; password: string }> {
  const password = `${randomBytes(12).toString('base64url')}#A1`;
  const username = 'sysadmin';
  await ctx.database.db.transaction(async (tx) => {
    const [org] = await createOrganizationRecords(tx, [{ kind: 'platform', name: '平台运维中心', regionCode: null }]);
    const user = await createAccountRecord(tx, {
      username,
      displayName: '系统管理员',
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    });
    await grantMembership(tx, { userId: user.id, organizationId: org!, role: 'system_admin' });
    await appendAudit(tx, ctx.clock.now(), {
      actor: null,
      action: 'platform.bootstrap_admin',
      objectType: 'user',
      objectId: user.id,
      outcome: 'success',
    });
  });
  return { username, password };
}

// ---- what the caller may do ----

export function abilitiesOf(actor: Actor): AccountAbilities {
  const bureau = actor.role === 'bureau_officer';
  const mayCreate = roleHasPermission(actor.role, 'organization:write');
  const county = bureau && !!actor.regionCode && regionLevel(actor.regionCode) === 'county';
  return {
    organizationKinds: mayCreate ? creatableKinds(actor.role).filter((k) => !(county && k === 'bureau')) : [],
    childBureauOf: bureau ? actor.regionCode : null,
    withinRegion: bureau ? actor.regionCode : null,
    manageAccounts: roleHasPermission(actor.role, 'account:write'),
    securityActions: actor.role === 'security_admin',
    bulkImport: roleHasPermission(actor.role, 'account:write'),
  };
}

// ---- reading ----

/** The current memberships the caller sees (everyone's for the system and security administrators). */
async function visibleMemberships(db: Executor, actor: Actor): Promise<MembershipRow[]> {
  const rows = await membershipRows(db, { userIds: null, currentOnly: true });
  if (seesEveryAccount(actor.role)) return rows;
  return rows.filter((m) => managesMembership(actor, m));
}

export async function listAccounts(
  ctx: AppContext,
  actor: Actor,
  query: AccountListQuery,
): Promise<{ items: AccountListItem[]; total: number; page: number; pageSize: number }> {
  const { db } = ctx.database;
  const visible = await visibleMemberships(db, actor);
  const byUser = new Map<string, MembershipRow[]>();
  for (const m of visible) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), m]);
  const people = seesEveryAccount(actor.role) ? await allUsers(db) : await usersByIds(db, [...byUser.keys()]);
  const q = query.q?.toLowerCase();
  const matching = people.filter((u) => {
    const ms = byUser.get(u.id) ?? [];
    if (query.organizationId && !ms.some((m) => m.organizationId === query.organizationId)) return false;
    if (query.role && !ms.some((m) => m.role === query.role)) return false;
    if (query.regionCode && !ms.some((m) => m.regionCode && isWithinRegion(m.regionCode, query.regionCode!))) {
      return false;
    }
    if (query.status && statusOf(u) !== query.status) return false;
    if (q) {
      const hit = u.username.includes(q) || u.displayName.toLowerCase().includes(q) || u.phone === q || u.email === q;
      if (!hit) return false;
    }
    return true;
  });
  const pageRows = matching.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const locks = await lockedLoginNames(db, ctx.clock.now());
  return {
    items: pageRows.map((u) => listItem(u, byUser.get(u.id) ?? [], locks)),
    total: matching.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function listItem(u: UserRow, current: MembershipRow[], locks: Map<string, Date>): AccountListItem {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    mobile: maskPhone(u.phone),
    email: maskEmail(u.email),
    status: statusOf(u),
    lockedUntil: locks.get(u.username)?.toISOString() ?? null,
    mustChangePassword: u.mustChangePassword,
    memberships: current.map(membershipView),
    createdAt: u.createdAt.toISOString(),
  };
}

interface Target {
  user: UserRow;
  history: MembershipRow[];
  current: MembershipRow[];
  /** The caller manages at least one of the account's current memberships (or is the system administrator). */
  manages: boolean;
}

/** The account if the caller sees it, else NOT_FOUND (existence does not leak outside the caller's organizations). */
async function targetOf(db: Executor, actor: Actor, userId: string): Promise<Target> {
  const user = await userById(db, userId);
  assertFound(user, 'user');
  const history = await membershipRows(db, { userIds: [userId], currentOnly: false });
  const current = history.filter((m) => m.endedAt === null);
  const manages =
    current.some((m) => managesMembership(actor, m)) || (actor.role === 'system_admin' && current.length === 0);
  if (!seesEveryAccount(actor.role) && !manages) throw new AppError('NOT_FOUND', { field: 'user' });
  return { user, history, current, manages };
}

/** The account the caller may change (account:write): never its own through administration. */
async function managedTarget(db: Executor, actor: Actor, userId: string): Promise<Target> {
  const target = await targetOf(db, actor, userId);
  if (!target.manages || userId === actor.userId) throw new AppError('GRANT_NOT_ALLOWED', { field: 'id' });
  return target;
}

export async function getAccount(ctx: AppContext, actor: Actor, userId: string): Promise<AccountDetail> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const t = await targetOf(db, actor, userId);
  const [locks, invites] = await Promise.all([lockedLoginNames(db, now), openInvitationExpiry(db, [userId], now)]);
  const writer = roleHasPermission(actor.role, 'account:write') && t.manages && userId !== actor.userId;
  const security = actor.role === 'security_admin';
  const disabled = t.user.disabled;
  return {
    ...listItem(t.user, t.current, locks),
    history: t.history.map(membershipView),
    invitationExpiresAt: invites.get(userId)?.toISOString() ?? null,
    allowed: {
      edit: writer,
      invite: writer && !disabled && t.user.pendingActivation,
      disable: writer && !disabled,
      enable: writer && disabled,
      move: writer && !disabled && t.current.length > 0,
      resetPassword: security && !disabled,
      endSessions: security,
      unlock: security && locks.has(t.user.username),
    },
  };
}

// ---- writing ----

function audit(
  tx: Executor,
  now: Date,
  actor: AuditActor | null,
  action: AuditAction,
  objectId: string,
  detail?: Record<string, unknown>,
) {
  return appendAudit(tx, now, {
    actor,
    action,
    objectType: 'user',
    objectId,
    outcome: 'success',
    ...(detail ? { detail } : {}),
  });
}

/**
 * Emails the link when a mail server is configured and the account has an address (after the commit). A failed send
 * leaves the invitation standing (the link is shown to pass on): `emailed` false and one warn line without the link.
 */
async function deliver(settings: AccountSettings, email: string | null, invitation: Omit<IssuedInvitation, 'emailed'>) {
  if (!settings.mailer.configured || !email) return { ...invitation, emailed: false };
  try {
    await settings.mailer.send(invitationEmail(email, invitation));
    return { ...invitation, emailed: true };
  } catch (error) {
    (settings.log ?? consoleDeliveryLog).warn(
      { purpose: invitation.purpose, failure: describeSendFailure(error) },
      '邀请邮件未能发出 / invitation email not sent',
    );
    return { ...invitation, emailed: false };
  }
}

/** The email: what the link is for, the link, and until when it works in China time; Chinese first, then English. */
function invitationEmail(to: string, invitation: Omit<IssuedInvitation, 'emailed'>): OutgoingMessage {
  const until = chinaDateTime(new Date(invitation.expiresAt));
  const reset = invitation.purpose === 'reset';
  return {
    to,
    subject: reset ? 'Uplift 重置密码 / password reset' : 'Uplift 账号激活 / account activation',
    text: [
      '您好：',
      '',
      reset
        ? '请打开以下链接，为您在 Uplift（小微企业质量管理体系认证提升行动平台）的账号重新设置密码：'
        : '请打开以下链接，激活您在 Uplift（小微企业质量管理体系认证提升行动平台）的账号并设置密码：',
      invitation.link,
      `链接在北京时间 ${until} 前有效，且只能使用一次。如非您本人申请，请忽略本邮件。`,
      '',
      'Hello,',
      '',
      reset
        ? 'Open the link below to set a new password for your Uplift account:'
        : 'Open the link below to activate your Uplift account and set its password:',
      invitation.link,
      `The link works once, until ${until} China time (UTC+8). If you did not expect this email, ignore it.`,
      '',
    ].join('\n'),
  };
}

async function assertGrantable(tx: Executor, actor: Actor, organizationId: string, role: Role) {
  const org = await organizationById(tx, organizationId);
  if (!org) throw new AppError('NOT_FOUND', { field: 'organizationId' });
  const ref = orgRef(org);
  const occupied = ((await occupiedRolesOf(tx, [org.id])).get(org.id) ?? new Set()) as Set<Role>;
  assertMayGrant(administering(actor), ref, role, occupied);
  return org;
}

export async function createAccount(
  ctx: AppContext,
  actor: Actor,
  input: CreateAccountRequest,
): Promise<AccountCreated> {
  const now = ctx.clock.now();
  const settings = settingsOf(ctx);
  const result = await ctx.database.db.transaction(async (tx) => {
    await assertGrantable(tx, actor, input.organizationId, input.role);
    const user = await createAccountRecord(tx, input);
    await grantMembership(tx, { userId: user.id, organizationId: input.organizationId, role: input.role });
    const invitation = await issueInvitation(tx, settings, {
      userId: user.id,
      purpose: 'activation',
      createdBy: actor.userId,
      now,
    });
    await audit(tx, now, actorRef(actor), 'account.create', user.id, {
      organizationId: input.organizationId,
      role: input.role,
    });
    return { ...user, invitation };
  });
  return {
    id: result.id,
    username: result.username,
    invitation: await deliver(settings, input.email ?? null, result.invitation),
  };
}

export async function updateAccount(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  input: UpdateAccountRequest,
): Promise<AccountDetail> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const t = await managedTarget(tx, actor, userId);
    const patch: Parameters<typeof updateUser>[2] = {};
    if (input.displayName !== undefined) patch.displayName = input.displayName;
    if (input.mobile !== undefined) patch.phone = input.mobile;
    if (input.email !== undefined) patch.email = input.email;
    const taken = await takenField(tx, { phone: patch.phone, email: patch.email }, userId);
    if (taken) throw new AppError('ACCOUNT_DUPLICATE', { field: taken });
    if (Object.keys(patch).length === 0) return;
    await updateUser(tx, userId, patch);
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'account.update',
      objectType: 'user',
      objectId: userId,
      outcome: 'success',
      before: { displayName: t.user.displayName, phone: t.user.phone, email: t.user.email },
      after: patch,
    });
  });
  return getAccount(ctx, actor, userId);
}

export async function reinvite(ctx: AppContext, actor: Actor, userId: string): Promise<IssuedInvitation> {
  const now = ctx.clock.now();
  const settings = settingsOf(ctx);
  const { user, invitation } = await ctx.database.db.transaction(async (tx) => {
    const t = await managedTarget(tx, actor, userId);
    if (!t.user.pendingActivation) throw new AppError('ACCOUNT_ALREADY_ACTIVE');
    if (t.user.disabled) throw new AppError('ACCOUNT_DISABLED');
    const issued = await issueInvitation(tx, settings, { userId, purpose: 'activation', createdBy: actor.userId, now });
    await audit(tx, now, actorRef(actor), 'account.invite', userId);
    return { user: t.user, invitation: issued };
  });
  return deliver(settings, user.email, invitation);
}

/** Disabling ends every session of the account at once and voids its open links. */
export async function disableAccount(ctx: AppContext, actor: Actor, userId: string, reason?: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await managedTarget(tx, actor, userId);
    await updateUser(tx, userId, { disabled: true });
    const ended = await deleteSessionsOfUser(tx, userId);
    await revokeOpenInvitations(tx, userId, now);
    await audit(tx, now, actorRef(actor), 'account.disable', userId, { reason: reason ?? null, sessionsEnded: ended });
  });
}

export async function enableAccount(ctx: AppContext, actor: Actor, userId: string): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    await managedTarget(tx, actor, userId);
    await updateUser(tx, userId, { disabled: false });
    await audit(tx, now, actorRef(actor), 'account.enable', userId);
  });
}

/** The old membership ends today (kept for the history and the trail), the new one starts; its sessions end. */
export async function moveAccount(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  input: MoveAccountRequest,
): Promise<AccountDetail> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const t = await managedTarget(tx, actor, userId);
    const from = t.current.find((m) => m.id === input.fromMembershipId);
    if (!from) throw new AppError('MEMBERSHIP_NOT_FOUND', { field: 'fromMembershipId' });
    if (!managesMembership(actor, from)) throw new AppError('GRANT_NOT_ALLOWED', { field: 'fromMembershipId' });
    await assertGrantable(tx, actor, input.organizationId, input.role);
    await endMembership(tx, from.id, now);
    await deleteSessionsOfMembership(tx, from.id);
    const to = await grantMembership(tx, { userId, organizationId: input.organizationId, role: input.role });
    await audit(tx, now, actorRef(actor), 'account.move', userId, {
      fromMembershipId: from.id,
      toMembershipId: to,
      reason: input.reason ?? null,
    });
  });
  return getAccount(ctx, actor, userId);
}

/** 三员: the security administrator resets — a one-time link or a temporary password changed at first sign-in. */
export async function resetPassword(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  mode: 'link' | 'temporary',
): Promise<{ invitation: IssuedInvitation | null; temporaryPassword: string | null }> {
  const now = ctx.clock.now();
  const settings = settingsOf(ctx);
  const { db } = ctx.database;
  const { user } = await targetOf(db, actor, userId);
  if (user.disabled) throw new AppError('ACCOUNT_DISABLED');
  if (mode === 'link') {
    const invitation = await db.transaction(async (tx) => {
      const issued = await issueInvitation(tx, settings, { userId, purpose: 'reset', createdBy: actor.userId, now });
      await deleteSessionsOfUser(tx, userId);
      await audit(tx, now, actorRef(actor), 'account.reset_password', userId, { mode });
      return issued;
    });
    return { invitation: await deliver(settings, user.email, invitation), temporaryPassword: null };
  }
  const temporaryPassword = `${randomBytes(9).toString('base64url')}#Aa1`;
  const passwordHash = await hashPassword(temporaryPassword);
  await db.transaction(async (tx) => {
    await updateUser(tx, userId, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: true,
      pendingActivation: false,
    });
    await revokeOpenInvitations(tx, userId, now);
    await deleteSessionsOfUser(tx, userId);
    await clearLoginFailures(tx, user.username);
    await audit(tx, now, actorRef(actor), 'account.reset_password', userId, { mode });
  });
  return { invitation: null, temporaryPassword };
}

export async function endSessions(ctx: AppContext, actor: Actor, userId: string): Promise<{ ended: number }> {
  const now = ctx.clock.now();
  const { db } = ctx.database;
  await targetOf(db, actor, userId);
  return db.transaction(async (tx) => {
    const ended = await deleteSessionsOfUser(tx, userId);
    await audit(tx, now, actorRef(actor), 'account.end_sessions', userId, { ended });
    return { ended };
  });
}

// ---- organizations ----

export async function listOrganizations(
  ctx: AppContext,
  actor: Actor,
  query: OrganizationListQuery,
): Promise<{ items: Organization[]; total: number; page: number; pageSize: number }> {
  const { db } = ctx.database;
  const a = administering(actor);
  const candidates = seesEveryAccount(actor.role)
    ? await allOrganizations(db)
    : await organizationsWithin(db, {
        regionPrefix: actor.role === 'bureau_officer' && actor.regionCode ? regionPrefixOf(actor.regionCode) : null,
        alsoIds: [actor.organizationId],
      });
  const q = query.q?.toLowerCase();
  const visible = candidates.filter((o) => {
    if (!seesEveryAccount(actor.role) && o.id !== actor.organizationId && manageableRoles(a, orgRef(o)).length === 0) {
      return false;
    }
    if (query.kind && o.kind !== query.kind) return false;
    if (query.regionCode && !(o.regionCode && isWithinRegion(o.regionCode, query.regionCode))) return false;
    if (q && !o.name.toLowerCase().includes(q)) return false;
    return true;
  });
  const pageRows = visible.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
  const [occupied, counts, approvals] = await Promise.all([
    occupiedRolesOf(
      db,
      pageRows.map((o) => o.id),
    ),
    activeMemberCounts(db),
    bodyApprovalNumbers(db),
  ]);
  return {
    items: pageRows.map((o) => ({
      id: o.id,
      kind: o.kind as OrganizationKind,
      name: o.name,
      regionCode: o.regionCode,
      regionName: o.regionName,
      approvalNumber: approvals.get(o.id) ?? null,
      activeMembers: counts.get(o.id) ?? 0,
      grantableRoles: roleHasPermission(actor.role, 'account:write')
        ? grantableRoles(a, orgRef(o), (occupied.get(o.id) ?? new Set()) as Set<Role>)
        : [],
    })),
    total: visible.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

function regionPrefixOf(code: string): string {
  switch (regionLevel(code)) {
    case 'national':
      return '';
    case 'province':
      return code.slice(0, 2);
    case 'city':
      return code.slice(0, 4);
    case 'county':
      return code;
  }
}

export async function createOrganization(
  ctx: AppContext,
  actor: Actor,
  input: CreateOrganizationRequest,
): Promise<OrganizationCreated> {
  const problem = organizationCreationProblem(administering(actor), input);
  if (problem) throw new AppError(problem.code, { field: problem.field });
  if (input.kind === 'certification_body' && !input.approvalNumber) {
    throw new AppError('VALIDATION_FAILED', { field: 'approvalNumber', detail: 'required for a certification body' });
  }
  const now = ctx.clock.now();
  const settings = settingsOf(ctx);
  const created = await ctx.database.db.transaction(async (tx) => {
    await assertRegionsForNewRecord(tx, [input.regionCode], 'regionCode');
    if (await organizationNamed(tx, input.kind, input.name))
      throw new AppError('ORGANIZATION_DUPLICATE', { field: 'name' });
    const [id] = await createOrganizationRecords(tx, [
      { kind: input.kind, name: input.name, regionCode: input.regionCode },
    ]);
    if (input.kind === 'certification_body')
      await recordBodyDetails(tx, id!, { approvalNumber: input.approvalNumber! });
    await appendAudit(tx, now, {
      actor: actorRef(actor),
      action: 'organization.create',
      objectType: 'organization',
      objectId: id!,
      outcome: 'success',
      after: input,
    });
    if (!input.firstAdministrator) return { id: id!, administrator: null };
    const role = firstAdministratorRole(input.kind);
    await assertGrantable(tx, actor, id!, role);
    const user = await createAccountRecord(tx, input.firstAdministrator);
    await grantMembership(tx, { userId: user.id, organizationId: id!, role });
    const invitation = await issueInvitation(tx, settings, {
      userId: user.id,
      purpose: 'activation',
      createdBy: actor.userId,
      now,
    });
    await audit(tx, now, actorRef(actor), 'account.create', user.id, { organizationId: id, role });
    return { id: id!, administrator: { ...user, invitation } };
  });
  if (!created.administrator) return { id: created.id, administrator: null };
  const { invitation, ...user } = created.administrator;
  return {
    id: created.id,
    administrator: {
      ...user,
      invitation: await deliver(settings, input.firstAdministrator?.email ?? null, invitation),
    },
  };
}

// ---- one-time links (public) ----

/** The link's invitation and account, or the clear reason it does not work; a forged token says only "invalid". */
async function openLink(db: Executor, token: string, now: Date) {
  const invitation = await invitationByHash(db, hashToken(token));
  if (!invitation) throw new AppError('INVITATION_INVALID', { field: 'token' });
  const state = invitationState(invitation, now);
  if (state === 'used') throw new AppError('INVITATION_USED', { field: 'token' });
  if (state === 'expired' || state === 'superseded') throw new AppError('INVITATION_EXPIRED', { field: 'token' });
  const user = await userById(db, invitation.userId);
  if (!user || user.disabled) throw new AppError('INVITATION_INVALID', { field: 'token' });
  return { invitation, user };
}

export async function inspectInvitation(ctx: AppContext, token: string) {
  const { db } = ctx.database;
  const { invitation, user } = await openLink(db, token, ctx.clock.now());
  const [membership] = await membershipRows(db, { userIds: [user.id], currentOnly: true });
  return {
    purpose: invitation.purpose as 'activation' | 'reset',
    username: user.username,
    displayName: user.displayName,
    organizationName: membership?.organizationName ?? null,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/** Sets the password (R02) with a one-time link; the link is spent, other sessions end. */
export async function activate(ctx: AppContext, input: ActivateRequest): Promise<{ username: string }> {
  const { db } = ctx.database;
  const now = ctx.clock.now();
  const { invitation, user } = await openLink(db, input.token, now);
  const problems = passwordProblems(input.password, { username: user.username, phone: user.phone });
  if (problems.length > 0) throw new AppError('PASSWORD_POLICY', { field: 'password', detail: problems.join(', ') });
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    if (!(await markInvitationUsed(tx, invitation.id, now))) throw new AppError('INVITATION_USED', { field: 'token' });
    await updateUser(tx, user.id, {
      passwordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
      pendingActivation: false,
    });
    await deleteSessionsOfUser(tx, user.id);
    await clearLoginFailures(tx, user.username);
    const [m] = await membershipRows(tx, { userIds: [user.id], currentOnly: true });
    await audit(
      tx,
      now,
      { userId: user.id, organizationId: m?.organizationId ?? null, role: m?.role ?? null },
      invitation.purpose === 'reset' ? 'account.reset_completed' : 'account.activate',
      user.id,
    );
  });
  return { username: user.username };
}

// ---- enterprise onboarding ----

interface EnterpriseFacts {
  organizationId: string;
  uscc: string;
  contactName: string | null;
  contactPhone: string | null;
}

/**
 * Seed 002 §四 / 003 §6.2.3: once selected, the enterprise's designated contact gets an account and an activation
 * link. An enterprise that already has a contact account (an earlier campaign) keeps it; the enterprise itself is
 * one organization per credit code (intake). A mobile already used by another account is left off, never refused.
 */
export async function onboardEnterpriseContact(
  tx: Executor,
  settings: AccountSettings,
  input: { enterprise: EnterpriseFacts; enterpriseName: string; actor: AuditActor; now: Date },
): Promise<{ userId: string; created: boolean }> {
  const [existing] = await currentMembersOf(tx, input.enterprise.organizationId, 'enterprise_contact');
  if (existing) return { userId: existing.user.id, created: false };
  const phone = input.enterprise.contactPhone?.trim() || null;
  const phoneFree = phone && /^1\d{10}$/.test(phone) && !(await takenField(tx, { username: phone, phone }));
  const username = phoneFree ? phone : input.enterprise.uscc.toLowerCase();
  if (await takenField(tx, { username })) throw new AppError('ACCOUNT_DUPLICATE', { field: 'username' });
  const user = await createAccountRecord(tx, {
    username,
    displayName: input.enterprise.contactName?.trim() || input.enterpriseName,
    mobile: phoneFree ? phone : null,
  });
  await grantMembership(tx, {
    userId: user.id,
    organizationId: input.enterprise.organizationId,
    role: 'enterprise_contact',
  });
  await issueInvitation(tx, settings, {
    userId: user.id,
    purpose: 'activation',
    createdBy: input.actor.userId,
    now: input.now,
  });
  await audit(tx, input.now, input.actor, 'account.onboard_enterprise', user.id, {
    organizationId: input.enterprise.organizationId,
  });
  return { userId: user.id, created: true };
}

async function participationInScope(db: Executor, actor: Actor, participationId: string) {
  const row = await findParticipation(db, actor, participationId);
  assertFound(row, 'participation');
  return row;
}

export async function enterpriseAccount(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
): Promise<EnterpriseAccount> {
  const { db } = ctx.database;
  const row = await participationInScope(db, actor, participationId);
  const [member] = await currentMembersOf(db, row.p.enterpriseId, 'enterprise_contact');
  const invites = member ? await openInvitationExpiry(db, [member.user.id], ctx.clock.now()) : new Map<string, Date>();
  return {
    enterpriseId: row.p.enterpriseId,
    enterpriseName: row.enterpriseName,
    contactName: row.enterprise.contactName,
    contactPhone: maskPhone(row.enterprise.contactPhone),
    account: member
      ? {
          id: member.user.id,
          username: member.user.username,
          displayName: member.user.displayName,
          status: statusOf(member.user),
        }
      : null,
    invitationExpiresAt: member ? (invites.get(member.user.id)?.toISOString() ?? null) : null,
  };
}

/** A fresh activation link for the enterprise's contact (the bureau passes it on), making the account if needed. */
export async function inviteEnterprise(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
): Promise<IssuedInvitation> {
  const now = ctx.clock.now();
  const settings = settingsOf(ctx);
  const { db } = ctx.database;
  const { invitation, email } = await db.transaction(async (tx) => {
    const row = await participationInScope(tx, actor, participationId);
    const stage = row.p.stage as Stage;
    if (mainPathIndex(stage) < mainPathIndex('selected')) throw new AppError('ENTERPRISE_NOT_SELECTED');
    const { userId } = await onboardEnterpriseContact(tx, settings, {
      enterprise: row.enterprise,
      enterpriseName: row.enterpriseName,
      actor: actorRef(actor),
      now,
    });
    const user = await userById(tx, userId);
    if (!user!.pendingActivation) throw new AppError('ACCOUNT_ALREADY_ACTIVE');
    if (user!.disabled) throw new AppError('ACCOUNT_DISABLED');
    const issued = await issueInvitation(tx, settings, { userId, purpose: 'activation', createdBy: actor.userId, now });
    await audit(tx, now, actorRef(actor), 'account.invite', userId, { participationId });
    return { invitation: issued, email: user!.email };
  });
  return deliver(settings, email, invitation);
}
