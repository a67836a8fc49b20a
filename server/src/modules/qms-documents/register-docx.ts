/**
 * 文件清单 (the QMS document register; 001 annex 体系建设, GB/T 19001-2016 7.5.3): every document by level — number,
 * title, level, version, status, effective date, the clauses it covers — then the clauses recorded as not applicable
 * with their reasons, and the gaps of the coverage. Labels come from the locale catalog; the document is Chinese.
 */
import type { Paragraph, Table } from 'docx';
import type { QmsRegister } from '../../../../contracts/qms-documents.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { DOCUMENT_LEVELS } from '../../../../domain/qms-documents/register.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { fields, heading, packDocument, para, table, title } from '../documents/docx-kit.js';

export interface RegisterDocumentMeta {
  enterpriseName: string;
  uscc: string;
  campaignName: string;
  bodyName: string;
  /** The day the list is printed. */
  on: string;
}

export async function registerDocx(
  register: QmsRegister,
  meta: RegisterDocumentMeta,
  locale: Locale = 'zh-CN',
): Promise<Buffer> {
  const documents = [...register.documents].sort(
    (a, b) =>
      DOCUMENT_LEVELS.indexOf(a.level) - DOCUMENT_LEVELS.indexOf(b.level) || a.number.localeCompare(b.number, 'zh'),
  );
  const inForce = documents.filter((d) => d.inForce).length;
  const gapClauses = register.coverage.clauses.filter((c) => c.state === 'gap');
  const gapItems = register.coverage.items.filter((i) => i.state === 'gap');
  const body: Array<Paragraph | Table> = [
    title('质量管理体系文件清单'),
    fields([
      ['企业名称', meta.enterpriseName],
      ['统一社会信用代码', meta.uscc],
      ['所属提升行动', meta.campaignName],
      ['帮扶机构', meta.bodyName],
      ['依据标准', 'GB/T 19001-2016 / ISO 9001:2015'],
      ['清单日期', meta.on],
    ]),
    heading('一、文件清单'),
    table(
      [
        ['序号', '文件编号', '文件名称', '层级', '版本', '状态', '生效日期', '涉及条款'],
        ...documents.map((d, i) => [
          String(i + 1),
          d.number,
          d.title,
          labelOf(locale, 'qmsLevel', d.level),
          d.revision,
          labelOf(locale, 'qmsStatus', d.status),
          d.inForce?.effectiveOn ?? '',
          d.clauses.join('、'),
        ]),
      ],
      [0.05, 0.1, 0.22, 0.14, 0.07, 0.14, 0.15, 0.13],
    ),
    para(`共 ${documents.length} 份文件，其中现行有效 ${inForce} 份。`, { spacing: { before: 200 } }),
    heading('二、不适用条款及理由'),
    register.nonApplicable.length
      ? table(
          [['条款', '理由', '记录日期'], ...register.nonApplicable.map((n) => [n.clause, n.reason, n.recordedOn])],
          [0.15, 0.65, 0.2],
        )
      : para('无。'),
    heading('三、覆盖情况'),
    para(
      gapClauses.length === 0 && gapItems.length === 0
        ? '全部条款及强制性成文信息均已由现行有效文件覆盖或已说明不适用理由。'
        : `尚有 ${gapClauses.length} 个条款、${gapItems.length} 项强制性成文信息未覆盖：`,
    ),
    ...(gapClauses.length ? [para(`条款：${gapClauses.map((c) => `${c.clause} ${c.zh}`).join('；')}`)] : []),
    ...(gapItems.length ? [para(`成文信息：${gapItems.map((i) => `${i.citation} ${i.zh}`).join('；')}`)] : []),
    para('编制：                    审核：                    批准：                    日期：', {
      spacing: { before: 400 },
    }),
  ];
  return packDocument('质量管理体系文件清单', body);
}
