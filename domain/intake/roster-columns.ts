/**
 * The enterprise roster as bureaus exchange it in Excel (ADR 0011): its columns with
 * Chinese headers, and how a row's cells become an application. Cells may be typed as text or as
 * numbers (Excel turns 03 into 3 and long codes into numbers); both are accepted.
 */
import type { ApplicationInput, ApplicationProblem } from './application.js';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../enterprise-size/enterprise-size.js';

type Kind = 'text' | 'code2' | 'code6' | 'int' | 'number' | 'yesno' | 'certified' | 'date' | 'sizeIndustry';

export interface RosterColumn {
  key: Exclude<keyof ApplicationInput, 'preferredBodyId'>;
  header: string;
  kind: Kind;
  width: number;
  example: string | number;
}

export const ROSTER_COLUMNS: ReadonlyArray<RosterColumn> = [
  { key: 'uscc', header: '统一社会信用代码', kind: 'text', width: 22, example: '示例：91320321MA1EXAMPL0' },
  { key: 'name', header: '企业名称', kind: 'text', width: 28, example: '丰县示例机械有限公司' },
  { key: 'regionCode', header: '所在地区代码', kind: 'code6', width: 14, example: '320321' },
  { key: 'address', header: '详细地址', kind: 'text', width: 28, example: '丰县经济开发区示例路1号' },
  { key: 'sizeIndustry', header: '规模划分行业', kind: 'sizeIndustry', width: 16, example: '工业' },
  { key: 'industryCode', header: '认证行业类别代码', kind: 'code2', width: 16, example: '18' },
  { key: 'employees', header: '从业人员（人）', kind: 'int', width: 14, example: 45 },
  { key: 'revenueWan', header: '营业收入（万元）', kind: 'number', width: 16, example: 1500 },
  { key: 'assetsWan', header: '资产总额（万元）', kind: 'number', width: 16, example: 900 },
  { key: 'certificationStatus', header: '认证状态', kind: 'certified', width: 10, example: '未获证' },
  { key: 'certificateNumber', header: '证书编号', kind: 'text', width: 18, example: '' },
  { key: 'certificateBody', header: '发证机构', kind: 'text', width: 20, example: '' },
  { key: 'certificateExpiresOn', header: '证书有效期至', kind: 'date', width: 14, example: '' },
  { key: 'legalRepresentative', header: '法定代表人', kind: 'text', width: 12, example: '张三' },
  { key: 'contactName', header: '联系人', kind: 'text', width: 12, example: '李四' },
  { key: 'contactPhone', header: '联系电话', kind: 'text', width: 14, example: '13912345678' },
  { key: 'willing', header: '自愿参加（是/否）', kind: 'yesno', width: 14, example: '是' },
  { key: 'resources', header: '投入资源', kind: 'text', width: 30, example: '质量负责人1名，每周2天' },
];

/** Rows whose first cell starts with this are the template's example and are skipped. */
export const EXAMPLE_MARK = '示例';
export const REQUIRED_HEADERS: ReadonlyArray<RosterColumn['key']> = [
  'uscc',
  'name',
  'regionCode',
  'industryCode',
  'contactName',
  'contactPhone',
  'willing',
];

export type Cell = string | number | boolean | Date | null | undefined;

function text(cell: Cell): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const value = String(cell).trim();
  return value === '' ? undefined : value;
}

const SIZE_BY_NAME = new Map(
  ENTERPRISE_SIZE_INDUSTRIES.flatMap(
    (i) =>
      [
        [i.key, i.key],
        [i.nameZh, i.key],
      ] as Array<[string, string]>,
  ),
);

/** One row's cells (by column key) → the application, plus the problems only parsing can see. */
export function rowToApplication(cells: Partial<Record<RosterColumn['key'], Cell>>): {
  input: ApplicationInput;
  problems: ApplicationProblem[];
} {
  const problems: ApplicationProblem[] = [];
  const out: Record<string, unknown> = {};
  for (const column of ROSTER_COLUMNS) {
    const raw = cells[column.key];
    const value = text(raw);
    if (value === undefined) continue;
    switch (column.kind) {
      case 'text':
        out[column.key] = value;
        break;
      case 'code2':
        out[column.key] = /^\d$/.test(value) ? `0${value}` : value;
        break;
      case 'code6':
        out[column.key] = value.replace(/\.0+$/, '');
        break;
      case 'int':
      case 'number': {
        const n = typeof raw === 'number' ? raw : Number(value.replace(/,/g, ''));
        if (Number.isNaN(n)) problems.push({ field: column.key, code: 'NUMBER_INVALID', detail: value });
        else out[column.key] = n;
        break;
      }
      case 'yesno':
        out[column.key] = ['是', 'Y', 'y', 'yes', 'true', '1', '√'].includes(value) || raw === true;
        break;
      case 'certified':
        if (value === '已获证' || value === 'certified') out[column.key] = 'certified';
        else if (value === '未获证' || value === 'none') out[column.key] = 'none';
        else problems.push({ field: column.key, code: 'VALIDATION_FAILED', detail: value });
        break;
      case 'date':
        out[column.key] = value.replace(/\//g, '-').replace(/\./g, '-');
        break;
      case 'sizeIndustry': {
        const key = SIZE_BY_NAME.get(value);
        if (key) out[column.key] = key;
        else problems.push({ field: column.key, code: 'SIZE_INDUSTRY_UNKNOWN', detail: value });
        break;
      }
    }
  }
  const input = {
    uscc: '',
    name: '',
    regionCode: '',
    industryCode: '',
    contactName: '',
    contactPhone: '',
    willing: false,
    certificationStatus: 'none',
    ...out,
  } as ApplicationInput;
  return { input, problems };
}
