/**
 * 管理评审报告 (9.3; reference internal-audit-and-review.md §7): the review's record with its inputs, its outputs
 * as actions and the platform's figures it read. Labels come from the locale catalog (ADR 0037).
 */
import type { Paragraph, Table } from 'docx';
import type { ManagementReviewOverview } from '../../../../contracts/management-review.js';
import { REVIEW_INPUTS } from '../../../../domain/management-review/management-review.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { fields, heading, packDocument, para, table, title } from './docx-kit.js';

const zh = 'zh-CN' as const;

export async function managementReviewDocx(
  overview: ManagementReviewOverview,
  review: NonNullable<ManagementReviewOverview['review']>,
  meta: { enterpriseName: string; campaignName: string },
): Promise<Buffer> {
  const r = review.record;
  const audit = overview.prefill.audit;
  const body: Array<Paragraph | Table> = [
    title('管理评审报告'),
    fields([
      ['组织', meta.enterpriseName],
      ['提升行动', meta.campaignName],
      ['评审日期', r.heldOn],
      ['主持人（最高管理者）', r.chairName],
      ['参加人员', r.attendees.join('、')],
    ]),
    heading('一、评审输入（GB/T 19001-2016 9.3.2）'),
    table(
      [['输入', '评审内容'], ...REVIEW_INPUTS.map((k) => [labelOf(zh, 'reviewInput', k), r.inputs[k]])],
      [0.3, 0.7],
    ),
    heading('二、平台记录的相关数据'),
    fields([
      [
        '内部审核',
        audit
          ? `${audit.startsOn} 至 ${audit.endsOn}；严重不符合 ${audit.findings.major} 项、一般不符合 ${audit.findings.minor} 项、观察项 ${audit.findings.observation} 项；已关闭 ${audit.closedNonconformities} 项，未关闭 ${audit.openNonconformities.length} 项`
          : '',
      ],
      ['培训', `累计 ${overview.prefill.trainingPersonTimes} 人次`],
      [
        '提升指标',
        overview.prefill.indicators.map((i) => `${i.name}：提升前 ${i.baseline}，目标 ${i.target}`).join('\n'),
      ],
    ]),
    heading('三、评审输出（9.3.3）与改进措施'),
    table(
      [
        ['类别', '措施', '责任人', '完成期限'],
        ...r.outputs.map((o) => [labelOf(zh, 'reviewOutput', o.kind), o.text, o.owner, o.dueOn]),
      ],
      [0.2, 0.5, 0.15, 0.15],
    ),
    heading('四、评审结论'),
    para(r.conclusion),
    table([['最高管理者签字：', '日期：']], [0.5, 0.5], { header: false }),
  ];
  return packDocument(`管理评审报告-${meta.enterpriseName}`, body);
}
