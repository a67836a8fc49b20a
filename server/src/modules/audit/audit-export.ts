/**
 * The streamed export of the filtered trail (R19): keyset pages newest first, written row by row with the minimal
 * streaming XLSX writer. Headers and values come from the web's locale catalogs, so the file reads as the page does
 * and holds no raw code.
 */
import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import type { Locale } from '../../../../domain/errors/codes.js';
import { XlsxStreamWriter } from '../../platform/xlsx/stream-writer.js';
import enUS from '../../../../web/src/locales/en-US.json' with { type: 'json' };
import zhCN from '../../../../web/src/locales/zh-CN.json' with { type: 'json' };
import type { AuditRow } from './audit.repository.js';

const EXPORT_PAGE = 2000;
const CATALOGS: Record<Locale, unknown> = { 'zh-CN': zhCN, 'en-US': enUS };

/** A label of the catalog (`a.b.c`), or undefined when it has none. */
function label(locale: Locale, path: string): string | undefined {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], CATALOGS[locale]);
  return typeof value === 'string' ? value : undefined;
}

/** China Standard Time, as the reader's day is (domain/audit/period.ts). */
function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
}

export function auditExportLabels(locale: Locale) {
  const l = (path: string) => label(locale, path) ?? '';
  return {
    sheet: l('audit.title'),
    headers: [
      l('audit.seq'),
      l('audit.occurredAt'),
      l('audit.actor'),
      l('audit.organization'),
      l('audit.role'),
      l('audit.action'),
      l('audit.objectType'),
      l('audit.objectName'),
      l('audit.objectId'),
      l('audit.outcome'),
      l('audit.hash'),
      l('audit.prevHash'),
    ],
    action: (code: string) => label(locale, `audit.actionName.${code}`) ?? l('audit.unknownAction'),
    objectType: (type: string | null) => (type ? (label(locale, `audit.objectTypeName.${type}`) ?? '') : ''),
    role: (role: string | null) => (role ? (label(locale, `role.${role}`) ?? '') : l('audit.system')),
    outcome: (outcome: string) => label(locale, `outcome.${outcome}`) ?? '',
    trailObject: (id: string) => label(locale, `audit.trailObject.${id}`),
  };
}

export function streamAuditWorkbook(options: {
  locale: Locale;
  nextPage: (beforeSeq: number | null, limit: number) => Promise<AuditRow[]>;
  names: (rows: AuditRow[]) => Promise<Map<string, string>>;
  onError: (error: unknown) => void;
}): PassThrough {
  const labels = auditExportLabels(options.locale);
  const stream = new PassThrough();
  const sheet = new XlsxStreamWriter(stream, labels.sheet, [8, 20, 14, 28, 16, 24, 12, 36, 38, 8, 68, 68]);
  sheet.addRow(labels.headers);
  const write = async () => {
    let before: number | null = null;
    for (;;) {
      const page = await options.nextPage(before, EXPORT_PAGE);
      const names = await options.names(page);
      for (const r of page) {
        const objectName =
          (r.objectType && r.objectId ? names.get(`${r.objectType}:${r.objectId}`) : undefined) ??
          (r.objectType === 'audit_trail' && r.objectId ? labels.trailObject(r.objectId) : undefined);
        sheet.addRow([
          r.seq,
          chinaTime(r.occurredAt),
          r.actorName ?? labels.role(null),
          r.actorOrganizationName ?? '',
          labels.role(r.actorRole),
          labels.action(r.action),
          labels.objectType(r.objectType),
          objectName ?? '',
          // the trail's own parts are named in the column before; their ids are internal words
          r.objectType === 'audit_trail' ? '' : (r.objectId ?? ''),
          labels.outcome(r.outcome),
          r.hash,
          r.prevHash,
        ]);
      }
      if (page.length < EXPORT_PAGE) break;
      if (stream.writableNeedDrain) await once(stream, 'drain');
      before = page.at(-1)!.seq;
    }
    await sheet.finish();
  };
  write().catch((error: unknown) => {
    options.onError(error);
    stream.destroy(error as Error);
  });
  return stream;
}
