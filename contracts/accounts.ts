/**
 * Accounts for every party (分级管理, ADR 0034): organizations and their first administrators, the account lifecycle
 * (create + invite, activate, edit, disable / re-enable, never delete), the security administrator's password resets
 * and session ending, moving a person between organizations with the history kept, bulk creation from an XLSX, and
 * the enterprise contact's invitation after selection (seed 002 §四; shared/security R01–R17; 三员分立).
 *
 * Invitation links: every answer that issues an invitation carries `invitation.link` (the one-time activation link
 * the inviter passes on; the token is stored only as its SHA-256, so this answer is the only place it appears).
 * The web's activation page is `/activate?token=…`; it calls `inspectInvitation` then `activate`.
 */
import { z } from 'zod';
import { ORGANIZATION_KINDS, ROLES } from '../domain/access/roles.js';
import { PASSWORD_MAX_LENGTH } from '../domain/access/password-policy.js';
import { defineContract } from './endpoint.js';
import { XLSX_MEDIA_TYPE } from './rosters.js';
import { IdParams, PageQuery, RegionCode, Uuid, pageOf } from './shared.js';

export const RoleEnum = z.enum(ROLES);
export const OrganizationKindEnum = z.enum(ORGANIZATION_KINDS);

/** pending = invited, not yet activated; active; disabled (kept for the trail, never deleted). */
export const ACCOUNT_STATUSES = ['pending', 'active', 'disabled'] as const;
export const AccountStatus = z.enum(ACCOUNT_STATUSES);
export type AccountStatus = z.infer<typeof AccountStatus>;

/** The organization kinds an administrator creates (enterprises come from applications, the platform exists). */
export const CREATABLE_ORGANIZATION_KINDS = ['bureau', 'certification_body', 'association'] as const;

const Mobile = z
  .string()
  .trim()
  .regex(/^1\d{10}$/, '11-digit mainland mobile number');
const Email = z.string().trim().toLowerCase().email().max(120);
const Username = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'letters, digits and . _ @ -')
  .describe('login name; case-folded; defaults to the mobile, else the email');
const DisplayName = z.string().trim().min(1).max(50);

/** A one-time link just issued (activation or reset). */
export const IssuedInvitation = z
  .object({
    link: z.string().describe('absolute when PUBLIC_BASE_URL is set, else the path /activate?token=…'),
    token: z.string().describe('the same token as in the link (for tests and for copying)'),
    purpose: z.enum(['activation', 'reset']),
    expiresAt: z.string(),
    emailed: z.boolean().describe('true when SMTP is configured and the account has an email'),
  })
  .meta({ id: 'IssuedInvitation' });
export type IssuedInvitation = z.infer<typeof IssuedInvitation>;

export const AccountMembership = z
  .object({
    id: Uuid,
    role: RoleEnum,
    organizationId: Uuid,
    organizationName: z.string(),
    organizationKind: OrganizationKindEnum,
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    startedAt: z.string(),
    endedAt: z.string().nullable().describe('set when the person moved on; the membership stays for the history'),
  })
  .meta({ id: 'AccountMembership' });
export type AccountMembership = z.infer<typeof AccountMembership>;

export const AccountListItem = z
  .object({
    id: Uuid,
    username: z.string(),
    displayName: z.string(),
    mobile: z.string().nullable().describe('masked'),
    email: z.string().nullable().describe('masked'),
    status: AccountStatus,
    lockedUntil: z.string().nullable(),
    mustChangePassword: z.boolean(),
    /** The current memberships (ended ones are in the detail's history). */
    memberships: z.array(AccountMembership),
    createdAt: z.string(),
  })
  .meta({ id: 'AccountListItem' });
export type AccountListItem = z.infer<typeof AccountListItem>;

export const AccountDetail = AccountListItem.extend({
  history: z.array(AccountMembership).describe('every membership, current and ended, oldest first'),
  invitationExpiresAt: z.string().nullable().describe('the open activation link, if any'),
  /** What the caller may do to this account now (the web shows only these actions). */
  allowed: z.object({
    edit: z.boolean(),
    invite: z.boolean(),
    disable: z.boolean(),
    enable: z.boolean(),
    move: z.boolean(),
    resetPassword: z.boolean(),
    endSessions: z.boolean(),
    unlock: z.boolean(),
  }),
}).meta({ id: 'AccountDetail' });
export type AccountDetail = z.infer<typeof AccountDetail>;

export const AccountListQuery = z.strictObject({
  ...PageQuery.shape,
  q: z.string().trim().max(60).optional().describe('username, name, or full mobile / email'),
  organizationId: Uuid.optional(),
  role: RoleEnum.optional(),
  regionCode: RegionCode.optional().describe("the organization's region and below"),
  status: AccountStatus.optional(),
});
export type AccountListQuery = z.output<typeof AccountListQuery>;

export const NewAccount = z.strictObject({
  displayName: DisplayName,
  username: Username.optional(),
  mobile: Mobile.optional(),
  email: Email.optional(),
});

export const CreateAccountRequest = NewAccount.extend({
  organizationId: Uuid,
  role: RoleEnum,
});
export type CreateAccountRequest = z.output<typeof CreateAccountRequest>;

export const AccountCreated = z
  .object({ id: Uuid, username: z.string(), invitation: IssuedInvitation })
  .meta({ id: 'AccountCreated' });
export type AccountCreated = z.infer<typeof AccountCreated>;

export const UpdateAccountRequest = z.strictObject({
  displayName: DisplayName.optional(),
  mobile: Mobile.nullable().optional(),
  email: Email.nullable().optional(),
});
export type UpdateAccountRequest = z.output<typeof UpdateAccountRequest>;

export const ReasonBody = z.strictObject({ reason: z.string().trim().max(200).optional() });

export const MoveAccountRequest = z.strictObject({
  fromMembershipId: Uuid.describe('the membership that ends today'),
  organizationId: Uuid,
  role: RoleEnum,
  reason: z.string().trim().max(200).optional(),
});
export type MoveAccountRequest = z.output<typeof MoveAccountRequest>;

export const ResetPasswordRequest = z.strictObject({
  mode: z.enum(['link', 'temporary']).describe('a one-time reset link, or a temporary password to change at sign-in'),
});
export const ResetPasswordAnswer = z
  .object({
    invitation: IssuedInvitation.nullable(),
    temporaryPassword: z.string().nullable().describe('shown once; must be changed at first sign-in'),
  })
  .meta({ id: 'ResetPasswordAnswer' });

export const Organization = z
  .object({
    id: Uuid,
    kind: OrganizationKindEnum,
    name: z.string(),
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    approvalNumber: z.string().nullable().describe('CNCA 批准号 of a certification body'),
    activeMembers: z.number().int(),
    /** The roles the caller may give a new account in this organization now. */
    grantableRoles: z.array(RoleEnum),
  })
  .meta({ id: 'Organization' });
export type Organization = z.infer<typeof Organization>;

export const OrganizationListQuery = z.strictObject({
  ...PageQuery.shape,
  q: z.string().trim().max(60).optional(),
  kind: OrganizationKindEnum.optional(),
  regionCode: RegionCode.optional().describe('this region and below'),
});
export type OrganizationListQuery = z.output<typeof OrganizationListQuery>;

export const CreateOrganizationRequest = z.strictObject({
  kind: z.enum(CREATABLE_ORGANIZATION_KINDS),
  name: z.string().trim().min(2).max(100),
  regionCode: RegionCode.describe('a bureau: its jurisdiction; a body or expert group: where it is located'),
  approvalNumber: z
    .string()
    .trim()
    .regex(/^CNCA-R-\d{4}-\d{3,4}$/, 'CNCA-R-YYYY-NNN')
    .optional()
    .describe('required for a certification body'),
  /** Its first administrator (bureau: bureau_officer; body: cb_admin; expert group: evaluation_expert). */
  firstAdministrator: NewAccount.optional(),
});
export type CreateOrganizationRequest = z.output<typeof CreateOrganizationRequest>;

export const OrganizationCreated = z
  .object({ id: Uuid, administrator: AccountCreated.nullable() })
  .meta({ id: 'OrganizationCreated' });
export type OrganizationCreated = z.infer<typeof OrganizationCreated>;

/** What the caller may create (the web builds its forms from this). */
export const AccountAbilities = z
  .object({
    organizationKinds: z.array(z.enum(CREATABLE_ORGANIZATION_KINDS)),
    /** A new bureau's region must be a direct child of this code (null: any region, the system administrator). */
    childBureauOf: z.string().nullable(),
    /** Bodies and expert groups must lie within this region (null: anywhere). */
    withinRegion: z.string().nullable(),
    manageAccounts: z.boolean(),
    securityActions: z.boolean().describe('reset passwords, unlock, end sessions (the security administrator)'),
    bulkImport: z.boolean(),
  })
  .meta({ id: 'AccountAbilities' });
export type AccountAbilities = z.infer<typeof AccountAbilities>;

export const InvitationToken = z.strictObject({ token: z.string().min(16).max(128) });
export const InvitationInfo = z
  .object({
    purpose: z.enum(['activation', 'reset']),
    username: z.string(),
    displayName: z.string(),
    organizationName: z.string().nullable(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationInfo' });
export const ActivateRequest = z.strictObject({
  token: z.string().min(16).max(128),
  password: z
    .string()
    .min(1)
    .max(PASSWORD_MAX_LENGTH * 4)
    .describe('checked against the password policy (R02)'),
});
export type ActivateRequest = z.output<typeof ActivateRequest>;

export const AccountImportQuery = z.strictObject({ dryRun: z.enum(['0', '1']).default('0') });
export const AccountImportResult = z
  .object({
    importId: Uuid,
    totalRows: z.number().int(),
    invalidRows: z.number().int(),
    createdRows: z.number().int(),
    status: z.enum(['created', 'rejected', 'checked']),
    errors: z.array(z.object({ row: z.number().int(), field: z.string(), code: z.string(), message: z.string() })),
    created: z.array(z.object({ row: z.number().int(), id: Uuid, username: z.string(), invitation: IssuedInvitation })),
  })
  .meta({ id: 'AccountImportResult' });
export type AccountImportResult = z.infer<typeof AccountImportResult>;

export const EnterpriseAccount = z
  .object({
    enterpriseId: Uuid,
    enterpriseName: z.string(),
    contactName: z.string().nullable(),
    contactPhone: z.string().nullable().describe('masked'),
    account: z
      .object({ id: Uuid, username: z.string(), displayName: z.string(), status: AccountStatus })
      .nullable()
      .describe("the enterprise's contact account (made when the bureau selected it)"),
    invitationExpiresAt: z.string().nullable(),
  })
  .meta({ id: 'EnterpriseAccount' });
export type EnterpriseAccount = z.infer<typeof EnterpriseAccount>;

const ACCOUNT_WRITE_ERRORS = ['NOT_FOUND', 'ACCOUNT_DUPLICATE', 'GRANT_NOT_ALLOWED', 'ADMIN_ROLES_SEPARATED'] as const;

const FILE_ERRORS = [
  'ROSTER_FILE_INVALID',
  'ROSTER_HEADERS_MISSING',
  'ROSTER_FILE_TOO_LARGE',
  'ROSTER_UNPACKED_TOO_LARGE',
  'ROSTER_TOO_MANY_ROWS',
  'ROSTER_TOO_MANY_COLUMNS',
  'ROSTER_CELL_TOO_LONG',
  'FILE_TYPE_NOT_ALLOWED',
] as const;

export const accounts = defineContract('accounts', {
  abilities: {
    method: 'GET',
    path: '/api/v1/accounts/abilities',
    permission: 'account:read',
    summary: 'What the caller may create and manage (分级管理)',
    answer: AccountAbilities,
    errors: [],
  },
  list: {
    method: 'GET',
    path: '/api/v1/accounts',
    permission: 'account:read',
    summary: 'Accounts of the organizations the caller manages (theirs and the level below), filtered and paged',
    query: AccountListQuery,
    answer: pageOf(AccountListItem),
    errors: [],
  },
  get: {
    method: 'GET',
    path: '/api/v1/accounts/:id',
    permission: 'account:read',
    summary: 'One account with its membership history and the actions the caller may take',
    params: IdParams,
    answer: AccountDetail,
    errors: ['NOT_FOUND'],
  },
  create: {
    method: 'POST',
    path: '/api/v1/accounts',
    permission: 'account:write',
    summary: 'Create an account in an organization and issue its activation link',
    body: CreateAccountRequest,
    status: 201,
    answer: AccountCreated,
    errors: ACCOUNT_WRITE_ERRORS,
  },
  update: {
    method: 'POST',
    path: '/api/v1/accounts/:id',
    permission: 'account:write',
    summary: 'Edit name, mobile or email',
    params: IdParams,
    body: UpdateAccountRequest,
    answer: AccountDetail,
    errors: ['NOT_FOUND', 'GRANT_NOT_ALLOWED', 'ACCOUNT_DUPLICATE'],
  },
  invite: {
    method: 'POST',
    path: '/api/v1/accounts/:id/invitation',
    permission: 'account:write',
    summary: 'Issue a fresh activation link to an account not yet activated (earlier links stop working)',
    params: IdParams,
    answer: IssuedInvitation,
    errors: ['NOT_FOUND', 'GRANT_NOT_ALLOWED', 'ACCOUNT_ALREADY_ACTIVE', 'ACCOUNT_DISABLED'],
  },
  disable: {
    method: 'POST',
    path: '/api/v1/accounts/:id/disable',
    permission: 'account:write',
    summary: 'Disable an account; all its sessions end at once',
    params: IdParams,
    body: ReasonBody,
    answer: 'empty',
    errors: ['NOT_FOUND', 'GRANT_NOT_ALLOWED'],
  },
  enable: {
    method: 'POST',
    path: '/api/v1/accounts/:id/enable',
    permission: 'account:write',
    summary: 'Re-enable a disabled account',
    params: IdParams,
    answer: 'empty',
    errors: ['NOT_FOUND', 'GRANT_NOT_ALLOWED'],
  },
  move: {
    method: 'POST',
    path: '/api/v1/accounts/:id/move',
    permission: 'account:write',
    summary: 'Move a person to another organization: the old membership ends today, a new one starts',
    params: IdParams,
    body: MoveAccountRequest,
    answer: AccountDetail,
    errors: ['NOT_FOUND', 'MEMBERSHIP_NOT_FOUND', 'GRANT_NOT_ALLOWED', 'ADMIN_ROLES_SEPARATED'],
  },
  resetPassword: {
    method: 'POST',
    path: '/api/v1/accounts/:id/reset-password',
    permission: 'account:reset_password',
    summary: 'Security administrator: a one-time reset link or a temporary password; ends the sessions',
    params: IdParams,
    body: ResetPasswordRequest,
    answer: ResetPasswordAnswer,
    errors: ['NOT_FOUND', 'ACCOUNT_DISABLED'],
  },
  endSessions: {
    method: 'POST',
    path: '/api/v1/accounts/:id/end-sessions',
    permission: 'account:end_sessions',
    summary: 'Security administrator: end every session of an account',
    params: IdParams,
    answer: z.object({ ended: z.number().int() }),
    errors: ['NOT_FOUND'],
  },
  importTemplate: {
    method: 'GET',
    path: '/api/v1/accounts/import/template',
    permission: 'account:write',
    summary: 'The bulk-account template (姓名, 手机, 邮箱, 单位, 角色, 地区)',
    answer: 'file',
    errors: [],
  },
  import: {
    method: 'POST',
    path: '/api/v1/accounts/import',
    permission: 'account:write',
    summary: 'Create accounts from an .xlsx body, all-or-nothing; dryRun only checks',
    query: AccountImportQuery,
    rawBody: {
      mediaTypes: [XLSX_MEDIA_TYPE],
      description: 'The account workbook (.xlsx) itself; header x-file-name: its percent-encoded file name',
    },
    answer: AccountImportResult,
    errors: [...FILE_ERRORS],
  },
  importErrors: {
    method: 'GET',
    path: '/api/v1/accounts/imports/:id/errors.xlsx',
    permission: 'account:write',
    summary: 'The uploaded rows with an error column, to fix and upload again',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
  organizations: {
    method: 'GET',
    path: '/api/v1/organizations',
    permission: 'account:read',
    summary: 'Organizations the caller manages (its own and the level below), with the roles it may grant there',
    query: OrganizationListQuery,
    answer: pageOf(Organization),
    errors: [],
  },
  createOrganization: {
    method: 'POST',
    path: '/api/v1/organizations',
    permission: 'organization:write',
    summary: 'Create a bureau of the level below, a certification body or an expert group, and its first administrator',
    body: CreateOrganizationRequest,
    status: 201,
    answer: OrganizationCreated,
    errors: [
      ...ACCOUNT_WRITE_ERRORS,
      'ORGANIZATION_NOT_ALLOWED',
      'ORGANIZATION_DUPLICATE',
      'REGION_UNKNOWN',
      'REGION_RETIRED',
    ],
  },
  inspectInvitation: {
    method: 'POST',
    path: '/api/v1/public/invitations/inspect',
    permission: 'public',
    summary: 'Whom an activation or reset link is for (the token in the body, never in a URL the server logs)',
    body: InvitationToken,
    answer: InvitationInfo,
    errors: ['INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED', 'RATE_LIMITED'],
  },
  activate: {
    method: 'POST',
    path: '/api/v1/public/invitations/activate',
    permission: 'public',
    summary: 'Set the password with a one-time link (activation or reset); then sign in',
    body: ActivateRequest,
    answer: z.object({ username: z.string() }),
    errors: ['INVITATION_INVALID', 'INVITATION_EXPIRED', 'INVITATION_USED', 'PASSWORD_POLICY', 'RATE_LIMITED'],
  },
  enterpriseAccount: {
    method: 'GET',
    path: '/api/v1/participations/:id/enterprise-account',
    permission: 'account:onboard',
    summary: "The enterprise contact's account of a participation (made when the bureau selects it)",
    params: IdParams,
    answer: EnterpriseAccount,
    errors: ['NOT_FOUND'],
  },
  inviteEnterprise: {
    method: 'POST',
    path: '/api/v1/participations/:id/enterprise-account/invitation',
    permission: 'account:onboard',
    summary: "Issue the enterprise contact's activation link (creating the account if it has none yet)",
    params: IdParams,
    answer: IssuedInvitation,
    errors: ['NOT_FOUND', 'ACCOUNT_ALREADY_ACTIVE', 'ACCOUNT_DISABLED', 'ACCOUNT_DUPLICATE', 'ENTERPRISE_NOT_SELECTED'],
  },
});
