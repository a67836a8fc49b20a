/**
 * 培训签到表 (001 annex 一、1; 003 §6.7.2.2): the session's particulars and one row per person — enterprise, name, post,
 * audience level — with blank rows to sign by hand at the session, kept as the attendance evidence.
 */
import type { Locale } from '../../../../domain/errors/codes.js';
import { labelOf } from '../../platform/i18n/messages.js';
import { fields, heading, packDocument, para, table, title } from '../documents/docx-kit.js';

export interface SignInSheetData {
  title: string;
  kind: string;
  subKind: string | null;
  delivery: string;
  campaignName: string;
  organizer: string;
  heldOn: string;
  endsOn: string;
  durationHours: number;
  placeOrUrl: string;
  topics: ReadonlyArray<string>;
  audiences: ReadonlyArray<string>;
  rows: ReadonlyArray<{
    enterpriseName: string;
    personName: string;
    post: string | null;
    audienceLevel: string | null;
  }>;
  /** Enterprises enrolled without attendance yet: a blank line each to sign. */
  blankFor: ReadonlyArray<string>;
}

export async function signInSheetDocx(d: SignInSheetData, locale: Locale = 'zh-CN'): Promise<Buffer> {
  const kind = labelOf(locale, 'trainingKind', d.kind);
  const sub = d.subKind ? `（${labelOf(locale, 'trainingSubKind', d.subKind)}）` : '';
  const dates = d.endsOn === d.heldOn ? d.heldOn : `${d.heldOn} 至 ${d.endsOn}`;
  const body = [
    title('小微企业质量管理体系认证提升行动 培训签到表'),
    fields([
      ['培训名称', d.title],
      ['培训类型', `${kind}${sub}`],
      ['所属提升行动', d.campaignName],
      ['组织单位', d.organizer],
      ['培训时间', `${dates}（${d.durationHours} 学时）`],
      [d.delivery === 'online' ? '培训网址' : '培训地点', d.placeOrUrl],
      ['培训内容', d.topics.join('；')],
      [
        '培训对象',
        d.audiences.length ? d.audiences.map((a) => labelOf(locale, 'trainingAudience', a)).join('；') : '全体人员',
      ],
    ]),
    heading('签到记录', 2),
    table(
      [
        ['序号', '企业名称', '姓名', '岗位', '培训对象层级', '签名'],
        ...d.rows.map((r, i) => [
          String(i + 1),
          r.enterpriseName,
          r.personName,
          r.post ?? '',
          labelOf(locale, 'trainingAudience', r.audienceLevel),
          '',
        ]),
        ...d.blankFor.map((name, i) => [String(d.rows.length + i + 1), name, '', '', '', '']),
      ],
      [0.09, 0.29, 0.12, 0.14, 0.2, 0.16],
    ),
    para(`共 ${d.rows.length} 人次。签到表原件或照片须上传至平台作为培训记录证据。`, { spacing: { before: 200 } }),
    para('组织单位（盖章）：                      记录人：                      日期：'),
  ];
  return packDocument(d.title, body);
}
