/**
 * The streamed participation export (ADR 0011, bench/README.md): keyset pages of the participations in scope written
 * row by row with the minimal streaming XLSX writer, waiting for a slow client before reading the next page.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { findIndustryCategory } from '../../../../domain/industries/categories.js';
import type { Locale } from '../../../../domain/errors/codes.js';
import { maskPersonName, maskPhone } from '../../../../domain/privacy/mask.js';
import { XlsxStreamWriter } from '../../platform/xlsx/stream-writer.js';
import { labelOf } from '../../platform/i18n/messages.js';

const EXPORT_PAGE = 5000;

const HEADERS = {
  'en-US': [
    'Enterprise',
    'Credit code',
    'Region',
    'Region code',
    'Category',
    'Stage',
    'Size',
    'Origin',
    'Certification body',
    'Contact',
    'Phone',
    'Updated',
  ],
  'zh-CN': [
    '企业名称',
    '统一社会信用代码',
    '地区',
    '地区代码',
    '认证行业类别',
    '阶段',
    '规模',
    '来源',
    '认证机构',
    '联系人',
    '联系电话',
    '更新时间',
  ],
} satisfies Record<Locale, string[]>;

export interface ExportRow {
  id: string;
  enterpriseName: string;
  uscc: string;
  regionCode: string;
  industryCode: string;
  stage: string;
  sizeClass: string | null;
  origin: string;
  certificationBodyName: string | null;
  contactName: string | null;
  contactPhone: string | null;
  updatedAt: Date;
}

/** The workbook as a stream; `nextPage(after, limit)` reads the rows after the last one written. */
export function streamParticipationWorkbook(options: {
  locale: Locale;
  regionNames: Map<string, string>;
  nextPage: (afterId: string | null, limit: number) => Promise<ExportRow[]>;
  onError: (error: unknown) => void;
}): PassThrough {
  const en = options.locale === 'en-US';
  const stream = new PassThrough();
  const sheet = new XlsxStreamWriter(
    stream,
    en ? 'Participations' : '企业名单',
    [30, 22, 12, 10, 24, 14, 10, 10, 28, 10, 14, 20],
  );
  sheet.addRow(HEADERS[options.locale]);
  const write = async () => {
    let after: string | null = null;
    for (;;) {
      const page = await options.nextPage(after, EXPORT_PAGE);
      for (const r of page) {
        const industry = findIndustryCategory(r.industryCode);
        sheet.addRow([
          r.enterpriseName,
          r.uscc,
          options.regionNames.get(r.regionCode) ?? '',
          r.regionCode,
          `${r.industryCode} ${(en ? industry?.nameEn : industry?.nameZh) ?? ''}`,
          // stage, size class and origin by their catalog labels, never their keys
          labelOf(options.locale, 'stage', r.stage),
          labelOf(options.locale, 'enterpriseSize', r.sizeClass),
          labelOf(options.locale, 'origin', r.origin),
          r.certificationBodyName ?? '',
          maskPersonName(r.contactName) ?? '',
          maskPhone(r.contactPhone) ?? '',
          r.updatedAt.toISOString().slice(0, 19).replace('T', ' '),
        ]);
      }
      if (page.length < EXPORT_PAGE) break;
      // a slow client: wait until it has taken what is queued before reading the next page
      if (stream.writableNeedDrain) await once(stream, 'drain');
      after = page.at(-1)!.id;
    }
    await sheet.finish();
  };
  write().catch((error: unknown) => {
    options.onError(error);
    stream.destroy(error as Error);
  });
  return stream;
}
