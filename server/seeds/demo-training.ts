/**
 * The demo's training (001 annex 一、1; 003 §6.7.2.2): through the real training service, dated by the demo calendar —
 * a centralized session of the 徐州 bureau for every selected enterprise, industry sessions for some county × industry
 * pairs (others stay flagged as missing in the coverage view), tiered, individual and online sessions by the body and
 * its experts, and the internal-auditor training of the enterprises that reach the internal audit; 天津 its own.
 */
import type { AppContext } from '../src/platform/http/context.js';
import type { ManualClock } from '../src/platform/clock.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import type { SessionInput } from '../../contracts/training.js';
import type { TrainingAudience } from '../../domain/plans/plan.js';
import { addAttendance, createSession, enrol } from '../src/modules/training/training.service.js';
import type { DemoCalendar } from './demo-calendar.js';

export interface DemoTrainingActors {
  xuzhou: Actor;
  tianjin: Actor;
  cbmanager: Actor;
  tjmanager: Actor;
  /** The expert assisting the enterprise now (none once its assignment ended, e.g. closed). */
  expertOf: (key: string) => Actor | null;
}

const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '黄', '周', '吴', '徐', '孙'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '霞'];
/** A stable person name for enterprise index i, person j. */
const person = (i: number, j: number) =>
  `${SURNAMES[(i * 3 + j) % SURNAMES.length]}${GIVEN[(i * 5 + j * 7) % GIVEN.length]}`;
const POSTS = ['总经理', '质量负责人', '生产部经理', '班组长', '技术员'];

export async function seedDemoTraining(
  ctx: AppContext,
  clock: ManualClock,
  cal: DemoCalendar,
  campaignIds: { xz: string; tj: string },
  participationOf: Record<string, string>,
  a: DemoTrainingActors,
): Promise<void> {
  const at = (day: string) => clock.set(new Date(`${cal.day(day)}T02:00:00Z`));
  const session = async (
    actor: Actor,
    input: Omit<
      SessionInput,
      | 'campaignId'
      | 'heldOn'
      | 'endsOn'
      | 'materialFileIds'
      | 'subKind'
      | 'audiences'
      | 'place'
      | 'url'
      | 'industryCode'
    > &
      Partial<SessionInput> & { day: string; campaign?: 'xz' | 'tj' },
    enterprises: string[],
    attendees: (key: string, index: number) => Array<{ audienceLevel?: TrainingAudience | null; post?: string }>,
  ) => {
    at(input.day);
    const { day, campaign, ...rest } = input;
    const id = await createSession(ctx, actor, {
      subKind: null,
      place: null,
      url: null,
      industryCode: null,
      audiences: [],
      materialFileIds: [],
      ...rest,
      campaignId: campaignIds[campaign ?? 'xz'],
      heldOn: cal.day(day),
      endsOn: cal.day(input.endsOn ?? day),
    });
    const keys = enterprises.filter((k) => participationOf[k]);
    if (keys.length === 0) return;
    await enrol(
      ctx,
      actor,
      id,
      keys.map((k) => participationOf[k]!),
    );
    for (const key of keys) {
      const index = Number(key.slice(1));
      for (const [j, p] of attendees(key, index).entries())
        await addAttendance(ctx, actor, id, {
          participationId: participationOf[key]!,
          personName: person(index, j),
          post: p.post ?? POSTS[j % POSTS.length]!,
          audienceLevel: p.audienceLevel ?? null,
          evidenceFileId: null,
        });
    }
  };
  const SELECTED_XZ = ['e01', 'e02', 'e03', 'e04', 'e05', 'e06', 'e07', 'e08', 'e09', 'e10'];
  const LATER = ['e01', 'e02', 'e03', 'e04', 'e05'];

  // 001 annex 一、1 (1): the city's centralized training for all its enterprises
  await session(
    a.xuzhou,
    {
      kind: 'centralized',
      delivery: 'offline',
      title: 'GB/T 19001—2016 标准与小微企业实施指南集中培训',
      day: '2026-06-10',
      durationHours: 6,
      place: '徐州市市场监督管理局培训中心二楼报告厅',
      topics: ['质量管理体系标准基本思想', '七项质量管理原则', '小微企业优良案例'],
      regionCode: '320300',
    },
    SELECTED_XZ,
    (_k, i) => [{ audienceLevel: 'awareness' }, ...(i % 2 ? [{ audienceLevel: 'leadership' as const }] : [])],
  );
  // (2): industry sessions, by county × industry (丰县 食品, 云龙区 机械)
  await session(
    a.xuzhou,
    {
      kind: 'industry',
      subKind: 'sectoral',
      delivery: 'offline',
      title: '食品行业质量管理要点培训',
      day: '2026-07-03',
      durationHours: 3,
      place: '丰县市场监督管理局三楼会议室',
      topics: ['食品生产过程控制', '追溯与召回'],
      regionCode: '320321',
      industryCode: '03',
    },
    ['e01'],
    () => [{ audienceLevel: 'system_builders' }, { audienceLevel: 'frontline' }],
  );
  await session(
    a.xuzhou,
    {
      kind: 'industry',
      subKind: 'common',
      delivery: 'offline',
      title: '机械加工企业共性问题研讨',
      day: '2026-07-08',
      durationHours: 3,
      place: '云龙区市场监督管理局会议室',
      topics: ['过程能力与关键工序', '计量器具管理'],
      regionCode: '320303',
      industryCode: '18',
    },
    ['e04'],
    () => [{ audienceLevel: 'system_builders' }],
  );
  // (4): tiered training by the body for its implementing enterprises, a)–d)
  await session(
    a.cbmanager,
    {
      kind: 'tiered',
      delivery: 'offline',
      title: '分层级培训：领导层与体系建设人员',
      day: '2026-07-06',
      durationHours: 4,
      place: '徐州认证机构培训室',
      topics: ['核心理念与管理原则', '文件基本结构与编写技巧'],
      regionCode: '320300',
      audiences: ['leadership', 'system_builders'],
    },
    LATER,
    () => [{ audienceLevel: 'leadership' }, { audienceLevel: 'system_builders' }],
  );
  await session(
    a.cbmanager,
    {
      kind: 'tiered',
      delivery: 'offline',
      title: '分层级培训：基层技术质量人员和班组长',
      day: '2026-07-20',
      durationHours: 3,
      place: '徐州认证机构培训室',
      topics: ['质量管理工具和方法', '现场管理'],
      regionCode: '320300',
      audiences: ['frontline', 'awareness'],
    },
    LATER,
    () => [
      { audienceLevel: 'frontline', post: '班组长' },
      { audienceLevel: 'frontline', post: '检验员' },
    ],
  );
  // (3): one-to-one on site, by each enterprise's expert
  for (const key of ['e01', 'e02', 'e03', 'e04']) {
    const expert = a.expertOf(key);
    if (!expert) continue;
    await session(
      expert,
      {
        kind: 'individual',
        subKind: 'on_site',
        delivery: 'offline',
        title: '现场个性化辅导：关键过程识别',
        day: '2026-07-12',
        durationHours: 2,
        place: '企业现场',
        topics: ['核心过程梳理', '痛点问题解决方案'],
        regionCode: '320300',
      },
      [key],
      () => [{ audienceLevel: 'system_builders' }],
    );
  }
  // (5): online, the platform's link
  await session(
    a.cbmanager,
    {
      kind: 'online',
      delivery: 'online',
      title: '网络培训：质量管理体系文件编写',
      day: '2026-07-25',
      durationHours: 2,
      url: 'https://training.example.cn/qms/documents',
      topics: ['管理手册、程序文件、作业指导书的层级关联'],
      regionCode: '320300',
    },
    LATER,
    () => [{ audienceLevel: 'system_builders' }],
  );
  // 002 step 8 (1): internal auditors trained before the internal audit
  await session(
    a.cbmanager,
    {
      kind: 'internal_auditor',
      delivery: 'offline',
      title: '内审员培训',
      day: '2026-09-22',
      endsOn: '2026-09-23',
      durationHours: 12,
      place: '徐州认证机构培训室',
      topics: ['GB/T 19011 审核指南', '不符合项的识别与报告', '内审计划与报告编写'],
      regionCode: '320300',
    },
    LATER,
    () => [
      { audienceLevel: 'system_builders', post: '内审员' },
      { audienceLevel: 'system_builders', post: '内审员' },
    ],
  );
  // 天津: its own centralized and internal-auditor training
  await session(
    a.tianjin,
    {
      campaign: 'tj',
      kind: 'centralized',
      delivery: 'offline',
      title: '天津市小微企业质量管理体系集中培训',
      day: '2026-06-16',
      durationHours: 4,
      place: '天津市市场监督管理委员会培训中心',
      topics: ['质量管理体系标准', '小微企业优良案例'],
      regionCode: '120000',
    },
    ['e15'],
    () => [{ audienceLevel: 'awareness' }, { audienceLevel: 'leadership' }],
  );
  await session(
    a.tjmanager,
    {
      campaign: 'tj',
      kind: 'internal_auditor',
      delivery: 'offline',
      title: '内审员培训（天津）',
      day: '2026-09-25',
      durationHours: 8,
      place: '天津认证机构会议室',
      topics: ['内部审核方法'],
      regionCode: '120000',
    },
    ['e15'],
    () => [{ audienceLevel: 'system_builders', post: '内审员' }],
  );
}
