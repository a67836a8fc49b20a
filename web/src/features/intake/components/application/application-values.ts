/** The application form's values, the shared rules' input (ApplicationInput) and the request body. */
import type { Dayjs } from 'dayjs';
import type { ApplicationInput } from '../../../../../../domain/intake/application.js';
import type { ApplicationBody } from '../../../../../../contracts/intake';

export interface ApplicationFormValues {
  uscc?: string;
  name?: string;
  regionCode?: string;
  address?: string;
  sizeIndustry?: string;
  industryCode?: string;
  employees?: number | null;
  revenueWan?: number | null;
  assetsWan?: number | null;
  certificationStatus?: 'certified' | 'none';
  certificateNumber?: string;
  certificateBody?: string;
  certificateExpiresOn?: Dayjs | null;
  legalRepresentative?: string;
  contactName?: string;
  contactPhone?: string;
  willing?: boolean;
  resources?: string;
  preferredBodyId?: string;
}

export type ApplicationField = keyof ApplicationFormValues;

export const APPLICATION_FIELDS: ReadonlyArray<ApplicationField> = [
  'uscc',
  'name',
  'regionCode',
  'address',
  'sizeIndustry',
  'industryCode',
  'employees',
  'revenueWan',
  'assetsWan',
  'certificationStatus',
  'certificateNumber',
  'certificateBody',
  'certificateExpiresOn',
  'legalRepresentative',
  'contactName',
  'contactPhone',
  'willing',
  'resources',
  'preferredBodyId',
];

const text = (s: string | undefined): string | undefined => (s?.trim() ? s.trim() : undefined);
const num = (n: number | null | undefined): number | undefined =>
  typeof n === 'number' && Number.isFinite(n) ? n : undefined;

export function toApplicationInput(v: ApplicationFormValues): ApplicationInput {
  const certified = v.certificationStatus === 'certified';
  return {
    uscc: v.uscc ?? '',
    name: v.name ?? '',
    regionCode: (v.regionCode ?? '').trim(),
    address: text(v.address),
    sizeIndustry: v.sizeIndustry || undefined,
    industryCode: v.industryCode ?? '',
    employees: num(v.employees),
    revenueWan: num(v.revenueWan),
    assetsWan: num(v.assetsWan),
    certificationStatus: certified ? 'certified' : 'none',
    certificateNumber: certified ? text(v.certificateNumber) : undefined,
    certificateBody: certified ? text(v.certificateBody) : undefined,
    certificateExpiresOn: certified && v.certificateExpiresOn ? v.certificateExpiresOn.format('YYYY-MM-DD') : undefined,
    legalRepresentative: text(v.legalRepresentative),
    contactName: (v.contactName ?? '').trim(),
    contactPhone: (v.contactPhone ?? '').trim(),
    willing: v.willing === true,
    resources: text(v.resources),
    preferredBodyId: v.preferredBodyId || undefined,
  };
}

/** The request body: the same facts, without the keys left empty. */
export function toApplicationBody(v: ApplicationFormValues): ApplicationBody {
  const input = toApplicationInput(v);
  const body = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
  return body as ApplicationBody;
}

export const EMPTY_APPLICATION: ApplicationFormValues = { certificationStatus: 'none', willing: false };
