/**
 * Loads the demo world into an empty database. Enterprises reach their stages through the real
 * stage commands (transitionParticipation) on a clock that walks through the demo calendar (demo-calendar.ts), so
 * the timelines, the assistance register and the audit trail are exactly what use would produce.
 * Shared by `npm start` (demo mode) and the tests.
 */
import { eq, isNull } from 'drizzle-orm';
import type { AppContext } from '../src/platform/http/context.js';
import { ManualClock, chinaDate } from '../src/platform/clock.js';
import { demoCalendar, type DemoCalendar } from './demo-calendar.js';
import { campaignBodies, campaignPhases, campaigns } from '../src/modules/campaigns/campaigns.table.js';
import { certificationBodies } from '../src/modules/bodies/bodies.table.js';
import { enterprises } from '../src/modules/intake/intake.table.js';
import {
  participationExperts,
  participations,
  stageEvents,
} from '../src/modules/participations/participations.table.js';
import { organizations, users } from '../src/platform/auth/identity.table.js';
import { screenings } from '../src/modules/screening/screening.table.js';
import { hashPassword } from '../src/platform/auth/passwords.js';
import { grantMembership } from '../src/modules/accounts/identity-records.js';
import { appendAudit } from '../src/platform/audit/trail.js';
import { transitionParticipation } from '../src/modules/participations/participations.service.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import type { TransitionRequest } from '../../contracts/participations.js';
import type { Command } from '../../domain/lifecycle/transitions.js';
import { MAIN_PATH, mainPathIndex, type Stage } from '../../domain/lifecycle/stages.js';
import { requiredScreeningItems } from '../../domain/intake/screening.js';
import { BODY_CRITERIA } from '../../domain/intake/body-criteria.js';
import { applicationSizeClass } from '../../domain/intake/application.js';
import { withUsccCheckChar } from '../../domain/uscc/uscc.js';
import type { Role, OrganizationKind } from '../../domain/access/roles.js';
import { saveExpertProfile } from '../src/modules/experts/experts.service.js';
import { createGroup } from '../src/modules/matching/working-groups.service.js';
import { runProposal } from '../src/modules/matching/proposals.service.js';
import { completeSurvey, saveSurvey } from '../src/modules/survey/survey.service.js';
import { confirmDiagnosis, issueDiagnosis } from '../src/modules/diagnosis/diagnosis.service.js';
import { actOnPlan, savePlan } from '../src/modules/plans/plans.service.js';
import { demoPlan, demoSurvey } from './demo-assistance.js';
import { demoAuditAndReview } from './demo-management-review.js';
import { demoOperation, demoTeam } from './demo-implementation.js';
import { demoQmsDocuments } from './demo-qms-documents.js';
import { seedDemoTraining } from './demo-training.js';
import { evaluateDemo, formDemoPanel, recordDemoQualification } from './demo-evaluation.js';
import { seedDemoCertification } from './demo-certification.js';
import { seedDemoCases } from './demo-cases.js';
import { seedDemoStageReports } from './demo-stage-reports.js';
import { seedDemoPolicies } from './demo-policies.js';
import {
  DEMO_ENTERPRISES,
  DEMO_EXPERT_PROFILES,
  DEMO_ORGS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_WORKING_GROUPS,
  type DemoEnterprise,
} from './demo-data.js';
import { campaignProblems, type PhaseInput } from '../../domain/campaigns/campaign-rules.js';

export interface DemoIds {
  orgs: Record<string, string>;
  users: Record<string, string>;
  campaigns: { js: string; xz: string; tj: string; fx: string };
  participations: Record<string, string>;
  workingGroups: { xz: string; tj: string };
  /** The demo's excellent cases by enterprise key (demo-cases.ts). */
  cases: Record<string, string>;
  /** The demo's submitted stage reports (demo-stage-reports.ts): 丰县's and 徐州's for 20 May. */
  stageReports: { fxMay: string; xzMay: string };
}

const SCREENING_EVIDENCE: Record<string, string> = {
  registered_in_region: '营业执照登记机关为本地区市场监管局',
  licences: '营业执照及生产许可证在有效期内',
  not_abnormal_list: '查询，未列入经营异常名录',
  not_dishonesty_list: '查询，未列入严重违法失信名单',
  no_major_accident: '企业承诺书及属地监管所核实',
  no_quality_penalty: '近两年无行政处罚记录',
  operating_normally: '近三个月纳税与社保缴纳正常',
  willing_and_resourced: '企业提交意愿书，指定质量负责人',
};

function at(date: string): Date {
  return new Date(`${date}T02:00:00Z`);
}

function demoUscc(regionCode: string, n: number): string {
  return withUsccCheckChar(`91${regionCode}MA1${String(n).padStart(5, '0')}K`);
}

export async function seedDemo(ctx: AppContext): Promise<DemoIds> {
  // the demo's dates keep their distance from the day the database is first created
  const cal = demoCalendar(chinaDate(ctx.clock.now()));
  const STEP_DATES = cal.steps;
  const APPLIED_ON = cal.appliedOn;
  const clock = new ManualClock(at(APPLIED_ON));
  const seedCtx: AppContext = { ...ctx, clock };
  const { db } = ctx.database;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids: DemoIds = {
    orgs: {},
    users: {},
    campaigns: { js: '', xz: '', tj: '', fx: '' },
    participations: {},
    workingGroups: { xz: '', tj: '' },
    cases: {},
    stageReports: { fxMay: '', xzMay: '' },
  };

  await db.transaction(async (tx) => {
    for (const org of DEMO_ORGS) {
      const [row] = await tx
        .insert(organizations)
        .values({ kind: org.kind, name: org.name, regionCode: org.regionCode })
        .returning({ id: organizations.id });
      ids.orgs[org.key] = row!.id;
      if (org.approvalNumber)
        await tx.insert(certificationBodies).values({ organizationId: row!.id, approvalNumber: org.approvalNumber });
    }
    let n = 0;
    for (const e of DEMO_ENTERPRISES) {
      const [row] = await tx
        .insert(organizations)
        .values({ kind: 'enterprise', name: e.name, regionCode: e.regionCode })
        .returning({ id: organizations.id });
      ids.orgs[e.key] = row!.id;
      await tx.insert(enterprises).values({
        organizationId: row!.id,
        uscc: demoUscc(e.regionCode, ++n),
        industryCode: e.industryCode,
        address: `${e.name.slice(0, 3)}经济开发区${n}号`,
        legalRepresentative: e.legalRepresentative,
        contactName: e.contactName,
        contactPhone: e.contactPhone,
        employees: e.employees,
        revenueWan: String(e.revenueWan),
        assetsWan: String(Math.round(e.revenueWan * 0.8)),
        sizeIndustry: e.sizeIndustry,
      });
    }
    const allUsers = [
      ...DEMO_USERS,
      ...DEMO_ENTERPRISES.filter((e) => e.key !== 'e01').map((e) => ({
        username: `ent${e.key.slice(1)}`,
        displayName: `${e.name.replace(/有限公司$/, '')} ${e.contactName}`,
        phone: e.contactPhone,
        memberships: [{ org: e.key, role: 'enterprise_contact' }],
      })),
    ];
    for (const u of allUsers) {
      const [row] = await tx
        .insert(users)
        .values({ username: u.username, displayName: u.displayName, phone: u.phone, passwordHash })
        .returning({ id: users.id });
      ids.users[u.username] = row!.id;
      for (const m of u.memberships)
        await grantMembership(tx, { userId: row!.id, organizationId: ids.orgs[m.org]!, role: m.role as Role });
    }

    // seed 001 §四's phases on the demo's timeline (demo-calendar.ts), with seed 004's two stage reports
    // (20 May, 20 November) beside 001's 总结评估材料 (30 November); checked by the same rule the API applies
    for (const plan of [
      { year: cal.year, phases: cal.phases },
      { year: cal.open.year, phases: cal.open.phases },
    ]) {
      const [phaseProblem] = campaignProblems({ ...plan, regionCode: '000000', targets: {} }, null);
      if (phaseProblem) throw new Error(`demo phases break ${phaseProblem.code} at ${phaseProblem.field}`);
    }
    const addCampaign = async (input: {
      name: string;
      org: string;
      region: string;
      parent?: string;
      targets: Record<string, unknown>;
      bodies: string[];
      year?: number;
      phases?: PhaseInput[];
    }) => {
      const phases = input.phases ?? cal.phases;
      const [row] = await tx
        .insert(campaigns)
        .values({
          year: input.year ?? cal.year,
          name: input.name,
          issuingOrganizationId: ids.orgs[input.org]!,
          regionCode: input.region,
          parentId: input.parent ?? null,
          targets: input.targets,
        })
        .returning({ id: campaigns.id });
      await tx.insert(campaignPhases).values(phases.map((p, i) => ({ ...p, campaignId: row!.id, sortOrder: i })));
      const checklist = BODY_CRITERIA.map((key) => ({
        key,
        met: true,
        evidence: '资质证明、人员名单与既往项目材料已审阅',
      }));
      for (const b of input.bodies) {
        await tx.insert(campaignBodies).values({
          campaignId: row!.id,
          organizationId: ids.orgs[b]!,
          checklist,
          selectedAt: at(input.phases ? phases[0]!.startsOn : cal.day('2026-05-05')),
        });
      }
      return row!.id;
    };
    ids.campaigns.js = await addCampaign({
      name: `${cal.year}年江苏省小微企业质量管理体系认证提升行动`,
      org: 'js',
      region: '320000',
      targets: { enterprises: 500, excellentCases: 13, quotas: { '320300': 40 } },
      bodies: ['cb1'],
    });
    ids.campaigns.xz = await addCampaign({
      name: `${cal.year}年徐州市小微企业质量管理体系认证提升行动`,
      org: 'xz',
      region: '320300',
      parent: ids.campaigns.js,
      targets: {
        enterprises: 40,
        excellentCases: 2,
        quotas: { '320321': 5, '320322': 5, '320324': 5, '320302': 5, '320303': 5 },
      },
      bodies: ['cb1'],
    });
    ids.campaigns.tj = await addCampaign({
      name: `${cal.year}年天津市小微企业质量管理体系认证提升行动`,
      org: 'tj',
      region: '120000',
      targets: { enterprises: 300, excellentCases: 16 },
      bodies: ['cb2'],
    });
    // the campaign open for applications today (its deployment window contains today)
    ids.campaigns.fx = await addCampaign({
      name: `${cal.open.year}年丰县小微企业质量管理体系认证提升行动`,
      org: 'fx',
      region: '320321',
      targets: { enterprises: 20, excellentCases: 1 },
      bodies: ['cb1'],
      year: cal.open.year,
      phases: cal.open.phases,
    });

    for (const e of DEMO_ENTERPRISES) {
      const [row] = await tx
        .insert(participations)
        .values({
          campaignId: ids.campaigns[e.campaign],
          enterpriseId: ids.orgs[e.key]!,
          stage: 'applied',
          origin: e.origin,
          regionCode: e.regionCode,
          industryCode: e.industryCode,
          createdAt: at(APPLIED_ON),
          updatedAt: at(APPLIED_ON),
          sizeClass: applicationSizeClass(e),
          application: {
            sizeIndustry: e.sizeIndustry,
            employees: e.employees,
            revenueWan: e.revenueWan,
            certificationStatus: 'none',
            willing: true,
          },
        })
        .returning({ id: participations.id });
      ids.participations[e.key] = row!.id;
      const applicant =
        e.origin === 'self'
          ? { userId: null, role: 'enterprise_contact' }
          : { userId: ids.users[e.campaign === 'tj' ? 'tianjin' : 'xuzhou']!, role: 'bureau_officer' };
      await tx.insert(stageEvents).values({
        participationId: row!.id,
        command: 'apply',
        fromStage: null,
        toStage: 'applied',
        actorUserId: applicant.userId,
        actorRole: applicant.role,
        reason: null,
        payload: { origin: e.origin },
        occurredAt: at(APPLIED_ON),
      });
      await appendAudit(tx, at(APPLIED_ON), {
        actor: applicant.userId ? { userId: applicant.userId, organizationId: null, role: applicant.role } : null,
        action: 'participation.apply',
        objectType: 'participation',
        objectId: row!.id,
        outcome: 'success',
        after: { stage: 'applied', origin: e.origin },
      });
    }
  });

  const actorFor = (
    username: string,
    orgKey: string,
    role: Role,
    kind: OrganizationKind,
    regionCode: string | null,
  ): Actor => ({
    sessionIdHash: 'seed',
    csrfToken: 'seed',
    userId: ids.users[username]!,
    username,
    displayName: username,
    mustChangePassword: false,
    membershipId: 'seed',
    role,
    organizationId: ids.orgs[orgKey]!,
    organizationName: orgKey,
    organizationKind: kind,
    regionCode,
  });
  const bodyManager = (body: string) =>
    body === 'cb2'
      ? actorFor('tjmanager', 'cb2', 'cb_manager', 'certification_body', '120000')
      : actorFor('cbmanager', 'cb1', 'cb_manager', 'certification_body', '320300');

  // The bodies record their experts and form their working groups before assigning (seed 000 §一).
  clock.set(at(cal.day('2026-05-30')));
  for (const p of DEMO_EXPERT_PROFILES) {
    const body = p.username === 'tjexpert' ? 'cb2' : 'cb1';
    await saveExpertProfile(seedCtx, bodyManager(body), ids.users[p.username]!, {
      version: 0,
      registrationLevel: p.registrationLevel,
      registrationNumber: p.registrationNumber,
      categories: p.categories,
      subCodes: [],
      homeRegionCode: p.homeRegionCode,
      capacity: p.capacity,
      capacityReason: p.capacityReason ?? null,
      unavailable: (p.unavailable ?? []).map((u) => ({ ...u, from: cal.day(u.from), to: cal.day(u.to) })),
      conflicts: (p.conflicts ?? []).map((c) => {
        const index = DEMO_ENTERPRISES.findIndex((e) => e.key === c.enterprise);
        const e = DEMO_ENTERPRISES[index]!;
        return {
          kind: c.kind,
          enterpriseUscc: demoUscc(e.regionCode, index + 1),
          enterpriseName: e.name,
          until: c.until === null ? null : cal.day(c.until),
          note: c.note,
        };
      }),
    });
  }
  for (const g of DEMO_WORKING_GROUPS) {
    const group = await createGroup(seedCtx, bodyManager(g.body), ids.campaigns[g.campaign], {
      name: g.name,
      regionCodes: g.regionCodes,
      members: [
        { userId: ids.users[g.leader]!, role: 'leader' },
        ...g.managers.map((m) => ({ userId: ids.users[m]!, role: 'manager' as const })),
        ...g.experts.map((x) => ({ userId: ids.users[x]!, role: 'expert' as const })),
      ],
    });
    ids.workingGroups[g.campaign] = group.id;
  }

  // The bureau records the demo evaluator's qualification in the pool (003 §6.9.2 a: a certified 评审员).
  clock.set(at(cal.day('2026-05-30')));
  await recordDemoQualification(
    seedCtx,
    actorFor('xuzhou', 'xz', 'bureau_officer', 'bureau', '320300'),
    cal,
    ids.users.evaluator!,
  );

  // Walk every enterprise to its stage with the real commands, step date by step date.
  const expertPool = ['expert', 'expert2', 'expert3', 'expert4', 'expert5'];
  let nextExpert = 0;
  for (const e of DEMO_ENTERPRISES) {
    const tj = e.campaign === 'tj';
    const bureau = tj
      ? actorFor('tianjin', 'tj', 'bureau_officer', 'bureau', '120000')
      : actorFor('xuzhou', 'xz', 'bureau_officer', 'bureau', '320300');
    const manager = tj
      ? actorFor('tjmanager', 'cb2', 'cb_manager', 'certification_body', '120000')
      : actorFor('cbmanager', 'cb1', 'cb_manager', 'certification_body', '320300');
    const contact = actorFor(
      e.key === 'e01' ? 'enterprise' : `ent${e.key.slice(1)}`,
      e.key,
      'enterprise_contact',
      'enterprise',
      e.regionCode,
    );
    const steps = stepsTo(e);
    // two enterprises per expert (seed 000 §一), in turn
    const expertName = tj
      ? 'tjexpert'
      : steps.includes('assign')
        ? expertPool[nextExpert++ % expertPool.length]!
        : expertPool[0]!;
    const expert = actorFor(expertName, tj ? 'cb2' : 'cb1', 'assistance_expert', 'certification_body', null);
    const evaluator = actorFor('evaluator', 'assoc', 'evaluation_expert', 'association', '320300');

    for (const [command, actor, extra] of plan(e, cal, {
      bureau,
      manager,
      contact,
      expert,
      evaluator,
      bodyId: ids.orgs[tj ? 'cb2' : 'cb1']!,
      auditorId: ids.users[tj ? 'tjmanager' : 'cbadmin']!,
      deciderId: ids.users[tj ? 'tjmanager' : 'cbmanager']!,
    })) {
      if (!steps.includes(command)) continue;
      if (command === 'screen') {
        const verifier = DEMO_USERS.find((u) => u.username === (tj ? 'tianjin' : 'xuzhou'))!;
        const verifiedBy = verifier.displayName;
        const items = requiredScreeningItems({})
          .filter((key) => key !== 'small_or_micro')
          .map((key) => ({
            key,
            result: 'pass',
            evidence: key.startsWith('not_')
              ? `${cal.day('2026-05-18')} ${SCREENING_EVIDENCE[key]}`
              : (SCREENING_EVIDENCE[key] ?? '现场核实'),
            source: key.startsWith('not_') ? '国家企业信用信息公示系统' : undefined,
            verifiedBy,
            verifiedAt: at(STEP_DATES.screen!).toISOString(),
          }));
        await db.insert(screenings).values({
          participationId: ids.participations[e.key]!,
          items,
          updatedBy: ids.users[verifier.username]!,
          updatedAt: at(STEP_DATES.screen!),
        });
      }
      const pid = ids.participations[e.key]!;
      if (command === 'evaluate') {
        await evaluateDemo({
          ctx: seedCtx,
          clock,
          at,
          cal,
          bureau,
          evaluator,
          contact,
          participationId: pid,
          enterpriseKey: e.key,
        });
        continue;
      }
      const versionNow = async () =>
        (
          await db.select({ version: participations.version }).from(participations).where(eq(participations.id, pid))
        )[0]!.version;
      if (command === 'confirm_diagnosis') {
        // the expert surveys and reports; the enterprise confirms what it read (003 §6.5.8)
        clock.set(at(STEP_DATES.survey!));
        const survey = demoSurvey({
          name: e.name,
          legalRepresentative: e.legalRepresentative,
          contactName: e.contactName,
          index: DEMO_ENTERPRISES.indexOf(e),
          calendar: cal,
        });
        const saved = await saveSurvey(seedCtx, expert, pid, { baseRevision: 0, survey }, 'zh-CN');
        await completeSurvey(seedCtx, expert, pid, saved.revision, 'zh-CN');
        const report = await issueDiagnosis(seedCtx, expert, pid, {
          recommendations: ['建立出厂检验与不合格品控制制度，按月统计分析'],
        });
        clock.set(at(STEP_DATES.confirm_diagnosis!));
        await confirmDiagnosis(seedCtx, contact, pid, {
          reportId: report!.id,
          digest: report!.digest,
          method: 'online',
          signerName: e.legalRepresentative,
          signerCapacity: 'legal_representative',
          version: await versionNow(),
        });
        continue;
      }
      if (command === 'agree_plan') {
        clock.set(at(STEP_DATES.draft_plan!));
        const survey = demoSurvey({
          name: e.name,
          legalRepresentative: e.legalRepresentative,
          contactName: e.contactName,
          index: DEMO_ENTERPRISES.indexOf(e),
          calendar: cal,
        });
        const drafted = await savePlan(seedCtx, expert, pid, { lockVersion: 0, plan: demoPlan(survey, cal) }, 'zh-CN');
        const submitted = await actOnPlan(
          seedCtx,
          expert,
          pid,
          { action: 'submit', lockVersion: drafted.current!.lockVersion },
          'zh-CN',
        );
        clock.set(at(STEP_DATES.agree_plan!));
        await actOnPlan(
          seedCtx,
          contact,
          pid,
          { action: 'accept', lockVersion: submitted.current!.lockVersion, version: await versionNow() },
          'zh-CN',
        );
        continue;
      }
      if (command === 'start_operation') {
        // 001 annex 体系建设: the register is built while implementing (demo-qms-documents.ts)
        await demoQmsDocuments({ ...seedCtx, clock }, expert, pid, e, cal);
        // 000 §二(4): operation starts through its record (demo-implementation.ts)
        await demoOperation({ ...seedCtx, clock }, { expert, contact }, pid, e, cal, await versionNow());
        continue;
      }
      if (command === 'complete_review') {
        // 000 §二(4)–(5): the audit and the review through their records (demo-management-review.ts)
        await demoAuditAndReview(
          { ...seedCtx, clock },
          { expert, contact, bodyManager: bodyManager(tj ? 'cb2' : 'cb1') },
          { campaignId: tj ? ids.campaigns.tj : ids.campaigns.xz, regionCode: e.regionCode },
          pid,
          cal,
          versionNow,
        );
        continue;
      }
      clock.set(at(STEP_DATES[command]!));
      if (command === 'start_implementation') await demoTeam(seedCtx, contact, pid, e);
      await transitionParticipation(seedCtx, actor, pid, {
        command,
        version: await versionNow(),
        ...extra,
      } as TransitionRequest);
    }
    // an evaluation waiting for the demo evaluator
    if (e.target === 'reviewed')
      await formDemoPanel({
        ctx: seedCtx,
        clock,
        at,
        cal,
        bureau,
        evaluator,
        contact,
        participationId: ids.participations[e.key]!,
        enterpriseKey: e.key,
      });
  }
  // each group has a draft proposal waiting for its manager (e10, selected, still needs an expert)
  for (const g of DEMO_WORKING_GROUPS)
    await runProposal(seedCtx, bodyManager(g.body), ids.workingGroups[g.campaign], { mode: 'keep' }, 'zh-CN');
  // the expert assisting each enterprise now (the walk hands them out in turn)
  const assisting = await db
    .select({ participationId: participationExperts.participationId, userId: participationExperts.expertUserId })
    .from(participationExperts)
    .where(isNull(participationExperts.toOn));
  const usernameOf = new Map(Object.entries(ids.users).map(([name, id]) => [id, name]));
  const expertOf = (key: string) => {
    const userId = assisting.find((r) => r.participationId === ids.participations[key])?.userId;
    const username = usernameOf.get(userId ?? '');
    return username ? actorFor(username, 'cb1', 'assistance_expert', 'certification_body', null) : null;
  };
  await seedDemoTraining(seedCtx, clock, cal, ids.campaigns, ids.participations, {
    xuzhou: actorFor('xuzhou', 'xz', 'bureau_officer', 'bureau', '320300'),
    tianjin: actorFor('tianjin', 'tj', 'bureau_officer', 'bureau', '120000'),
    cbmanager: bodyManager('cb1'),
    tjmanager: bodyManager('cb2'),
    expertOf,
  });
  await seedDemoPolicies({
    ctx: seedCtx,
    clock,
    at,
    cal,
    jiangsu: actorFor('jiangsu', 'js', 'bureau_officer', 'bureau', '320000'),
    xuzhou: actorFor('xuzhou', 'xz', 'bureau_officer', 'bureau', '320300'),
    fengxian: actorFor('fengxian', 'fx', 'bureau_officer', 'bureau', '320321'),
  });
  ids.cases = await seedDemoCases({
    ctx: seedCtx,
    clock,
    at,
    cal,
    participations: ids.participations,
    writer: bodyManager('cb1'),
    fengxian: actorFor('fengxian', 'fx', 'bureau_officer', 'bureau', '320321'),
    xuzhou: actorFor('xuzhou', 'xz', 'bureau_officer', 'bureau', '320300'),
  });
  ids.stageReports = await seedDemoStageReports({
    ctx: seedCtx,
    clock,
    at,
    cal,
    campaigns: ids.campaigns,
    fengxian: actorFor('fengxian', 'fx', 'bureau_officer', 'bureau', '320321'),
    xuzhou: actorFor('xuzhou', 'xz', 'bureau_officer', 'bureau', '320300'),
  });
  await seedDemoCertification({
    ctx: seedCtx,
    clock,
    at,
    cal,
    participations: ids.participations,
    e03Contact: actorFor(
      'ent03',
      'e03',
      'enterprise_contact',
      'enterprise',
      DEMO_ENTERPRISES.find((e) => e.key === 'e03')!.regionCode,
    ),
    appliedBodyId: ids.orgs.cb1!,
    e04Certifier: bodyManager('cb1'),
  });
  return ids;
}

/** The scope on the demo's certificates (GB/T 19001-2016), as a certificate names it. */
const CERTIFICATE_SCOPES: Record<string, string> = {
  e02: '建筑五金冲压件的生产',
  e04: '通用机械零部件的机械加工和装配',
};

/** The commands that lead from `applied` to the enterprise's target stage. */
function stepsTo(e: DemoEnterprise): Command[] {
  if (e.target === 'rejected') return ['screen', 'reject'];
  if (e.target === 'withdrawn') return ['screen', 'select', 'assign', 'withdraw'];
  const byStage: Partial<Record<Stage, Command>> = {
    screened: 'screen',
    selected: 'select',
    assigned: 'assign',
    diagnosed: 'confirm_diagnosis',
    plan_agreed: 'agree_plan',
    implementing: 'start_implementation',
    operating: 'start_operation',
    reviewed: 'complete_review',
    evaluated: 'evaluate',
    certified: 'certify',
    closed: 'close',
  };
  const targetIndex = mainPathIndex(e.target);
  return MAIN_PATH.slice(1, targetIndex + 1)
    .map((s) => byStage[s]!)
    .filter(Boolean);
}

type Step = [Command, Actor, Partial<TransitionRequest>];

function plan(
  e: DemoEnterprise,
  cal: DemoCalendar,
  p: {
    bureau: Actor;
    manager: Actor;
    contact: Actor;
    expert: Actor;
    evaluator: Actor;
    bodyId: string;
    auditorId: string;
    deciderId: string;
  },
): Step[] {
  return [
    // 初审通过 on a screening that finds the enterprise too large needs a recorded reason (the demo's rejected one)
    [
      'screen',
      p.bureau,
      e.target === 'rejected' ? { reason: '规模数据与申报不一致，先通过初审，遴选时按规模标准复核' } : {},
    ],
    ['reject', p.bureau, { reason: '从业人员与营业收入超过小型企业标准，不属于小微企业' }],
    ['select', p.bureau, { certificationBodyId: p.bodyId }],
    ['assign', p.manager, { expertUserIds: [p.expert.userId] }],
    ['withdraw', p.contact, { reason: '企业经营调整，自愿退出本年度提升行动' }],
    ['confirm_diagnosis', p.contact, {}],
    ['agree_plan', p.contact, {}],
    ['start_implementation', p.expert, {}],
    ['start_operation', p.expert, {}],
    [
      'complete_review',
      p.expert,
      { internalAuditOn: cal.steps.internal_audit, managementReviewOn: cal.steps.complete_review },
    ],
    // the panel's signed-off C.1 evaluation (demo-evaluation.ts)
    ['evaluate', p.evaluator, {}],
    [
      'certify',
      p.manager,
      {
        certificateNumber: `026${cal.steps.certify!.slice(0, 4)}Q${e.key.slice(1).padStart(5, '0')}R0S`,
        certificateIssuedOn: cal.steps.certify,
        certificateScope: CERTIFICATE_SCOPES[e.key] ?? '资质范围内产品的生产和服务',
        auditorUserIds: [p.auditorId],
        decisionMakerUserIds: [p.deciderId],
      },
    ],
    ['close', p.bureau, { reason: '完成年度提升工作，纳入总结' }],
  ];
}
