/**
 * 认证提升企业质量诊断报告 (003 §6.5.8) with the Annex B.1 confirmation table, as DOCX.
 */
import type { Paragraph, Table } from 'docx';
import type { DiagnosisReport } from '../../../../domain/diagnosis/diagnosis.js';
import { SURVEY_METHODS, SURVEY_STATUSES } from '../../../../domain/survey/annex-a-template.js';
import { fields, heading, packDocument, para, table, text, title } from './docx-kit.js';

const statusName = (key: string | null) => SURVEY_STATUSES.find((s) => s.key === key)?.zh ?? '未填写';

export interface DiagnosisDocumentMeta {
  enterpriseName: string;
  uscc: string;
  campaignName: string;
  bodyName: string;
  experts: ReadonlyArray<string>;
  issuedOn: string;
  digest: string;
  confirmation: { signer: string; capacity: string; confirmedOn: string; method: 'online' | 'scan' } | null;
}

export async function diagnosisDocx(report: DiagnosisReport, meta: DiagnosisDocumentMeta): Promise<Buffer> {
  const body: Array<Paragraph | Table> = [
    title('认证提升企业质量诊断报告'),
    fields([
      ['企业名称', meta.enterpriseName],
      ['统一社会信用代码', meta.uscc],
      ['提升行动', meta.campaignName],
      ['认证机构', meta.bodyName],
      ['诊断人员', meta.experts.join('、')],
      ['调研日期', report.surveyedOn ?? ''],
      ['调研方法', report.methods.map((m) => SURVEY_METHODS.find((x) => x.key === m)?.zh ?? m).join('、')],
    ]),
    heading('一、调研沟通对象'),
    table(
      [['姓名', '职务', '部门'], ...report.interviewees.map((i) => [i.name, i.position, i.department ?? ''])],
      [0.25, 0.4, 0.35],
    ),
    heading('二、合规与诚信核查'),
    table(
      [
        ['核查事项', '结果', '说明'],
        ...report.checks.map((c) => [
          c.zh,
          c.result === 'pass' ? '符合' : c.result === 'fail' ? '不符合' : '待核实',
          c.note ?? '',
        ]),
      ],
      [0.4, 0.15, 0.45],
    ),
    heading('三、质量管理痛点（按紧迫程度排序）'),
    table(
      [['序号', '问题', '说明'], ...report.painPoints.map((p) => [String(p.rank), p.zh, p.detail])],
      [0.1, 0.4, 0.5],
    ),
    heading('四、分项调研发现（附录 A）'),
  ];
  for (const item of report.findingsByItem) {
    body.push(heading(item.zh, 2));
    body.push(
      table(
        [
          ['调研内容', '结论', '发现', '测量值'],
          ...item.subItems.map((s) => [
            s.zh,
            statusName(s.status),
            s.finding ?? '',
            s.measured
              ? `${s.measured.value} ${s.measured.unit}${s.measured.period ? `（${s.measured.period}）` : ''}`
              : '',
          ]),
        ],
        [0.32, 0.13, 0.35, 0.2],
      ),
    );
  }
  if (report.enterpriseIdeas) {
    body.push(
      heading('五、企业的想法与措施'),
      para(report.enterpriseIdeas.ideas),
      para(report.enterpriseIdeas.measures ?? ''),
    );
  }
  body.push(
    heading('附录 B  表 B.1 企业质量诊断意见确认表', 1, { newPage: true }), // B.1 is printed, signed and sealed on its own
    table([[`企业名称（盖章）：${meta.enterpriseName}`]], [1], { header: false }),
    table([['序号', '诊断意见'], ...report.opinions.map((o) => [String(o.no), o.zh])], [0.12, 0.88]),
    table(
      [
        [`企业质量诊断人员（签字）：${meta.experts.join('、')}`, `日期：${meta.issuedOn}`],
        [
          `企业法定代表人或授权代表（签字或盖章）：${meta.confirmation ? `${meta.confirmation.signer}（${meta.confirmation.capacity}）` : ''}`,
          `日期：${meta.confirmation?.confirmedOn ?? '    年  月  日'}`,
        ],
      ],
      [0.65, 0.35],
      { header: false },
    ),
    para([
      text(
        meta.confirmation
          ? `${meta.confirmation.method === 'online' ? '已于平台在线确认' : '已上传签字盖章扫描件'}；报告摘要（SHA-256）：${meta.digest}`
          : `报告摘要（SHA-256）：${meta.digest}`,
        { size: 18 },
      ),
    ]),
  );
  return packDocument('认证提升企业质量诊断报告', body);
}
