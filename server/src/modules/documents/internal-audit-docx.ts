/**
 * The internal audit's Word documents (000 §二(4); reference internal-audit-and-review.md §2–§6): 内部审核计划, 不符合项报告
 * and 内部审核报告. Labels come from the locale catalog (ADR 0037); the documents are Chinese.
 */
import type { Paragraph, Table } from 'docx';
import type { AuditFinding, InternalAuditOverview } from '../../../../contracts/internal-audit.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { fields, heading, packDocument, para, table, title } from './docx-kit.js';

type Audit = NonNullable<InternalAuditOverview['audit']>;
export interface AuditDocumentMeta {
  enterpriseName: string;
  uscc: string;
  campaignName: string;
  bodyName: string;
}

const zh = 'zh-CN' as const;
const leaderOf = (audit: Audit) => audit.plan.team.find((m) => m.leader)?.name ?? '';

function signatures(rows: ReadonlyArray<[string, string]>): Table {
  return table(
    rows.map(([role, name]) => [role, name, '签字：', '日期：']),
    [0.22, 0.28, 0.25, 0.25],
    { header: false },
  );
}

export async function auditPlanDocx(audit: Audit, meta: AuditDocumentMeta): Promise<Buffer> {
  const { plan } = audit;
  const body: Array<Paragraph | Table> = [
    title('内部审核计划'),
    fields([
      ['受审核组织', meta.enterpriseName],
      ['统一社会信用代码', meta.uscc],
      ['审核目的', plan.objectives],
      ['审核范围', plan.scope],
      ['审核准则', plan.criteria.join('；')],
      ['审核日期', `${plan.startsOn} 至 ${plan.endsOn}`],
      ['审核组长', leaderOf(audit)],
    ]),
    heading('一、审核组'),
    table(
      [['姓名', '角色', '所在部门'], ...plan.team.map((m) => [m.name, m.leader ? '组长' : '组员', m.department])],
      [0.3, 0.2, 0.5],
    ),
    heading('二、审核日程'),
    table(
      [
        ['日期', '受审核部门', '审核条款', '审核员'],
        ...plan.schedule.map((r) => [r.on, r.department, r.clauses.join('、'), r.auditorName]),
      ],
      [0.18, 0.27, 0.35, 0.2],
    ),
    para('说明：内审员不审核本部门的工作；首次会议与末次会议由审核组长主持。'),
    heading('三、编制与批准'),
    signatures([
      ['编制（审核组长）', leaderOf(audit)],
      ['批准（最高管理者）', ''],
    ]),
  ];
  return packDocument(`内部审核计划-${meta.enterpriseName}`, body);
}

export async function ncReportDocx(audit: Audit, finding: AuditFinding, meta: AuditDocumentMeta): Promise<Buffer> {
  const stepOf = (step: string) => finding.steps.filter((s) => s.step === step).at(-1);
  const row = (step: string, label: string): [string, string] => {
    const s = stepOf(step);
    return [
      label,
      s ? `${s.text}\n责任人：${s.owner}　完成日期：${s.doneOn}${s.dueOn ? `　期限：${s.dueOn}` : ''}` : '',
    ];
  };
  const verification = stepOf('verification');
  const body: Array<Paragraph | Table> = [
    title('不符合项报告'),
    fields([
      ['受审核组织', meta.enterpriseName],
      ['编号', `NC-${audit.plan.startsOn.slice(0, 4)}-${String(finding.number).padStart(2, '0')}`],
      ['受审核部门', finding.department],
      ['条款', `GB/T 19001-2016 ${finding.clause}`],
      ['类别', labelOf(zh, 'auditGrade', finding.grade)],
      ['发现日期', finding.foundOn],
      ['整改期限', finding.dueOn ?? ''],
    ]),
    heading('一、不符合事实描述（客观证据）'),
    para(finding.evidence),
    heading('二、整改过程'),
    fields([
      row('correction', '纠正'),
      row('root_cause', '原因分析'),
      row('corrective_action', '纠正措施'),
      [
        '有效性验证',
        verification
          ? `${verification.effective ? '有效' : '无效'}：${verification.text}\n验证人：${verification.owner}　日期：${verification.doneOn}`
          : '',
      ],
      ['状态', finding.state ? labelOf(zh, 'ncState', finding.state) : ''],
    ]),
    heading('三、签字'),
    signatures([
      ['审核员', leaderOf(audit)],
      ['受审核部门负责人', stepOf('correction')?.owner ?? stepOf('root_cause')?.owner ?? ''],
      ['验证人', verification?.owner ?? ''],
    ]),
  ];
  return packDocument(`不符合项报告-${meta.enterpriseName}-${finding.number}`, body);
}

export async function auditReportDocx(
  overview: InternalAuditOverview,
  audit: Audit,
  meta: AuditDocumentMeta,
): Promise<Buffer> {
  const report = audit.report;
  const counts = (grade: string) => overview.findings.filter((f) => f.grade === grade).length;
  const responseOf = new Map((report?.painPoints ?? []).map((p) => [p.ref, p.response]));
  const body: Array<Paragraph | Table> = [
    title('内部审核报告'),
    fields([
      ['受审核组织', meta.enterpriseName],
      ['提升行动', meta.campaignName],
      ['帮扶认证机构', meta.bodyName],
      ['审核日期', `${audit.plan.startsOn} 至 ${audit.plan.endsOn}`],
      ['审核组', audit.plan.team.map((m) => `${m.name}${m.leader ? '（组长）' : ''}`).join('、')],
      ['审核准则', audit.plan.criteria.join('；')],
    ]),
    heading('一、审核综述'),
    para(report?.summary ?? ''),
    heading('二、审核发现'),
    para(
      `共发现${labelOf(zh, 'auditGrade', 'major')} ${counts('major')} 项、${labelOf(zh, 'auditGrade', 'minor')} ${counts('minor')} 项、${labelOf(zh, 'auditGrade', 'observation')} ${counts('observation')} 项。`,
    ),
    table(
      [
        ['序号', '类别', '条款', '部门', '事实', '状态'],
        ...overview.findings.map((f) => [
          String(f.number),
          labelOf(zh, 'auditGrade', f.grade),
          f.clause,
          f.department,
          f.evidence,
          f.state ? labelOf(zh, 'ncState', f.state) : '—',
        ]),
      ],
      [0.08, 0.14, 0.1, 0.14, 0.38, 0.16],
    ),
    heading('三、诊断发现的主要问题及解决情况'),
    table([['问题', '解决情况'], ...overview.painPoints.map((p) => [p.zh, responseOf.get(p.ref) ?? ''])], [0.4, 0.6]),
    heading('四、检查表摘要'),
    table(
      [
        ['条款', '部门', '审核内容', '结果'],
        ...audit.checklist.map((c) => [c.clause, c.department, c.content, labelOf(zh, 'checklistResult', c.result)]),
      ],
      [0.12, 0.18, 0.52, 0.18],
    ),
    heading('五、审核结论'),
    para(report?.conclusion ?? ''),
    signatures([
      ['审核组长', leaderOf(audit)],
      ['最高管理者', ''],
    ]),
  ];
  return packDocument(`内部审核报告-${meta.enterpriseName}`, body);
}
