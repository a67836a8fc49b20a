/**
 * 方案实施 (003 §6.7; 000 §二(4)): the enterprise's improvement team, the recorded start of QMS operation (the one way
 * to reach "operating"), the operation records with their files, and the log of problems and opinions with their
 * resolution and the plan amendment they led to. Written by the assistance side and the enterprise's contact; read
 * by the region's bureaus and the appointed evaluator.
 */
import { z } from 'zod';
import type { ErrorCode } from '../domain/errors/codes.js';
import {
  ISSUE_KINDS,
  ISSUE_SOURCES,
  OPERATION_RECORD_KINDS,
  OVERDUE_FLAGS,
} from '../domain/implementation/implementation.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';

const Text = (max: number) => z.string().trim().max(max);

export const TeamMember = z.strictObject({
  name: Text(60),
  role: Text(60).describe('the member’s part in the team (副组长, 组员, 内审员 …)'),
  post: Text(60).nullable().optional(),
  department: Text(60).nullable().optional(),
});

export const SaveTeamRequest = z.strictObject({
  leader: z.strictObject({
    name: Text(60),
    post: Text(60).nullable().optional(),
    isTopManager: z.boolean().describe('003 §6.7.2.1: the top manager leads, or someone they authorised'),
    delegationReason: Text(500).nullable().optional().describe('required when the leader is not the top manager'),
  }),
  members: z.array(TeamMember).max(40),
});
export type SaveTeamRequest = z.output<typeof SaveTeamRequest>;

export const StartOperationRequest = z.strictObject({
  operationStartedOn: IsoDate.describe('not before the plan’s acceptance, not after today'),
  note: Text(1000).optional(),
  version: z.number().int().min(1).describe('the participation’s version the user saw'),
});
export type StartOperationRequest = z.output<typeof StartOperationRequest>;

export const AddOperationRecordRequest = z.strictObject({
  kind: z.enum(OPERATION_RECORD_KINDS),
  recordedOn: IsoDate.describe('within the operation: not before its start, not after today'),
  title: Text(200).min(1),
  body: Text(4000).optional(),
  controlPoint: Text(200).optional().describe('control_point: one of the accepted plan’s key control points'),
  fileIds: z.array(Uuid).max(20).default([]).describe('files uploaded with purpose operation_record'),
});
export type AddOperationRecordRequest = z.output<typeof AddOperationRecordRequest>;

export const LogIssueRequest = z.strictObject({
  source: z.enum(ISSUE_SOURCES),
  kind: z.enum(ISSUE_KINDS),
  raisedOn: IsoDate,
  raisedByName: Text(60).min(1),
  description: Text(2000).min(1),
});
export type LogIssueRequest = z.output<typeof LogIssueRequest>;

export const ResolveIssueRequest = z.strictObject({
  resolution: Text(2000),
  resolvedOn: IsoDate,
  planVersion: z.number().int().min(2).nullable().optional().describe('the plan version amended for it (003 §6.7.3)'),
});
export type ResolveIssueRequest = z.output<typeof ResolveIssueRequest>;

export const IssueParams = z.object({ id: Uuid, issueId: Uuid });

const RecordedBy = { recordedByName: z.string(), recordedAt: z.string() };

export const ImplementationOverview = z
  .object({
    stage: z.string(),
    team: z
      .object({
        version: z.number().int(),
        leader: z.object({
          name: z.string(),
          post: z.string().nullable(),
          isTopManager: z.boolean(),
          delegationReason: z.string().nullable(),
        }),
        members: z.array(
          z.object({
            name: z.string(),
            role: z.string(),
            post: z.string().nullable(),
            department: z.string().nullable(),
          }),
        ),
        ...RecordedBy,
      })
      .nullable(),
    teamHistory: z
      .array(
        z.object({ version: z.number().int(), leaderName: z.string(), memberCount: z.number().int(), ...RecordedBy }),
      )
      .describe('every version of the team, newest first'),
    operationStart: z.object({ startedOn: z.string(), note: z.string().nullable(), ...RecordedBy }).nullable(),
    /** 000 §二(4): the first day the three months count as complete (internal audit and review from then on). */
    operationCompleteOn: z.string().nullable(),
    planAcceptedOn: z.string().nullable().describe('the day the enterprise first accepted the plan'),
    planControlPoints: z.array(z.string()).describe('the accepted plan’s key control points (003 §6.6.1 a))'),
    planAmendments: z.array(z.object({ version: z.number().int(), madeOn: z.string(), reason: z.string().nullable() })),
    records: z.array(
      z.object({
        id: Uuid,
        kind: z.enum(OPERATION_RECORD_KINDS),
        recordedOn: z.string(),
        title: z.string(),
        body: z.string().nullable(),
        controlPoint: z.string().nullable(),
        files: z.array(z.object({ id: Uuid, fileName: z.string(), mime: z.string() })),
        recordedRole: z.string(),
        ...RecordedBy,
      }),
    ),
    issues: z.array(
      z.object({
        id: Uuid,
        source: z.enum(ISSUE_SOURCES),
        kind: z.enum(ISSUE_KINDS),
        raisedOn: z.string(),
        raisedByName: z.string(),
        description: z.string(),
        resolution: z.string().nullable(),
        resolvedOn: z.string().nullable(),
        planVersion: z.number().int().nullable(),
        ...RecordedBy,
      }),
    ),
    overdue: z.array(z.enum(OVERDUE_FLAGS)),
    may: z.object({
      writeTeam: z.boolean(),
      startOperation: z.boolean(),
      addRecord: z.boolean(),
      logIssue: z.boolean(),
    }),
  })
  .meta({ id: 'ImplementationOverview' });
export type ImplementationOverview = z.output<typeof ImplementationOverview>;

const SCOPE = ['NOT_FOUND'] as const satisfies readonly ErrorCode[];
const WRITE = [...SCOPE, 'FORBIDDEN', 'IMPLEMENTATION_LOCKED'] as const satisfies readonly ErrorCode[];

export const implementation = defineContract('implementation', {
  overview: {
    method: 'GET',
    path: '/api/v1/participations/:id/implementation',
    permission: 'implementation:read',
    summary: 'The implementation records: team, operation start, operation records, issue log, overdue flags',
    params: IdParams,
    answer: ImplementationOverview,
    errors: SCOPE,
  },
  saveTeam: {
    method: 'POST',
    path: '/api/v1/participations/:id/implementation/team',
    permission: 'implementation:write',
    summary: 'Record the improvement team (a new version; the earlier ones stay as its history)',
    params: IdParams,
    body: SaveTeamRequest,
    answer: ImplementationOverview,
    errors: [...WRITE, 'REQUIRED', 'TEAM_LEADER_DELEGATION_REASON', 'TEAM_MEMBERS_REQUIRED', 'TEAM_MEMBER_DUPLICATE'],
  },
  startOperation: {
    method: 'POST',
    path: '/api/v1/participations/:id/implementation/operation-start',
    permission: 'implementation:write',
    summary: 'Record the day QMS operation started; this moves the participation to operating',
    params: IdParams,
    body: StartOperationRequest,
    answer: ImplementationOverview,
    errors: [
      ...WRITE,
      'TEAM_REQUIRED',
      'OPERATION_BEFORE_PLAN',
      'DATE_IN_FUTURE',
      'PLAN_NOT_ACCEPTED',
      'VERSION_CONFLICT',
      'ILLEGAL_TRANSITION',
      'TRANSITION_ROLE_FORBIDDEN',
    ],
  },
  addRecord: {
    method: 'POST',
    path: '/api/v1/participations/:id/implementation/records',
    permission: 'implementation:write',
    summary: 'Add a dated operation record (run record, data, improvement, control point) with its files',
    params: IdParams,
    body: AddOperationRecordRequest,
    status: 201,
    answer: ImplementationOverview,
    errors: [
      ...WRITE,
      'OPERATION_NOT_STARTED',
      'RECORD_BEFORE_OPERATION',
      'DATE_IN_FUTURE',
      'REQUIRED',
      'CONTROL_POINT_NOT_IN_PLAN',
    ],
  },
  logIssue: {
    method: 'POST',
    path: '/api/v1/participations/:id/implementation/issues',
    permission: 'implementation:write',
    summary: 'Log a problem or opinion raised during training, process work or operation (003 §6.7.3)',
    params: IdParams,
    body: LogIssueRequest,
    status: 201,
    answer: ImplementationOverview,
    errors: [...WRITE, 'DATE_IN_FUTURE'],
  },
  resolveIssue: {
    method: 'POST',
    path: '/api/v1/participations/:id/implementation/issues/:issueId/resolution',
    permission: 'implementation:write',
    summary: 'Record how an issue was resolved, linking the plan amendment when the plan was adjusted',
    params: IssueParams,
    body: ResolveIssueRequest,
    answer: ImplementationOverview,
    errors: [...WRITE, 'REQUIRED', 'DATE_ORDER', 'DATE_IN_FUTURE', 'PLAN_AMENDMENT_UNKNOWN', 'ISSUE_ALREADY_RESOLVED'],
  },
});
