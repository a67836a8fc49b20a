/**
 * 认证提升成效评价表 (003 Annex C 表 C.1) as DOCX: one table per rater (序号, 评价项目, 评价指标, 提升前, 提升目标, 提升后,
 * 提升结果, 评价分数, 合计评分), the items without an indicator, the aggregated result graded by Table 2, and the panel's
 * signatures block (003 §6.9.1–6.9.3).
 */
import type { Paragraph, Table } from 'docx';
import type { EvaluationView } from '../../../../contracts/evaluation.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { fields, heading, packDocument, para, table, title } from './docx-kit.js';

export interface EvaluationDocumentMeta {
  enterpriseName: string;
  campaignName: string;
}

const GRADE_ZH: Record<string, string> = { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格' };
const ITEM_RULE_ZH: Record<string, string> = {
  all: '一个评价项目有多个指标时，全部指标达成目标方得该项目的 10 分',
  any: '一个评价项目有多个指标时，任一指标达成目标即得该项目的 10 分',
};
const AGGREGATION_ZH: Record<string, string> = {
  mean: '各评审专家合计评分的平均分',
  median: '各评审专家合计评分的中位数',
};

export async function evaluationDocx(view: EvaluationView, meta: EvaluationDocumentMeta): Promise<Buffer> {
  const panel = view.panel;
  const children: Array<Paragraph | Table> = [
    title('认证提升成效评价表'),
    para('（附录 C 表 C.1）', { alignment: 'center' }),
  ];
  children.push(
    fields([
      ['企业名称', meta.enterpriseName],
      ['提升行动', meta.campaignName],
      [
        '评价方式',
        panel ? [panel.documentReview && '文件评审', panel.onsiteReview && '现场评审'].filter(Boolean).join('、') : '—',
      ],
      ['评价日期', panel ? `${panel.startsOn} 至 ${panel.endsOn}` : '—'],
      ['计分规则', panel ? ITEM_RULE_ZH[panel.itemRule]! : '—'],
      ['结果合成', panel ? AGGREGATION_ZH[panel.aggregation]! : '—'],
    ]),
  );
  const value = (v: number | null, unit: string) => (v === null ? '—' : `${v}${unit}`);
  for (const sheet of view.sheets) {
    children.push(heading(`评审专家：${sheet.raterName}`, 2));
    const rows: string[][] = [['序号', '评价项目', '评价指标', '提升前', '提升目标', '提升后', '提升结果', '评价分数']];
    sheet.rows.forEach((r, n) => {
      const points = sheet.items.find((i) => i.item === r.item)?.points ?? 0;
      rows.push([
        String(n + 1),
        labelOf('zh-CN', 'evaluationItem', r.item),
        r.name,
        value(r.before, r.unit),
        value(r.target, r.unit),
        value(r.after, r.unit),
        r.met ? '达成目标' : '未达成目标',
        String(points),
      ]);
    });
    rows.push(['', '合计评分', '', '', '', '', '', String(sheet.total)]);
    children.push(table(rows, [0.08, 0.17, 0.17, 0.1, 0.1, 0.09, 0.16, 0.13]));
    const none = sheet.items.filter((i) => i.reason === 'no_indicator');
    if (none.length > 0)
      children.push(
        para(
          `方案中未设指标、不得分的评价项目：${none.map((i) => labelOf('zh-CN', 'evaluationItem', i.item)).join('、')}`,
        ),
      );
    children.push(
      para(
        `依据：${
          sheet.rows
            .filter((r) => r.evidence)
            .map((r) => `${r.name}——${r.evidence}`)
            .join('；') || '—'
        }`,
      ),
    );
  }
  children.push(heading('评价结果', 2));
  children.push(
    fields([
      ['合计评分', view.result ? `${view.result.total} 分（满分 90 分）` : '—'],
      ['评价等级', view.result ? GRADE_ZH[view.result.grade]! : '—'],
      ['评审专家人数', view.result ? String(view.result.raters) : '—'],
      ['状态', panel?.status === 'signed_off' ? `已由组长 ${panel.signedOffByName ?? ''} 签字确认` : '评分中'],
    ]),
  );
  children.push(heading('评价组签字', 2));
  const signRows = [['职责', '姓名', '签字', '日期']];
  for (const m of panel?.members ?? []) signRows.push([m.leader ? '组长' : '成员', m.name, '', '']);
  children.push(table(signRows, [0.16, 0.28, 0.32, 0.24]));
  return packDocument('认证提升成效评价表', children);
}
