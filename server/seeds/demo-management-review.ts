/**
 * The demo's internal audit and management review (000 §二(4)–(5); 003 §6.8), made through the real services: the
 * enterprise's two internal auditors are trained, the audit starts on the calendar's day (three months and a day
 * after operation began) with a checklist, one minor nonconformity walked to closure and one observation; the report
 * answers the diagnosis pain points; the review held a few days later moves the participation to "reviewed", and its
 * improvement action is done and checked.
 */
import type { AppContext } from '../src/platform/http/context.js';
import type { ManualClock } from '../src/platform/clock.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import type { DemoCalendar } from './demo-calendar.js';
import type { REVIEW_INPUTS } from '../../domain/management-review/management-review.js';
import { trainingAttendance, trainingSessions } from '../src/modules/training/training.table.js';
import {
  addFinding,
  completeAudit,
  getInternalAudit,
  recordNcStep,
  saveAudit,
} from '../src/modules/internal-audit/internal-audit.service.js';
import {
  getManagementReview,
  recordReview,
  updateImprovementAction,
} from '../src/modules/management-review/management-review.service.js';

const at = (date: string) => new Date(`${date}T02:00:00Z`);
const plus = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const AUDITORS = [
  { name: '周敏', department: '质量部', leader: true },
  { name: '孙立新', department: '生产部', leader: false },
];

export async function demoAuditAndReview(
  ctx: AppContext & { clock: ManualClock },
  people: { expert: Actor; contact: Actor; bodyManager: Actor },
  where: { campaignId: string; regionCode: string },
  participationId: string,
  cal: DemoCalendar,
  version: () => Promise<number>,
) {
  const { clock } = ctx;
  const db = ctx.database.db;
  const auditOn = cal.steps.internal_audit!;
  // 002 step 4: the internal auditors trained before the audit (a session of the body; the training capability's
  // demo adds the campaign's sessions)
  const trainedOn = plus(cal.steps.start_operation!, 20);
  const [session] = await db
    .insert(trainingSessions)
    .values({
      campaignId: where.campaignId,
      kind: 'internal_auditor',
      delivery: 'offline',
      title: '内审员培训（GB/T 19001-2016 内部审核）',
      organizerOrganizationId: people.bodyManager.organizationId,
      organizerUserId: people.bodyManager.userId,
      heldOn: trainedOn,
      endsOn: trainedOn,
      durationHours: '16',
      place: '企业会议室',
      topics: ['内部审核的策划与实施', '不符合项的判定与纠正措施'],
      audiences: ['system_builders'],
      regionCode: where.regionCode,
      materialFileIds: [],
      createdBy: people.bodyManager.userId,
      createdAt: at(trainedOn),
    })
    .returning({ id: trainingSessions.id });
  for (const auditor of AUDITORS)
    await db.insert(trainingAttendance).values({
      sessionId: session!.id,
      participationId,
      personName: auditor.name,
      post: auditor.leader ? '质量负责人' : '生产主管',
      source: 'manual',
      recordedBy: people.bodyManager.userId,
    });

  clock.set(at(plus(auditOn, -5)));
  await saveAudit(ctx, people.contact, participationId, {
    plan: {
      objectives: '验证质量管理体系运行的符合性和有效性，重点检查诊断发现的主要问题是否有效解决',
      scope: '质量管理体系覆盖的全部部门和过程',
      criteria: ['GB/T 19001-2016', '质量手册 A/0 及程序文件', '适用的法律法规'],
      startsOn: auditOn,
      endsOn: plus(auditOn, 1),
      team: AUDITORS,
      schedule: [
        { department: '生产部', clauses: ['8.5.1', '8.5.2', '8.7'], auditorName: '周敏', on: auditOn },
        { department: '质量部', clauses: ['9.1.1', '9.1.3', '10.2'], auditorName: '孙立新', on: plus(auditOn, 1) },
        { department: '综合办', clauses: ['7.1.5', '7.2', '7.5'], auditorName: '周敏', on: plus(auditOn, 1) },
      ],
    },
    checklist: [
      {
        clause: '8.5.1',
        department: '生产部',
        content: '生产过程是否按作业指导书受控',
        evidence: '抽查3道工序记录',
        result: 'conforming',
      },
      {
        clause: '8.7',
        department: '生产部',
        content: '不合格品是否标识、隔离、评审',
        evidence: '现场查看不合格品区',
        result: 'nonconforming',
      },
      {
        clause: '9.1.3',
        department: '质量部',
        content: '检验数据是否按月统计分析',
        evidence: '9月质量分析报告',
        result: 'conforming',
      },
      {
        clause: '7.5',
        department: '综合办',
        content: '文件是否受控、有效版本在用',
        evidence: '文件发放记录',
        result: 'observation',
      },
    ],
  });
  clock.set(at(auditOn));
  const nc = await addFinding(ctx, people.contact, participationId, {
    grade: 'minor',
    clause: '8.7',
    department: '生产部',
    evidence: '生产车间两批返工品未挂标识牌，与合格品混放',
    foundOn: auditOn,
    dueOn: plus(auditOn, 20),
  });
  clock.set(at(plus(auditOn, 1)));
  await addFinding(ctx, people.contact, participationId, {
    grade: 'observation',
    clause: '7.5',
    department: '综合办',
    evidence: '个别作废文件未加盖作废章',
    foundOn: plus(auditOn, 1),
  });
  const overview = await getInternalAudit(db, people.contact, participationId, clock.now());
  const ncRow = overview.findings.find((f) => f.id === nc.id)!;
  let findingVersion = ncRow.version;
  const step = async (by: Actor, input: Omit<Parameters<typeof recordNcStep>[4], 'version'>) => {
    await recordNcStep(ctx, by, participationId, nc.id, { ...input, version: findingVersion });
    findingVersion++;
  };
  await step(people.contact, {
    step: 'correction',
    owner: '孙立新',
    doneOn: plus(auditOn, 1),
    text: '返工品已标识并移入待处理区',
    fileIds: [],
  });
  await step(people.contact, {
    step: 'root_cause',
    owner: '孙立新',
    doneOn: plus(auditOn, 1),
    text: '《不合格品控制程序》未规定返工品的标识方法，班组长未经培训',
    fileIds: [],
  });
  await completeAudit(ctx, people.contact, participationId, {
    summary: '体系运行三个月以来总体符合标准和文件要求，诊断发现的主要问题已基本解决，发现一般不符合1项、观察项1项。',
    conclusion: '质量管理体系基本符合 GB/T 19001-2016 要求，运行有效，不符合项按期整改。',
    painPoints: overview.painPoints.map((p) => ({
      ref: p.ref,
      response: '已制定制度并运行，内审抽查记录齐全、执行有效',
    })),
    version: overview.audit!.version,
  });
  // the cycle goes on after the audit is completed
  clock.set(at(plus(auditOn, 2)));
  await step(people.contact, {
    step: 'corrective_action',
    owner: '孙立新',
    dueOn: plus(auditOn, 10),
    doneOn: plus(auditOn, 2),
    text: '修订《不合格品控制程序》增加返工品标识要求，对班组长培训',
    fileIds: [],
  });
  const reviewOn = cal.steps.complete_review!;
  clock.set(at(reviewOn));
  await step(people.expert, {
    step: 'verification',
    owner: '周敏',
    doneOn: reviewOn,
    text: '抽查车间5批返工品均已标识，培训记录齐全',
    fileIds: [],
    effective: true,
  });
  await step(people.expert, {
    step: 'closure',
    owner: '周敏',
    doneOn: reviewOn,
    text: '纠正措施有效，关闭',
    fileIds: [],
  });
  const inputs: Record<(typeof REVIEW_INPUTS)[number], string> = {
    previous_actions: '本次为体系建立后的首次管理评审',
    context_changes: '主要客户提高了出厂检验要求；新版食品安全标准实施',
    performance: '顾客满意度、一次交验合格率均较提升前改善；内审一般不符合1项已关闭',
    resources: '检验设备满足要求；需增加一名专职检验员',
    risk_actions: '原料供应风险已建立合格供方名录，效果良好',
    improvement_opportunities: '推进统计过程控制，降低返工率',
  };
  await recordReview(ctx, people.contact, participationId, {
    review: {
      heldOn: reviewOn,
      chairName: '总经理',
      chairIsTopManager: true,
      attendees: ['周敏', '孙立新', '陈晓燕'],
      inputs,
      outputs: [
        { kind: 'resource_need', text: '增配一名专职检验员', owner: '综合办', dueOn: plus(reviewOn, 30) },
        { kind: 'improvement', text: '在关键工序试行统计过程控制', owner: '周敏', dueOn: plus(reviewOn, 60) },
      ],
      conclusion: '质量管理体系适宜、充分、有效，同意进入评价阶段。',
    },
    version: await version(),
  });
  const [first] = (await getManagementReview(db, people.contact, participationId, clock.now())).actions;
  if (first) {
    clock.set(at(plus(reviewOn, 3)));
    await updateImprovementAction(ctx, people.contact, participationId, first.id, {
      doneOn: plus(reviewOn, 3),
      doneNote: '已招聘到岗',
      version: first.version,
    });
  }
}
