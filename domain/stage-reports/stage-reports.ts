/**
 * Staged reports (报送): each lower level reports to the level above by the campaign's report-due dates
 * (004 §三(三): 市州 "分别于5月20日和11月20日前" to the province; 001 §四 总结评估材料 by 30 November; 002 step 13).
 * The states, who reports to whom inside a campaign, the deadline status and the version rules.
 */
import { isWithinRegion, regionLineage } from '../regions/region-code.js';

/** draft → submitted → returned → submitted again … (every submission a new, immutable version). */
export const REPORT_STATES = ['draft', 'submitted', 'returned'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

/** What the upper level sees per deadline: 未提交 / 已提交 / 已退回 / 逾期未交 / 逾期提交. */
export const REPORT_STATUSES = ['not_submitted', 'submitted', 'returned', 'overdue', 'late_submitted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_TEXT_MAX = 20_000;
export const RETURN_REASON_MAX = 1_000;
export const REPORT_ATTACHMENTS_MAX = 10;

export interface Bureau {
  id: string;
  regionCode: string;
}

/**
 * The bureaus that report in a campaign: those strictly inside its region, except those inside a child campaign's
 * region (they report in the child campaign, ADR 0035 one campaign per level); the child's own bureau reports here.
 */
export function reportingBureaus<B extends Bureau>(
  bureaus: ReadonlyArray<B>,
  campaignRegion: string,
  childRegions: ReadonlyArray<string>,
): B[] {
  return bureaus.filter(
    (b) =>
      b.regionCode !== campaignRegion &&
      isWithinRegion(b.regionCode, campaignRegion) &&
      !childRegions.some((c) => c !== b.regionCode && isWithinRegion(b.regionCode, c)),
  );
}

/**
 * 004 §三(三): a bureau reports to the bureau one level above it; where that level has no bureau, to the nearest one
 * above inside the campaign's region; the campaign's top bureau receives (and reports in no campaign of its own).
 */
export function receiverOf<B extends Bureau>(
  reporterRegion: string,
  bureaus: ReadonlyArray<B>,
  campaignRegion: string,
): B | null {
  if (reporterRegion === campaignRegion || !isWithinRegion(reporterRegion, campaignRegion)) return null;
  const above = regionLineage(reporterRegion).slice(0, -1).reverse();
  for (const code of above) {
    if (!isWithinRegion(code, campaignRegion)) break;
    const bureau = bureaus.find((b) => b.regionCode === code);
    if (bureau) return bureau;
  }
  return null;
}

export interface ReportFacts {
  /** Absent: the bureau has not started its report. */
  state: ReportState | null;
  /** The China-calendar day of the first submission (lateness is the first submission's; a return does not reset it). */
  firstSubmittedOn: string | null;
  dueOn: string;
  today: string;
}

/**
 * The deadline status. 004 §三(三) "…日前": the due day itself is on time (China calendar); submitted after it is
 * 逾期提交; not submitted once it has passed is 逾期未交. A returned report shows 已退回 until it is resubmitted.
 */
export function reportStatus(f: ReportFacts): ReportStatus {
  if (f.state === 'returned') return 'returned';
  if (f.state === 'submitted')
    return f.firstSubmittedOn !== null && f.firstSubmittedOn > f.dueOn ? 'late_submitted' : 'submitted';
  return f.today > f.dueOn ? 'overdue' : 'not_submitted';
}

/** Whether the report counts as late (flagged to the upper level): 逾期未交 or 逾期提交, or returned after a late start. */
export function isLate(f: ReportFacts): boolean {
  if (f.firstSubmittedOn !== null) return f.firstSubmittedOn > f.dueOn;
  return f.today > f.dueOn;
}

export type ReportProblem =
  | { code: 'REPORT_ALREADY_SUBMITTED'; field: string }
  | { code: 'REPORT_NOT_SUBMITTED'; field: string }
  | { code: 'REPORT_RETURN_REASON_REQUIRED'; field: string }
  | { code: 'REPORT_TEXT_REQUIRED'; field: string }
  | { code: 'REPORT_TEXT_TOO_LONG'; field: string; detail: string }
  | { code: 'REPORT_ATTACHMENTS_TOO_MANY'; field: string; detail: string };

/** A submitted version is immutable: the text and attachments change only while a draft or returned. */
export function editProblem(state: ReportState | null): ReportProblem | null {
  return state === 'submitted' ? { code: 'REPORT_ALREADY_SUBMITTED', field: 'state' } : null;
}

export function textProblem(text: string, field = 'text'): ReportProblem | null {
  const length = [...text].length;
  if (length > REPORT_TEXT_MAX) return { code: 'REPORT_TEXT_TOO_LONG', field, detail: `${length}/${REPORT_TEXT_MAX}` };
  return null;
}

/** Submit from draft or returned, with a text (002 step 13: the stage's work in words beside the figures). */
export function submitProblem(state: ReportState | null, text: string): ReportProblem | null {
  if (state === 'submitted') return { code: 'REPORT_ALREADY_SUBMITTED', field: 'state' };
  if (text.trim() === '') return { code: 'REPORT_TEXT_REQUIRED', field: 'text' };
  return textProblem(text);
}

/** The upper level returns a submitted report for revision, with its reason. */
export function returnProblem(state: ReportState | null, reason: string): ReportProblem | null {
  if (state !== 'submitted') return { code: 'REPORT_NOT_SUBMITTED', field: 'state' };
  if (reason.trim() === '') return { code: 'REPORT_RETURN_REASON_REQUIRED', field: 'reason' };
  if ([...reason].length > RETURN_REASON_MAX)
    return { code: 'REPORT_TEXT_TOO_LONG', field: 'reason', detail: `${[...reason].length}/${RETURN_REASON_MAX}` };
  return null;
}

export function attachmentProblem(state: ReportState | null, count: number): ReportProblem | null {
  const edit = editProblem(state);
  if (edit) return edit;
  if (count >= REPORT_ATTACHMENTS_MAX)
    return { code: 'REPORT_ATTACHMENTS_TOO_MANY', field: 'file', detail: String(REPORT_ATTACHMENTS_MAX) };
  return null;
}

/** Versions are numbered 1, 2, … in submission order; every one is kept. */
export function nextVersion(versions: number): number {
  return versions + 1;
}
