/**
 * An enterprise's application or recommendation (003 §6.2.2) and its checks,
 * shared by the public form, the bureau's recommendation, roster rows (ADR 0011) and the web forms.
 * Every problem names the field and a stable code with zh/en messages (domain/errors/codes).
 */
import { checkUsccInput } from '../uscc/uscc.js';
import { isIndustryCategoryCode } from '../industries/categories.js';
import { findEnterpriseSizeIndustry, tryClassifyEnterpriseSize } from '../enterprise-size/enterprise-size.js';
import { isWithinRegion } from '../regions/region-code.js';
import { newRecordRegionProblem, regionProblemDetail } from '../regions/region-status.js';
import { jurisdictionHolds } from '../access/jurisdiction.js';
import { isIsoDate } from '../lifecycle/operation-period.js';
import type { ErrorCode } from '../errors/codes.js';

export interface ApplicationInput {
  uscc: string;
  name: string;
  regionCode: string;
  address?: string;
  /** Row key of the 2017 size rule (domain/enterprise-size). */
  sizeIndustry?: string;
  /** One of the 39 certification categories. */
  industryCode: string;
  employees?: number;
  revenueWan?: number;
  assetsWan?: number;
  certificationStatus: 'certified' | 'none';
  certificateNumber?: string;
  certificateBody?: string;
  certificateExpiresOn?: string;
  legalRepresentative?: string;
  contactName: string;
  contactPhone: string;
  /** 企业有认证提升意愿 (003 §5.1). */
  willing: boolean;
  /** The resources it commits: people, time, rules, equipment. */
  resources?: string;
  /** The certification body it prefers, if any (enterprises choose freely). */
  preferredBodyId?: string;
}

export interface ApplicationProblem {
  field: keyof ApplicationInput;
  code: ErrorCode;
  detail?: string;
}

/** The codes `validateApplication` and `recordedEnterpriseProblem` can name (the contracts document them). */
export const APPLICATION_PROBLEM_CODES = [
  'USCC_INVALID',
  'REQUIRED',
  'REGION_RETIRED',
  'REGION_UNKNOWN',
  'REGION_OUTSIDE_CAMPAIGN',
  'INDUSTRY_UNKNOWN',
  'SIZE_INDUSTRY_UNKNOWN',
  'NUMBER_INVALID',
  'CERTIFICATE_REQUIRED',
  'DATE_INVALID',
  'PHONE_INVALID',
  'WILLINGNESS_REQUIRED',
  'ENTERPRISE_NOT_ENROLLABLE',
] as const satisfies readonly ErrorCode[];

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;

export function validateApplication(
  input: ApplicationInput,
  context: { campaignRegionCode: string; regionExists: (code: string) => boolean },
): ApplicationProblem[] {
  const problems: ApplicationProblem[] = [];
  const uscc = checkUsccInput(input.uscc ?? '');
  if (!uscc.valid) problems.push({ field: 'uscc', code: 'USCC_INVALID', detail: uscc.reason });
  if (!input.name?.trim()) problems.push({ field: 'name', code: 'REQUIRED' });
  // a new record takes a current GB/T 2260 code: not a retired one, nor one the region data invents
  const regionProblem = newRecordRegionProblem(input.regionCode ?? '', context.regionExists);
  if (regionProblem)
    problems.push({
      field: 'regionCode',
      code: regionProblem,
      detail: regionProblem === 'REGION_RETIRED' ? regionProblemDetail(input.regionCode) : input.regionCode,
    });
  else if (!isWithinRegion(input.regionCode, context.campaignRegionCode))
    problems.push({ field: 'regionCode', code: 'REGION_OUTSIDE_CAMPAIGN', detail: input.regionCode });
  if (!isIndustryCategoryCode(input.industryCode ?? ''))
    problems.push({ field: 'industryCode', code: 'INDUSTRY_UNKNOWN', detail: input.industryCode });
  if (input.sizeIndustry !== undefined && !findEnterpriseSizeIndustry(input.sizeIndustry))
    problems.push({ field: 'sizeIndustry', code: 'SIZE_INDUSTRY_UNKNOWN', detail: input.sizeIndustry });
  for (const field of ['employees', 'revenueWan', 'assetsWan'] as const) {
    const value = input[field];
    if (
      value !== undefined &&
      (!Number.isFinite(value) || value < 0 || (field === 'employees' && !Number.isInteger(value)))
    ) {
      problems.push({ field, code: 'NUMBER_INVALID', detail: String(value) });
    }
  }
  if (input.certificationStatus === 'certified') {
    if (!input.certificateNumber?.trim()) problems.push({ field: 'certificateNumber', code: 'CERTIFICATE_REQUIRED' });
    if (input.certificateExpiresOn !== undefined && !isIsoDate(input.certificateExpiresOn))
      problems.push({ field: 'certificateExpiresOn', code: 'DATE_INVALID' });
  }
  if (!input.contactName?.trim()) problems.push({ field: 'contactName', code: 'REQUIRED' });
  if (!PHONE.test(input.contactPhone ?? '')) problems.push({ field: 'contactPhone', code: 'PHONE_INVALID' });
  if (input.willing !== true) problems.push({ field: 'willing', code: 'WILLINGNESS_REQUIRED' });
  return problems;
}

/** The size class the application's figures give (null when the size row is not known or figures are missing). */
export function applicationSizeClass(
  input: Pick<ApplicationInput, 'sizeIndustry' | 'employees' | 'revenueWan' | 'assetsWan'>,
): string | null {
  if (!input.sizeIndustry) return null;
  const attempt = tryClassifyEnterpriseSize({
    industry: input.sizeIndustry,
    employees: input.employees,
    revenueWan: input.revenueWan,
    assetsWan: input.assetsWan,
  });
  return attempt.ok ? attempt.result.size : null;
}

/** Who is enrolling an enterprise into a campaign (003 §6.2.2: the enterprise applies, or a bureau recommends). */
export type Enroller =
  /** A bureau's recommendation or roster import: its jurisdiction. */
  | { kind: 'bureau'; jurisdictionRegionCode: string | null }
  /** The public form without a session: anyone may type anything, so only the campaign's region speaks. */
  | { kind: 'public' }
  /** The enterprise's own signed-in contact. */
  | { kind: 'own_enterprise'; organizationId: string };

/** An enterprise already on record (found by its credit code): its id and its recorded region. */
export interface RecordedEnterprise {
  id: string;
  regionCode: string | null;
}

/**
 * ADR 0004 (scope by region-code prefix) applied to enrolment (ADR 0017): an enterprise on record
 * enters a campaign only where its RECORDED region is held — by the campaign's region and, for a
 * bureau, by the bureau's jurisdiction — whatever region was typed, or by the enterprise itself.
 * Otherwise an outsider could pull another region's enterprise into its own scope and read its
 * particulars. The problem names only the credit code field: nothing of the other record.
 */
export function recordedEnterpriseProblem(
  enterprise: RecordedEnterprise,
  enroller: Enroller,
  campaignRegionCode: string,
): ApplicationProblem | null {
  if (enroller.kind === 'own_enterprise' && enroller.organizationId === enterprise.id) return null;
  const held =
    jurisdictionHolds(campaignRegionCode, enterprise.regionCode) &&
    (enroller.kind !== 'bureau' || jurisdictionHolds(enroller.jurisdictionRegionCode, enterprise.regionCode));
  return held ? null : { field: 'uscc', code: 'ENTERPRISE_NOT_ENROLLABLE' };
}

/**
 * The region a new participation is captured under (ADR 0004): an enterprise on record keeps its
 * recorded region, so what an outsider typed never moves it; the enterprise itself may declare
 * where it is now (the region it typed, already checked to lie inside the campaign).
 */
export function participationRegionCode(
  input: Pick<ApplicationInput, 'regionCode'>,
  recorded: RecordedEnterprise | undefined,
  enroller: Enroller,
): string {
  if (!recorded?.regionCode) return input.regionCode;
  if (enroller.kind === 'own_enterprise' && enroller.organizationId === recorded.id) return input.regionCode;
  return recorded.regionCode;
}
