/**
 * 《企业实施情况及成效总结》 (seed 001 §四(三)) as DOCX: the enterprise's sections (domain/evaluation
 * SUMMARY_SECTIONS), the indicators of the accepted plan before, target and after (the panel's signed-off figures,
 * else the enterprise's self-evaluation, 003 Annex C.2), the evaluation result when signed off, and the action plan
 * (003 §6.9.7) when made.
 */
import type { Paragraph, Table } from 'docx';
import type { EvaluationView } from '../../../../contracts/evaluation.js';
import { SUMMARY_SECTIONS, type SummarySection } from '../../../../domain/evaluation/enterprise-side.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { fields, heading, packDocument, para, table, title } from './docx-kit.js';
import type { EvaluationDocumentMeta } from './evaluation-docx.js';

const SECTION_ZH: Record<SummarySection, string> = {
  profile: '一、企业基本情况',
  implementation: '二、提升行动实施情况',
  results: '三、取得的成效',
  problems: '四、存在的问题与不足',
  next_steps: '五、下一步工作打算',
};
const GRADE_ZH: Record<string, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };
const KIND_ZH: Record<string, string> = { improvement: '改进', innovation: '创新' };

export async function summaryDocx(view: EvaluationView, meta: EvaluationDocumentMeta): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [title('企业实施情况及成效总结')];
  children.push(
    fields([
      ['企业名称', meta.enterpriseName],
      ['提升行动', meta.campaignName],
      ['填报人', view.summary?.updatedByName ?? '—'],
    ]),
  );
  for (const key of SUMMARY_SECTIONS) {
    children.push(heading(SECTION_ZH[key], 2));
    const text = view.summary?.sections[key]?.trim() ?? '';
    for (const line of (text || '（未填写）').split(/\n+/)) children.push(para(line));
  }
  // the figures: the panel's when signed off, else the enterprise's own
  const signed = view.panel?.status === 'signed_off';
  const source = signed ? view.sheets[0] : view.selfAssessment;
  children.push(heading('主要指标提升情况', 2));
  const value = (v: number | null, unit: string) => (v === null ? '—' : `${v}${unit}`);
  const rows: string[][] = [['评价项目', '评价指标', '提升前', '提升目标', '提升后', '提升结果']];
  for (const i of view.indicators) {
    const r = source?.rows.find((x) => x.indicatorKey === i.indicatorKey);
    rows.push([
      labelOf('zh-CN', 'evaluationItem', i.item),
      i.name,
      value(i.before, i.unit),
      value(i.target, i.unit),
      r ? value(r.after, i.unit) : '—',
      r ? (r.met ? '达成目标' : r.improved ? '有改进、未达成目标' : '未达成目标') : '—',
    ]);
  }
  children.push(table(rows, [0.2, 0.2, 0.14, 0.14, 0.14, 0.18]));
  children.push(
    para(
      signed ? '提升后数值取自评价组签字确认的评价表。' : source ? '提升后数值取自企业自我评价。' : '尚无提升后数值。',
    ),
  );
  if (signed && view.result)
    children.push(
      fields([
        ['评价得分', `${view.result.total} 分`],
        ['评价等级', GRADE_ZH[view.result.grade]!],
      ]),
    );
  if (view.actionPlan) {
    children.push(heading('改进、创新行动计划', 2));
    const plan = [['类别', '措施', '责任人', '完成期限', '完成情况']];
    for (const item of view.actionPlan.items)
      plan.push([
        KIND_ZH[item.kind]!,
        item.action,
        item.owner,
        item.dueOn,
        item.done ? `已完成（${item.doneOn ?? ''}）` : '进行中',
      ]);
    children.push(table(plan, [0.1, 0.4, 0.15, 0.15, 0.2]));
  }
  children.push(para(''));
  children.push(para('企业负责人（签字）：                    企业（盖章）：                    日期：    年  月  日'));
  return packDocument('企业实施情况及成效总结', children);
}
