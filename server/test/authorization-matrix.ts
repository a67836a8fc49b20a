/**
 * The checked-in role × route matrix (R10–R13). Each API route names the personas allowed to
 * call it and whether it reads one object (then it is tried inside and outside the persona's
 * scope: inside → the route's answer, outside → 404, so existence does not leak). Everyone not
 * listed must get 403; anonymous callers get 401 unless the route is public. The test fails if
 * a route of the app is missing here.
 */
export const PERSONAS = [
  'national',
  'jiangsu',
  'xuzhou',
  'fengxian',
  'tianjin',
  'cbadmin',
  'cbmanager',
  'expert',
  'evaluator',
  'enterprise',
  'sysadmin',
  'secadmin',
  'auditadmin',
] as const;
export type Persona = (typeof PERSONAS)[number];

const BUREAUS: Persona[] = ['national', 'jiangsu', 'xuzhou', 'fengxian', 'tianjin'];
const BUSINESS: Persona[] = [...BUREAUS, 'cbadmin', 'cbmanager', 'expert', 'evaluator', 'enterprise'];
const EVERYONE: Persona[] = [...PERSONAS];

/** Demo participations (keys of DemoIds.participations) inside and outside each persona's scope. */
export const PARTICIPATION_SCOPE: Record<Persona, { inside: string; outside: string | null }> = {
  national: { inside: 'e01', outside: null }, // the whole country
  jiangsu: { inside: 'e01', outside: 'e15' },
  xuzhou: { inside: 'e01', outside: 'e15' },
  fengxian: { inside: 'e01', outside: 'e04' }, // 云龙区 is 徐州 but not 丰县
  tianjin: { inside: 'e15', outside: 'e01' },
  cbadmin: { inside: 'e01', outside: 'e15' },
  cbmanager: { inside: 'e01', outside: 'e15' },
  expert: { inside: 'e01', outside: 'e02' }, // assigned to e01, never to e02 (ended assignments: assignment-access.test)
  evaluator: { inside: 'e03', outside: 'e01' }, // appointed to e03's evaluation, not e01's
  enterprise: { inside: 'e01', outside: 'e02' },
  sysadmin: { inside: 'e01', outside: 'e15' },
  secadmin: { inside: 'e01', outside: 'e15' },
  auditadmin: { inside: 'e01', outside: 'e15' },
};

/**
 * Demo excellent cases (keys of DemoIds.cases): e02's is published (every signed-in reader sees it), e04's waits at
 * 徐州 (云龙区): seen by the bureaus over 云龙区 and by its body, not by 丰县, 天津, the enterprise of e01, the experts.
 */
export const CASE_SCOPE: Record<Persona, { inside: string | null; outside: string | null }> = {
  national: { inside: 'e04', outside: null },
  jiangsu: { inside: 'e04', outside: null },
  xuzhou: { inside: 'e04', outside: null },
  fengxian: { inside: 'e02', outside: 'e04' },
  tianjin: { inside: 'e02', outside: 'e04' },
  cbadmin: { inside: 'e04', outside: null },
  cbmanager: { inside: 'e04', outside: null },
  expert: { inside: 'e02', outside: 'e04' },
  evaluator: { inside: 'e02', outside: 'e04' },
  enterprise: { inside: 'e02', outside: 'e04' },
  sysadmin: { inside: 'e02', outside: 'e04' },
  secadmin: { inside: 'e02', outside: 'e04' },
  auditadmin: { inside: 'e02', outside: 'e04' },
};

/** Demo campaigns (keys of DemoIds.campaigns) inside and outside. */
export const CAMPAIGN_SCOPE: Record<Persona, { inside: 'xz' | 'tj'; outside: 'xz' | 'tj' | null }> = {
  national: { inside: 'xz', outside: null },
  jiangsu: { inside: 'xz', outside: 'tj' },
  xuzhou: { inside: 'xz', outside: 'tj' },
  fengxian: { inside: 'xz', outside: 'tj' },
  tianjin: { inside: 'tj', outside: 'xz' },
  cbadmin: { inside: 'xz', outside: 'tj' },
  cbmanager: { inside: 'xz', outside: 'tj' },
  expert: { inside: 'xz', outside: 'tj' },
  evaluator: { inside: 'xz', outside: 'tj' },
  enterprise: { inside: 'xz', outside: 'tj' },
  sysadmin: { inside: 'xz', outside: 'tj' },
  secadmin: { inside: 'xz', outside: 'tj' },
  auditadmin: { inside: 'xz', outside: 'tj' },
};

/** Demo experts (usernames) inside and outside: a body's managers see their own, an expert only themselves. */
export const EXPERT_SCOPE: Partial<Record<Persona, { inside: string; outside: string }>> = {
  cbadmin: { inside: 'expert', outside: 'tjexpert' },
  cbmanager: { inside: 'expert', outside: 'tjexpert' },
  expert: { inside: 'expert', outside: 'expert2' },
};

/**
 * Demo accounts (usernames) inside and outside each persona's administration (分级管理, ADR 0034): a bureau's own
 * officers and the level directly below, a body's managers and experts, an enterprise's contacts; the system and
 * security administrators see every account (no outside).
 */
export const ACCOUNT_SCOPE: Partial<Record<Persona, { inside: string; outside: string | null }>> = {
  national: { inside: 'jiangsu', outside: 'xuzhou' }, // two levels down is not its to manage
  jiangsu: { inside: 'xuzhou', outside: 'tianjin' },
  xuzhou: { inside: 'fengxian', outside: 'jiangsu' }, // never the level above
  fengxian: { inside: 'enterprise', outside: 'xuzhou' }, // an enterprise of 丰县: its contact (onboarding)
  tianjin: { inside: 'ent15', outside: 'xuzhou' },
  cbadmin: { inside: 'expert', outside: 'tjexpert' },
  enterprise: { inside: 'enterprise', outside: 'ent02' }, // itself only: no write on its own account
  sysadmin: { inside: 'expert5', outside: null },
  secadmin: { inside: 'expert5', outside: null },
};

/**
 * Regions (GB/T 2260 codes) inside and outside each persona's jurisdiction, for the routes about a region (the statistics
 * table): 徐州 never sees 南京, 丰县 never its neighbour 沛县. Personas without a jurisdiction are refused before scope.
 */
export const REGION_SCOPE: Record<Persona, { inside: string; outside: string | null }> = {
  national: { inside: '320321', outside: null },
  jiangsu: { inside: '320321', outside: '120000' },
  xuzhou: { inside: '320321', outside: '320100' },
  fengxian: { inside: '320321', outside: '320322' },
  tianjin: { inside: '120000', outside: '320300' },
  cbadmin: { inside: '320321', outside: '120000' },
  cbmanager: { inside: '320321', outside: '120000' },
  expert: { inside: '320321', outside: '120000' },
  evaluator: { inside: '320321', outside: '120000' },
  enterprise: { inside: '320321', outside: '120000' },
  sysadmin: { inside: '320321', outside: '120000' },
  secadmin: { inside: '320321', outside: '120000' },
  auditadmin: { inside: '320321', outside: '120000' },
};

/**
 * Certification bodies (keys of DemoIds.orgs) for the CNCA deliverables: a body reads only its own (苏信's
 * administrators never 津诚's); a bureau any registered body's, its rows limited to its region. Others are refused first.
 */
export const BODY_SCOPE: Record<Persona, { inside: string; outside: string | null }> = {
  national: { inside: 'cb1', outside: null },
  jiangsu: { inside: 'cb1', outside: null },
  xuzhou: { inside: 'cb1', outside: null },
  fengxian: { inside: 'cb1', outside: null },
  tianjin: { inside: 'cb1', outside: null },
  cbadmin: { inside: 'cb1', outside: 'cb2' },
  cbmanager: { inside: 'cb1', outside: 'cb2' },
  expert: { inside: 'cb1', outside: 'cb2' },
  evaluator: { inside: 'cb1', outside: 'cb2' },
  enterprise: { inside: 'cb1', outside: 'cb2' },
  sysadmin: { inside: 'cb1', outside: 'cb2' },
  secadmin: { inside: 'cb1', outside: 'cb2' },
  auditadmin: { inside: 'cb1', outside: 'cb2' },
};

/**
 * Evaluation experts (usernames) inside and outside a bureau's record of qualifications: those of organizations in
 * its jurisdiction; outside, a person who is no evaluation expert at all (the demo has one evaluator).
 */
export const EVALUATOR_SCOPE = { inside: 'evaluator', outside: 'expert5' } as const;

/**
 * Demo stage reports (keys of DemoIds.stageReports): 丰县's (to 徐州) is seen by the bureaus over 丰县; 徐州's (to
 * 江苏) is above 丰县, so outside for it; 天津 sees neither. Non-bureaus are refused before scope.
 */
export const STAGE_REPORT_SCOPE: Record<
  Persona,
  { inside: 'fxMay' | 'xzMay' | null; outside: 'fxMay' | 'xzMay' | null }
> = {
  national: { inside: 'fxMay', outside: null },
  jiangsu: { inside: 'fxMay', outside: null },
  xuzhou: { inside: 'fxMay', outside: null },
  fengxian: { inside: 'fxMay', outside: 'xzMay' },
  tianjin: { inside: null, outside: 'fxMay' },
  cbadmin: { inside: 'fxMay', outside: null },
  cbmanager: { inside: 'fxMay', outside: null },
  expert: { inside: 'fxMay', outside: null },
  evaluator: { inside: 'fxMay', outside: null },
  enterprise: { inside: 'fxMay', outside: null },
  sysadmin: { inside: 'fxMay', outside: null },
  secadmin: { inside: 'fxMay', outside: null },
  auditadmin: { inside: 'fxMay', outside: null },
};

/** Demo working groups (keys of DemoIds.workingGroups) inside and outside. */
export const GROUP_SCOPE: Record<Persona, { inside: 'xz' | 'tj'; outside: 'xz' | 'tj' | null }> = {
  ...CAMPAIGN_SCOPE,
};

export interface MatrixRoute {
  method: 'GET' | 'POST';
  /** The route pattern as registered; `:id` is filled from the scope tables. */
  url: string;
  allowed: 'public' | Persona[];
  object?:
    | 'participation'
    | 'campaign'
    | 'user'
    | 'expert'
    | 'group'
    | 'account'
    | 'region'
    | 'case'
    | 'evaluator'
    | 'stage_report'
    | 'body';
  /** A query string appended to the URL, its `:id` and `:code` filled as the path's (a route whose object is a query). */
  query?: string;
  body?: Record<string, unknown> | ((persona: Persona | 'anonymous') => Record<string, unknown>);
  /** The answer an allowed caller gets inside scope (status and, where the status alone is ambiguous, code). */
  expect: { status: number; code?: string };
  /** Where a persona's inside answer differs (e.g. the issuing bureau of its campaign). */
  expectFor?: Partial<Record<Persona, { status: number; code?: string }>>;
}

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';
const BODY_MANAGERS: Persona[] = ['cbadmin', 'cbmanager'];
const ASSISTANCE: Persona[] = [...BODY_MANAGERS, 'expert'];
const FILE_READERS: Persona[] = [...BUREAUS, ...ASSISTANCE, 'enterprise'];
const HEX64 = 'a'.repeat(64);
const ACCOUNT_READERS: Persona[] = [...BUREAUS, 'cbadmin', 'enterprise', 'sysadmin', 'secadmin'];
const ACCOUNT_WRITERS: Persona[] = [...BUREAUS, 'cbadmin', 'enterprise', 'sysadmin'];
/** A well-formed, empty survey: the stage (operating) answers, not the rules. */
const SURVEY = {
  templateId: 'DB3203-T1023-2023-A',
  templateVersion: 1,
  answers: {},
  methods: [],
  interviewees: [],
  checks: {},
  urgentProblems: [],
  resourcesCommitted: [],
  policyChanges: [],
};
const PLAN = {
  organization: [],
  resources: [],
  evaluation: { nodes: [], finalMethod: '' },
  feasibility: { discussedWith: '', conclusion: '' },
  training: [],
  monitoring: {},
  milestones: [],
  other: {},
  indicators: [],
};
/** A complete profile, so scope and version answer rather than the rules. */
const PROFILE = {
  version: 999,
  registrationLevel: 'auditor',
  registrationNumber: '2020-N1QMS-0000001',
  categories: ['18'],
  homeRegionCode: '320321',
  capacity: 2,
};
/** A well-formed application, so scope is decided before the rules. */
const APPLICATION = {
  uscc: '91320321MA1ZZZZZ9K',
  name: '矩阵测试企业',
  regionCode: '320321',
  industryCode: '18',
  certificationStatus: 'none',
  contactName: '测试',
  contactPhone: '13912345678',
  willing: true,
};

/** A well-formed measure but for its amount: the rules answer once the role and region are allowed, nothing is written. */
const POLICY = {
  documentNumber: '矩阵〔2025〕1号',
  title: '矩阵政策',
  issuedOn: '2025-01-01',
  content: '矩阵',
  subsidyWan: '1',
};
const CASE_READERS: Persona[] = [...BUSINESS, 'sysadmin', 'secadmin'];
const CASE_PARTS_BODY = { profile: '简介', problems: '问题', actions: '做法', results: '成效', insights: '启示' };

const TRAINING_READERS: Persona[] = [...BUREAUS, ...ASSISTANCE, 'enterprise'];
const TRAINING_WRITERS: Persona[] = [...BUREAUS, ...ASSISTANCE];
/** A well-formed centralized session in 丰县 of an unknown campaign: scope answers, not the rules. */
const TRAINING_SESSION = {
  campaignId: UNKNOWN_ID,
  kind: 'centralized',
  delivery: 'offline',
  title: '矩阵培训',
  heldOn: '2026-05-01',
  endsOn: '2026-05-01',
  durationHours: 2,
  place: '会议室',
  topics: ['标准'],
  regionCode: '320321',
};

export const MATRIX: MatrixRoute[] = [
  // staged reports (报送, 004 §三(三)): 丰县 reports to 徐州 in 徐州's campaign; the others receive or report elsewhere
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/stage-reports',
    allowed: BUREAUS,
    object: 'campaign',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/stage-reports/:dueOn',
    allowed: BUREAUS,
    object: 'campaign',
    expect: { status: 403, code: 'REPORT_NOT_REPORTER' },
    expectFor: { fengxian: { status: 200 } },
  },
  // too long a text: the rule answers for the reporter, nothing is written
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/stage-reports/:dueOn',
    allowed: BUREAUS,
    object: 'campaign',
    body: { text: '字'.repeat(20_001) },
    expect: { status: 403, code: 'REPORT_NOT_REPORTER' },
    expectFor: { fengxian: { status: 422, code: 'REPORT_TEXT_TOO_LONG' } },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/stage-reports/:dueOn/attachments',
    allowed: BUREAUS,
    object: 'campaign',
    body: {},
    expect: { status: 403, code: 'REPORT_NOT_REPORTER' },
    expectFor: { fengxian: { status: 415, code: 'FILE_TYPE_NOT_ALLOWED' } },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/stage-reports/:dueOn/submit',
    allowed: BUREAUS,
    object: 'campaign',
    expect: { status: 403, code: 'REPORT_NOT_REPORTER' },
    expectFor: { fengxian: { status: 422, code: 'REPORT_TEXT_REQUIRED' } }, // no draft for 30 November
  },
  {
    method: 'GET',
    url: '/api/v1/stage-reports/:id',
    allowed: BUREAUS,
    object: 'stage_report',
    expect: { status: 200 },
  },
  // an empty reason: only the receiver (徐州) reaches the rule, nothing is written
  {
    method: 'POST',
    url: '/api/v1/stage-reports/:id/return',
    allowed: BUREAUS,
    object: 'stage_report',
    body: { reason: '' },
    expect: { status: 403, code: 'REPORT_NOT_RECEIVER' },
    expectFor: { xuzhou: { status: 422, code: 'REPORT_RETURN_REASON_REQUIRED' } },
  },
  {
    method: 'GET',
    url: '/api/v1/stage-reports/:id/attachments/:attachmentId',
    allowed: BUREAUS,
    object: 'stage_report',
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  { method: 'GET', url: '/api/health', allowed: 'public', expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/meta', allowed: 'public', expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/industries', allowed: 'public', expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/auth/login',
    allowed: 'public',
    body: (p) => ({ username: `matrix-nobody-${p}-${Math.random()}`, password: 'Wrong@12345' }),
    expect: { status: 401, code: 'INVALID_CREDENTIALS' },
  },
  { method: 'POST', url: '/api/v1/auth/logout', allowed: EVERYONE, expect: { status: 204 } },
  { method: 'GET', url: '/api/v1/auth/session', allowed: EVERYONE, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/auth/switch-membership',
    allowed: EVERYONE,
    body: { membershipId: UNKNOWN_ID },
    expect: { status: 404, code: 'MEMBERSHIP_NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/auth/change-password',
    allowed: EVERYONE,
    body: { currentPassword: 'Wrong@12345', newPassword: 'Another#Pass2026' },
    expect: { status: 401, code: 'INVALID_CREDENTIALS' },
  },
  { method: 'GET', url: '/api/v1/regions', allowed: 'public', expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/regions/:code', allowed: 'public', expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/campaigns', allowed: BUSINESS, expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/campaigns/:id', allowed: BUSINESS, object: 'campaign', expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/campaigns',
    allowed: BUREAUS,
    body: { year: 2027, name: '矩阵测试', phases: [{ kind: 'summary', startsOn: '2027-01-01', endsOn: '2026-12-31' }] },
    expect: { status: 400, code: 'DATE_ORDER' },
  },
  // inside scope but issued by another bureau for most personas: the issuer check answers, never the data
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id',
    allowed: BUREAUS,
    object: 'campaign',
    body: { version: 999 },
    expect: { status: 403, code: 'NOT_ISSUING_BUREAU' },
    expectFor: {
      xuzhou: { status: 409, code: 'VERSION_CONFLICT' },
      tianjin: { status: 409, code: 'VERSION_CONFLICT' },
    },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/kick-offs',
    allowed: BUREAUS,
    object: 'campaign',
    body: { heldOn: '2026-05-06', place: '会议室', attendees: '各区县局' },
    expect: { status: 403, code: 'NOT_ISSUING_BUREAU' },
    expectFor: { xuzhou: { status: 201 }, tianjin: { status: 201 } },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/bodies',
    allowed: BUREAUS,
    object: 'campaign',
    body: { organizationId: UNKNOWN_ID, checklist: [] },
    expect: { status: 403, code: 'NOT_ISSUING_BUREAU' },
    expectFor: { xuzhou: { status: 404, code: 'NOT_FOUND' }, tianjin: { status: 404, code: 'NOT_FOUND' } },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/roster/template',
    allowed: BUREAUS,
    object: 'campaign',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/roster/import',
    allowed: BUREAUS,
    object: 'campaign',
    body: {},
    expect: { status: 400, code: 'ROSTER_FILE_INVALID' },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/roster/imports/:importId/errors.xlsx',
    allowed: BUREAUS,
    object: 'campaign',
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/participations.xlsx',
    allowed: [...BUREAUS, 'cbadmin', 'cbmanager'],
    object: 'campaign',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/certification-bodies',
    allowed: [...BUREAUS, 'cbadmin', 'cbmanager'],
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/certification-bodies',
    allowed: BUREAUS,
    // a body inside each bureau's jurisdiction, so the rules answer (outside it: impartiality-scope.test)
    body: (p) => ({
      name: '矩阵认证有限公司',
      approvalNumber: 'CNCA-R-2020-001',
      regionCode: p === 'tianjin' ? '120000' : p === 'fengxian' ? '320321' : '320300',
      industryCodes: ['99'],
    }),
    expect: { status: 400, code: 'INDUSTRY_UNKNOWN' },
  },
  { method: 'GET', url: '/api/v1/participations', allowed: BUSINESS, expect: { status: 200 } },
  {
    method: 'GET',
    url: '/api/v1/participations/:id',
    allowed: BUSINESS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/transitions',
    allowed: BUSINESS,
    object: 'participation',
    body: { command: 'close', version: 9999 },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/assignable-experts',
    allowed: BUSINESS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/certification-candidates',
    allowed: BUSINESS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/contact/reveal',
    allowed: [...BUREAUS, 'cbadmin', 'cbmanager', 'expert'],
    object: 'participation',
    body: { reason: 'verify_application' },
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/screening',
    allowed: [...BUREAUS, 'enterprise'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/screening',
    allowed: BUREAUS,
    object: 'participation',
    body: { version: 999, items: [] },
    expect: { status: 409, code: 'ILLEGAL_TRANSITION' }, // the inside target is past screening
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/screening/figures',
    allowed: BUREAUS,
    object: 'participation',
    body: { version: 999, employees: 12, reason: '核对年报' },
    expect: { status: 409, code: 'ILLEGAL_TRANSITION' }, // past screening
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/waitlist',
    allowed: BUREAUS,
    object: 'participation',
    body: { waitlisted: true, version: 999 },
    expect: { status: 409, code: 'ILLEGAL_TRANSITION' },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/applications',
    allowed: BUREAUS,
    object: 'campaign',
    body: (p) => ({ ...APPLICATION, uscc: 'NOT-A-CODE', regionCode: p === 'tianjin' ? '120101' : '320321' }),
    expect: { status: 400, code: 'USCC_INVALID' },
  },
  { method: 'GET', url: '/api/v1/public/campaigns', allowed: 'public', expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/public/campaigns/:id/applications',
    allowed: 'public',
    body: () => APPLICATION,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  { method: 'GET', url: '/api/v1/notifications', allowed: BUSINESS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/notifications/:id/read',
    allowed: BUSINESS,
    expect: { status: 404, code: 'NOT_FOUND' },
  }, // only one's own can be marked
  // reminders (ADR 0042): one's own preference, so there is no outside of scope
  { method: 'GET', url: '/api/v1/me/reminder-preference', allowed: BUSINESS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/me/reminder-preference',
    allowed: BUSINESS,
    body: () => ({ emailMode: 'digest' }),
    expect: { status: 200 },
  },
  { method: 'GET', url: '/api/v1/audit/entries', allowed: ['auditadmin'], expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/audit/verify', allowed: ['auditadmin'], expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/audit/actors', allowed: ['auditadmin'], expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/audit/entries.xlsx', allowed: ['auditadmin'], expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/admin/users', allowed: ['sysadmin', 'secadmin'], expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/admin/users/:id/unlock',
    allowed: ['secadmin'],
    object: 'user',
    expect: { status: 204 },
  },
  // accounts (ADR 0034): 分级管理; the 三员 apart (the audit admin changes nothing, the security admin only credentials)
  { method: 'GET', url: '/api/v1/accounts/abilities', allowed: ACCOUNT_READERS, expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/accounts', allowed: ACCOUNT_READERS, expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/accounts/:id', allowed: ACCOUNT_READERS, object: 'account', expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/accounts',
    allowed: ACCOUNT_WRITERS,
    body: { displayName: '矩阵', organizationId: UNKNOWN_ID, role: 'cb_manager', mobile: '13012345678' },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/accounts/:id',
    allowed: ACCOUNT_WRITERS,
    object: 'account',
    body: {},
    expect: { status: 200 },
    expectFor: { enterprise: { status: 403, code: 'GRANT_NOT_ALLOWED' } }, // its own account: not through administration
  },
  {
    method: 'POST',
    url: '/api/v1/accounts/:id/invitation',
    allowed: ACCOUNT_WRITERS,
    object: 'account',
    expect: { status: 409, code: 'ACCOUNT_ALREADY_ACTIVE' },
    expectFor: { enterprise: { status: 403, code: 'GRANT_NOT_ALLOWED' } },
  },
  // disabling a demo persona would end its later cells' sessions: scope is in accounts-admin.test, here an unknown id
  {
    method: 'POST',
    url: '/api/v1/accounts/:id/disable',
    allowed: ACCOUNT_WRITERS,
    body: {},
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/accounts/:id/enable',
    allowed: ACCOUNT_WRITERS,
    object: 'account',
    expect: { status: 204 },
    expectFor: { enterprise: { status: 403, code: 'GRANT_NOT_ALLOWED' } },
  },
  {
    method: 'POST',
    url: '/api/v1/accounts/:id/move',
    allowed: ACCOUNT_WRITERS,
    object: 'account',
    body: { fromMembershipId: UNKNOWN_ID, organizationId: UNKNOWN_ID, role: 'cb_manager' },
    expect: { status: 404, code: 'MEMBERSHIP_NOT_FOUND' },
    expectFor: { enterprise: { status: 403, code: 'GRANT_NOT_ALLOWED' } },
  },
  {
    method: 'POST',
    url: '/api/v1/accounts/:id/reset-password',
    allowed: ['secadmin'],
    object: 'account',
    body: { mode: 'link' },
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/accounts/:id/end-sessions',
    allowed: ['secadmin'],
    object: 'account',
    expect: { status: 200 },
  },
  { method: 'GET', url: '/api/v1/accounts/import/template', allowed: ACCOUNT_WRITERS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/accounts/import',
    allowed: ACCOUNT_WRITERS,
    body: {},
    expect: { status: 400, code: 'ROSTER_FILE_INVALID' },
  },
  {
    method: 'GET',
    url: '/api/v1/accounts/imports/:id/errors.xlsx',
    allowed: ACCOUNT_WRITERS,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  { method: 'GET', url: '/api/v1/organizations', allowed: ACCOUNT_READERS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/organizations',
    allowed: [...BUREAUS, 'sysadmin'],
    body: { kind: 'association', name: '矩阵测试专家组', regionCode: '320300' },
    expect: { status: 403, code: 'ORGANIZATION_NOT_ALLOWED' }, // an expert group is the system administrator's
    expectFor: { sysadmin: { status: 201 } },
  },
  {
    method: 'POST',
    url: '/api/v1/public/invitations/inspect',
    allowed: 'public',
    body: { token: 'f'.repeat(43) },
    expect: { status: 400, code: 'INVITATION_INVALID' },
  },
  {
    method: 'POST',
    url: '/api/v1/public/invitations/activate',
    allowed: 'public',
    body: { token: 'f'.repeat(43), password: 'Matrix#Pass2026' },
    expect: { status: 400, code: 'INVITATION_INVALID' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/enterprise-account',
    allowed: BUREAUS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/enterprise-account/invitation',
    allowed: BUREAUS,
    object: 'participation',
    expect: { status: 409, code: 'ACCOUNT_ALREADY_ACTIVE' }, // the demo's enterprises have their contact accounts
  },
  {
    method: 'POST',
    url: '/api/v1/rules/enterprise-size',
    allowed: 'public',
    body: { industry: 'industrial', employees: 50, revenueWan: 800 },
    expect: { status: 200 },
  },
  { method: 'GET', url: '/api/v1/rules/enterprise-size/industries', allowed: 'public', expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/rules/evaluation',
    allowed: 'public',
    body: {
      indicators: [
        {
          item: 'customer_satisfaction',
          name: '顾客满意度',
          direction: 'higher_is_better',
          before: 85,
          target: 90,
          after: 92,
        },
      ],
    },
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/rules/uscc',
    allowed: 'public',
    body: { code: '91350100M000100Y43' },
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/rules/assignment',
    allowed: 'public',
    body: {
      experts: [{ id: 'x', categories: ['18'], regionCode: '320321', capacity: 2 }],
      enterprises: [{ id: 'a', category: '18', regionCode: '320321' }],
    },
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/impartiality/check',
    allowed: [...BUREAUS, 'cbadmin', 'cbmanager'],
    body: { enterpriseId: UNKNOWN_ID, userIds: [UNKNOWN_ID] },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  // uploads, survey, diagnosis, plan (the inside target e01 is operating: writes meet the stage rules)
  {
    method: 'POST',
    url: '/api/v1/participations/:id/files',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    expect: { status: 415, code: 'FILE_TYPE_NOT_ALLOWED' },
    expectFor: { enterprise: { status: 403, code: 'FORBIDDEN' } }, // survey evidence is the assistance side's
  },
  { method: 'GET', url: '/api/v1/files/:id', allowed: FILE_READERS, expect: { status: 404, code: 'NOT_FOUND' } },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/survey',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/survey',
    allowed: ASSISTANCE,
    object: 'participation',
    body: { baseRevision: 0, survey: SURVEY },
    expect: { status: 409, code: 'SURVEY_LOCKED' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/survey/complete',
    allowed: ASSISTANCE,
    object: 'participation',
    body: { revision: 1 },
    expect: { status: 409, code: 'SURVEY_LOCKED' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/diagnosis',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/diagnosis',
    allowed: ASSISTANCE,
    object: 'participation',
    body: {},
    expect: { status: 409, code: 'SURVEY_LOCKED' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/diagnosis/confirm',
    allowed: ['enterprise'],
    object: 'participation',
    body: {
      reportId: UNKNOWN_ID,
      digest: HEX64,
      method: 'online',
      signerName: '张三',
      signerCapacity: 'legal_representative',
      version: 1,
    },
    expect: { status: 409, code: 'DIAGNOSIS_NOT_CURRENT' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/diagnosis/docx',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/plan',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/plan',
    allowed: ASSISTANCE,
    object: 'participation',
    body: { lockVersion: 999, plan: PLAN },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/plan/actions',
    allowed: ASSISTANCE,
    object: 'participation',
    body: { action: 'submit', lockVersion: 999 },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/plan/responses',
    allowed: ['enterprise'],
    object: 'participation',
    body: { action: 'comment', lockVersion: 999, comment: '意见' },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/plan/versions/:version',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/plan/versions/:version/docx',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/indicators',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  // implementation records (003 §6.7): e01 is operating — its start is recorded, records and issues may be added
  {
    method: 'GET',
    url: '/api/v1/participations/:id/implementation',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  // excellent cases (003 §6.10, Annex D; 002 step 10(2)); e01 is operating: no case before the evaluation
  {
    method: 'POST',
    url: '/api/v1/rules/case-check',
    allowed: 'public',
    body: { title: '标题', parts: CASE_PARTS_BODY, draftingUnits: ['单位'] },
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/case',
    allowed: [...BUREAUS, ...ASSISTANCE, 'enterprise'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/case',
    allowed: ASSISTANCE,
    object: 'participation',
    body: { title: '标题', parts: CASE_PARTS_BODY, draftingUnits: ['单位'], version: 0 },
    expect: { status: 409, code: 'CASE_STAGE' },
  },
  { method: 'GET', url: '/api/v1/cases/review', allowed: BUREAUS, expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/cases/targets', allowed: BUREAUS, expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/cases/library', allowed: CASE_READERS, expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/cases/:id', allowed: CASE_READERS, object: 'case', expect: { status: 200 } },
  { method: 'GET', url: '/api/v1/cases/:id/docx', allowed: CASE_READERS, object: 'case', expect: { status: 200 } },
  // the demo's published case (e02) has one figure, its chart under 成效
  {
    method: 'GET',
    url: '/api/v1/cases/:id/figures/:number',
    allowed: CASE_READERS,
    object: 'case',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/cases/:id/submit',
    allowed: ASSISTANCE,
    object: 'case',
    body: { version: 1 },
    // in scope a stale version answers before the flow; the experts assist neither e02 (closed) nor e04
    expect: { status: 409, code: 'VERSION_CONFLICT' },
    expectFor: { expert: { status: 404, code: 'NOT_FOUND' } },
  },
  ...(['return', 'accept', 'recommend', 'publish', 'withdraw'] as const).map(
    (command): MatrixRoute => ({
      method: 'POST',
      url: `/api/v1/cases/:id/${command}`,
      allowed: BUREAUS,
      object: 'case',
      body: command === 'return' || command === 'withdraw' ? { version: 1, reason: '请补充数据' } : { version: 1 },
      expect: { status: 409, code: 'VERSION_CONFLICT' },
      // 天津 reads e02's published case but it is outside its jurisdiction
      expectFor: { tianjin: { status: 404, code: 'NOT_FOUND' } },
    }),
  ),
  { method: 'GET', url: '/api/v1/evaluation/experts', allowed: BUREAUS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/evaluation/experts/:id/qualification',
    allowed: BUREAUS,
    object: 'evaluator',
    // an incomplete record: refused after the jurisdiction check, nothing written
    body: { kind: 'auditor', certificateNumber: null },
    expect: { status: 400, code: 'QUALIFICATION_INCOMPLETE' },
    // the demo evaluator's association (徐州) lies outside 丰县's and 天津's jurisdiction
    expectFor: { fengxian: { status: 404, code: 'NOT_FOUND' }, tianjin: { status: 404, code: 'NOT_FOUND' } },
  },
  {
    method: 'POST',
    url: '/api/v1/evaluation/panels',
    allowed: BUREAUS,
    body: {
      participationIds: [UNKNOWN_ID],
      leaderUserId: UNKNOWN_ID,
      memberUserIds: [],
      documentReview: true,
      onsiteReview: true,
      startsOn: '2026-10-20',
      endsOn: '2026-10-28',
    },
    expect: { status: 422, code: 'EVALUATOR_NOT_EXPERT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/self-assessment',
    allowed: ['enterprise'],
    object: 'participation',
    body: { values: [{ indicatorKey: 'no-such-indicator', after: null, evidence: '' }] },
    expect: { status: 400, code: 'VALIDATION_FAILED' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/summary',
    allowed: ['enterprise'],
    object: 'participation',
    body: { sections: { profile: '企业基本情况' } },
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/evaluation/summary/docx',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/action-plan',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { items: [] },
    expect: { status: 409, code: 'EVALUATION_STAGE' }, // e01 is operating: the plan follows the evaluation
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/evaluation',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/evaluation/docx',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/panel',
    allowed: BUREAUS,
    object: 'participation',
    // no evaluation expert: refused after the scope and stage checks, nothing written
    body: () => ({
      leaderUserId: UNKNOWN_ID,
      memberUserIds: [],
      documentReview: true,
      onsiteReview: true,
      startsOn: '2026-10-20',
      endsOn: '2026-10-28',
    }),
    expect: { status: 422, code: 'EVALUATOR_NOT_EXPERT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/sheet',
    allowed: ['evaluator'],
    object: 'participation',
    body: { values: [] },
    expect: { status: 409, code: 'EVALUATION_LOCKED' }, // e03's evaluation is signed off
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/sign-off',
    allowed: ['evaluator'],
    object: 'participation',
    body: { version: 1 },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/evaluation/reopen',
    allowed: ['evaluator'],
    object: 'participation',
    body: { version: 1, reason: '核对' },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/implementation/team',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { leader: { name: '张三', isTopManager: false }, members: [{ name: '李四', role: '组员' }] },
    expect: { status: 400, code: 'TEAM_LEADER_DELEGATION_REASON' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/implementation/operation-start',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { operationStartedOn: '2026-11-20', version: 1 },
    expect: { status: 409, code: 'IMPLEMENTATION_LOCKED' },
    expectFor: { enterprise: { status: 403, code: 'FORBIDDEN' } }, // the assistance side records the start
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/implementation/records',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { kind: 'data', recordedOn: '2000-01-01', title: '数据' },
    expect: { status: 400, code: 'RECORD_BEFORE_OPERATION' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/implementation/issues',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { source: 'operation', kind: 'problem', raisedOn: '2999-01-01', raisedByName: '张三', description: '问题' },
    expect: { status: 400, code: 'DATE_IN_FUTURE' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/implementation/issues/:issueId/resolution',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { resolution: '已处理', resolvedOn: '2026-11-20' },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/internal-audit',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/internal-audit',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    // a plan past any gate whose auditor has no internal-auditor training: refused, nothing written
    body: {
      plan: {
        objectives: '验证体系运行',
        scope: '全部部门',
        criteria: ['GB/T 19001-2016'],
        startsOn: '2030-01-01',
        endsOn: '2030-01-02',
        team: [{ name: '未培训人员', department: '质量部', leader: true }],
        schedule: [],
      },
      checklist: [],
    },
    expect: { status: 409, code: 'AUDITOR_NOT_TRAINED' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/internal-audit/findings',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { grade: 'observation', clause: '7.5', department: '质量部', evidence: '文件未受控', foundOn: '2026-01-05' },
    expect: { status: 404, code: 'NOT_FOUND' }, // no audit planned yet
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/internal-audit/findings/:findingId/steps',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { step: 'correction', owner: '张三', doneOn: '2026-01-05', text: '已纠正', version: 1 },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/internal-audit/complete',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { summary: '综述', conclusion: '结论', painPoints: [], version: 1 },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/internal-audit/plan.docx',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/internal-audit/report.docx',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/internal-audit/findings/:findingId/nc-report.docx',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  // the QMS document register (体系建设): the implementation permissions; writes refused with nothing written
  {
    method: 'GET',
    url: '/api/v1/participations/:id/qms-documents',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: {
      number: 'QP-99',
      title: '无效条款的程序',
      level: 'procedure',
      clauses: ['7.9'],
      authorName: '张三',
      draftedOn: '2026-01-05',
    },
    expect: { status: 422, code: 'QMS_CLAUSE_UNKNOWN' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents/:documentId',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: {
      number: 'QP-99',
      title: '程序',
      level: 'procedure',
      authorName: '张三',
      draftedOn: '2026-01-05',
      version: 1,
    },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents/:documentId/status',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { to: 'approved', approverName: '李四', approvedOn: '2026-01-05', version: 1 },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents/:documentId/revisions',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { revision: 'A/1', authorName: '张三', draftedOn: '2026-01-05', changeNote: '换版', version: 1 },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents/not-applicable',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { clause: '9.2', reason: '不做内审' },
    expect: { status: 422, code: 'QMS_CLAUSE_NOT_EXCLUDABLE' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents/not-applicable/:naId/withdraw',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/qms-documents/outlines',
    allowed: [...FILE_READERS, 'evaluator'],
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/qms-documents/from-outline',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { outlineKey: 'no_such_outline', authorName: '张三', draftedOn: '2026-01-05' },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/qms-documents/register.docx',
    allowed: [...FILE_READERS, 'evaluator'],
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/management-review',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/management-review',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: {
      review: {
        heldOn: '2026-01-05',
        chairName: '总经理',
        chairIsTopManager: true,
        attendees: [],
        inputs: {
          previous_actions: '无',
          context_changes: '无',
          performance: '良好',
          resources: '充分',
          risk_actions: '有效',
          improvement_opportunities: '有',
        },
        outputs: [],
        conclusion: '有效',
      },
      version: 999,
    },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/management-review/verification',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { auditOn: '2026-01-05', reviewOn: '2026-01-06', evidenceFileIds: [], version: 999 },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
    expectFor: { enterprise: { status: 403, code: 'FORBIDDEN' } }, // the verification is the assistance side's
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/improvement-actions/:actionId',
    allowed: [...ASSISTANCE, 'enterprise'],
    object: 'participation',
    body: { doneOn: '2026-01-05', version: 1 },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/certification',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/certification/application',
    allowed: ['enterprise'],
    object: 'participation',
    body: { bodyId: '00000000-0000-4000-8000-000000000001', standard: 'GB/T 19001-2016' },
    expect: { status: 409, code: 'CERTIFICATION_NOT_APPLICABLE' }, // e01 is not evaluated
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/certification/existing',
    allowed: ['enterprise'],
    object: 'participation',
    body: {
      certificateNumber: '00124Q31234R0S',
      bodyName: '某认证有限公司',
      issuedOn: '2025-01-05',
      expiresOn: '2028-01-04',
      nextAuditOn: '2026-01-05',
    },
    expect: { status: 409, code: 'CERTIFICATION_NOT_APPLICABLE' }, // e01 did not declare itself certified
  },
  {
    method: 'POST',
    url: '/api/v1/participations/:id/certification/surveillances',
    allowed: BODY_MANAGERS,
    object: 'participation',
    body: { heldOn: '2026-01-05', result: 'maintained' },
    expect: { status: 409, code: 'CERTIFICATION_NOT_APPLICABLE' }, // e01 holds no certificate the platform issued
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/management-review/report.docx',
    allowed: FILE_READERS,
    object: 'participation',
    expect: { status: 404, code: 'NOT_FOUND' }, // e01 has held no review yet
  },
  {
    method: 'GET',
    url: '/api/v1/impartiality/findings',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    expect: { status: 200 },
  },
  { method: 'GET', url: '/api/v1/experts', allowed: BODY_MANAGERS, expect: { status: 200 } },
  {
    method: 'GET',
    url: '/api/v1/experts/:id',
    allowed: [...BODY_MANAGERS, 'expert'],
    object: 'expert',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/experts/:id/profile',
    allowed: BODY_MANAGERS,
    object: 'expert',
    body: PROFILE,
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/working-groups',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    object: 'campaign',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/campaigns/:id/working-groups',
    allowed: BODY_MANAGERS,
    object: 'campaign',
    body: { name: '矩阵测试组', members: [] },
    expect: { status: 400, code: 'WORKING_GROUP_ONE_LEADER' },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/assignment-coverage',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    object: 'campaign',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/working-groups/:id',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    object: 'group',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/working-groups/:id',
    allowed: BODY_MANAGERS,
    object: 'group',
    body: { version: 999, name: '矩阵测试组', members: [] },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'GET',
    url: '/api/v1/working-groups/:id/proposal',
    allowed: BODY_MANAGERS,
    object: 'group',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/working-groups/:id/proposal',
    allowed: BODY_MANAGERS,
    object: 'group',
    body: { mode: 'keep' },
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/working-groups/:id/proposal/items',
    allowed: BODY_MANAGERS,
    object: 'group',
    body: { version: 999, participationId: UNKNOWN_ID, expertUserId: null },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  {
    method: 'POST',
    url: '/api/v1/working-groups/:id/proposal/confirm',
    allowed: BODY_MANAGERS,
    object: 'group',
    body: { version: 999 },
    expect: { status: 409, code: 'VERSION_CONFLICT' },
  },
  // training (001 annex 一、1): session routes are tried on an unknown session (every allowed caller gets 404);
  // scope inside and outside a session is in training.test.ts
  { method: 'GET', url: '/api/v1/training/sessions', allowed: TRAINING_READERS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/training/sessions',
    allowed: TRAINING_WRITERS,
    body: TRAINING_SESSION,
    expect: { status: 404, code: 'NOT_FOUND' },
    expectFor: { tianjin: { status: 400, code: 'REGION_OUTSIDE_JURISDICTION' } },
  },
  {
    method: 'GET',
    url: '/api/v1/training/sessions/:id',
    allowed: TRAINING_READERS,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/training/sessions/:id',
    allowed: TRAINING_WRITERS,
    body: (() => {
      const { campaignId: _c, ...rest } = TRAINING_SESSION;
      return { ...rest, version: 1 };
    })(),
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/training/sessions/:id/candidates',
    allowed: TRAINING_WRITERS,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/training/sessions/:id/enrolments',
    allowed: TRAINING_WRITERS,
    body: { participationIds: [UNKNOWN_ID] },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/training/sessions/:id/attendance',
    allowed: TRAINING_READERS,
    body: { participationId: UNKNOWN_ID, personName: '矩阵' },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/training/sessions/:id/attendance/remove',
    allowed: TRAINING_READERS,
    body: { attendanceId: UNKNOWN_ID },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/training/sessions/:id/sign-in/template.xlsx',
    allowed: TRAINING_WRITERS,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'POST',
    url: '/api/v1/training/sessions/:id/sign-in/import',
    allowed: TRAINING_WRITERS,
    body: {},
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/training/sessions/:id/sign-in/imports/:importId/errors.xlsx',
    allowed: TRAINING_WRITERS,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/training/sessions/:id/sign-in-sheet.docx',
    allowed: TRAINING_READERS,
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  {
    method: 'GET',
    url: '/api/v1/training/statistics',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/campaigns/:id/training-coverage',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    object: 'campaign',
    expect: { status: 200 },
  },
  {
    method: 'GET',
    url: '/api/v1/participations/:id/training',
    allowed: TRAINING_READERS,
    object: 'participation',
    expect: { status: 200 },
  },
  // the policy register and the statistics table (002 Annex 2): bureaus only; a region outside answers 404
  { method: 'GET', url: '/api/v1/policies', allowed: BUREAUS, expect: { status: 200 } },
  {
    method: 'POST',
    url: '/api/v1/policies',
    allowed: BUREAUS,
    body: { ...POLICY, subsidyWan: '-1' },
    expect: { status: 400, code: 'POLICY_AMOUNT_INVALID' },
  },
  {
    method: 'POST',
    url: '/api/v1/policies/:id',
    allowed: BUREAUS,
    body: { ...POLICY, version: 1 },
    expect: { status: 404, code: 'NOT_FOUND' },
  },
  ...(['table', 'table.xlsx', 'rows/policies', 'rows/training', 'rows/assisted'] as const).map(
    (path): MatrixRoute => ({
      method: 'GET',
      url: `/api/v1/statistics/regions/:code/${path}`,
      allowed: BUREAUS,
      object: 'region',
      expect: { status: 200 },
    }),
  ),
  // the dashboard: bureaus and bodies; a campaign outside scope answers 404 (a bureau's region outside: dashboard.test)
  {
    method: 'GET',
    url: '/api/v1/dashboard',
    query: 'campaignId=:id',
    allowed: [...BUREAUS, ...BODY_MANAGERS],
    object: 'campaign',
    expect: { status: 200 },
  },
  // the self-evaluation report (002 Annex 2): bureaus, their region and below; a region outside answers 404
  {
    method: 'GET',
    url: '/api/v1/self-evaluation/regions/:code/draft',
    allowed: BUREAUS,
    object: 'region',
    expect: { status: 200 },
  },
  {
    method: 'POST',
    url: '/api/v1/self-evaluation/regions/:code/docx',
    allowed: BUREAUS,
    object: 'region',
    body: {
      sections: { mobilisation: '', publicityTraining: '', assistance: '', pilot: '', insights: '', problemsNext: '' },
    },
    expect: { status: 200 },
  },
  // the body's CNCA deliverables (认秘函〔2024〕58号): the body itself, bureaus (their region's rows)
  ...(['cnca-summary.docx', 'cnca-enterprises.xlsx'] as const).map(
    (path): MatrixRoute => ({
      method: 'GET',
      url: `/api/v1/certification-bodies/:id/${path}`,
      allowed: [...BUREAUS, 'cbadmin', 'cbmanager'],
      object: 'body',
      expect: { status: 200 },
    }),
  ),
];
