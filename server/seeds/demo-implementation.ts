/**
 * The demo's implementation records (003 §6.7; 000 §二(4)), made through the real services: each enterprise from
 * "implementing" on gets its improvement team when implementation starts; those from "operating" on reach it through
 * the recorded operation start, then keep dated operation records and a problem raised and resolved on the way.
 */
import type { AppContext } from '../src/platform/http/context.js';
import type { ManualClock } from '../src/platform/clock.js';
import type { Actor } from '../src/platform/auth/session-store.js';
import type { DemoCalendar } from './demo-calendar.js';
import type { DemoEnterprise } from './demo-data.js';
import { mainPathIndex } from '../../domain/lifecycle/stages.js';
import {
  addRecord,
  logIssue,
  resolveIssue,
  saveTeam,
  startOperation,
} from '../src/modules/implementation/implementation.service.js';

const at = (date: string) => new Date(`${date}T02:00:00Z`);

/** 003 §6.7.2.1: the legal representative (the top manager) leads; the quality lead and a workshop head sit on it. */
export async function demoTeam(ctx: AppContext, contact: Actor, participationId: string, e: DemoEnterprise) {
  await saveTeam(ctx, contact, participationId, {
    leader: { name: e.legalRepresentative, post: '总经理', isTopManager: true },
    members: [
      { name: e.contactName, role: '副组长', post: '质量负责人', department: '质量部' },
      {
        name: `${e.legalRepresentative.slice(0, 1)}立新`,
        role: '组员（内审员）',
        post: '生产主管',
        department: '生产部',
      },
      { name: '陈晓燕', role: '组员（文件编写）', post: '综合办主任', department: '综合办' },
    ],
  });
}

/**
 * 000 §二(4): operation starts on the calendar's day through the record (the stage becomes operating), then the
 * records of the operation follow (001 annex 运行记录、数据、绩效改进; the plan's key control point), each on its day,
 * up to the internal audit for the enterprises that go further, up to a few days ago for those still operating.
 */
export async function demoOperation(
  ctx: AppContext & { clock: ManualClock },
  people: { expert: Actor; contact: Actor },
  participationId: string,
  e: DemoEnterprise,
  cal: DemoCalendar,
  version: number,
) {
  const { clock } = ctx;
  clock.set(at(cal.steps.start_operation!));
  await startOperation(ctx, people.expert, participationId, {
    operationStartedOn: cal.steps.start_operation!,
    note: '管理手册、程序文件发布实施，工作小组组织全员宣贯',
    version,
  });
  const beyond = mainPathIndex(e.target) > mainPathIndex('operating');
  const records: Array<{ on: string; by: Actor; input: Parameters<typeof addRecord>[3] }> = [
    {
      on: cal.day('2026-07-25'),
      by: people.contact,
      input: {
        kind: 'run_record',
        recordedOn: cal.day('2026-07-25'),
        title: '7月份进货检验与过程检验记录汇总',
        body: '按新版《检验控制程序》执行，进货检验 38 批次，过程巡检记录齐全。',
        fileIds: [],
      },
    },
    {
      on: cal.day('2026-08-20'),
      by: people.expert,
      input: {
        kind: 'control_point',
        recordedOn: cal.day('2026-08-20'),
        title: '现场巡诊：关键工序控制点检查',
        body: '抽查关键工序控制点与检验记录表 12 份，2 份未签字，已现场指导纠正。',
        controlPoint: '关键工序控制点与检验记录表',
        fileIds: [],
      },
    },
    {
      on: cal.day('2026-09-25'),
      by: people.contact,
      input: {
        kind: 'data',
        recordedOn: cal.day('2026-09-25'),
        title: '第三季度质量数据统计',
        body: '产品一次交检合格率 97.2%（提升前 93.5%），客户投诉 1 起。',
        fileIds: [],
      },
    },
    ...(beyond
      ? []
      : [
          {
            on: cal.day('2026-11-10'),
            by: people.contact,
            input: {
              kind: 'performance_improvement' as const,
              recordedOn: cal.day('2026-11-10'),
              title: '不合格品率改进措施效果跟踪',
              body: '实施首件确认后，10 月不合格品率由 2.1% 降至 1.3%。',
              fileIds: [],
            },
          },
        ]),
  ];
  // 003 §6.7.3: a problem raised in operation and resolved, between the records (the clock only moves forward)
  const issue = { raisedOn: cal.day('2026-08-20'), resolvedOn: cal.day('2026-09-05') };
  for (const [i, r] of records.entries()) {
    if (i === 2) {
      const logged = await logIssue(ctx, people.expert, participationId, {
        source: 'operation',
        kind: 'problem',
        raisedOn: issue.raisedOn,
        raisedByName: e.contactName,
        description: '部分班组长对检验记录填写要求不熟悉，记录签字不全',
      });
      clock.set(at(issue.resolvedOn));
      await resolveIssue(ctx, people.expert, participationId, logged.issues[0]!.id, {
        resolution: '组织班组长专题培训 1 次，修订记录表增加签字栏提示',
        resolvedOn: issue.resolvedOn,
      });
    }
    clock.set(at(r.on));
    await addRecord(ctx, r.by, participationId, r.input);
  }
}
