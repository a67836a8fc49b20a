/** The screening form's values, the live summary (shared rule) and the request to record it. */
import {
  AUTOMATIC_SCREENING_ITEMS,
  summarizeScreening,
  type ScreeningItem,
  type ScreeningItemKey,
  type ScreeningResult,
  type ScreeningSummary,
} from '../../../../../domain/intake/screening.js';
import type { RecordScreeningRequest, ScreeningView } from '../../../../../contracts/screening';

/** Answered by the platform from the application (size rule, campaign revenue rule). */
export const AUTOMATIC_ITEMS: ReadonlySet<string> = AUTOMATIC_SCREENING_ITEMS;

/** The officer answers it: an ordinary item, or a rule item its rule could not settle (ADR 0025). */
export function answeredByOfficer(item: { key: string; ruleUndecided?: boolean }): boolean {
  return !AUTOMATIC_ITEMS.has(item.key) || item.ruleUndecided === true;
}

/** The rule's own note (e.g. size=not_applicable) is not the officer's evidence. */
const officerText = (value: string | undefined, source: string | undefined) =>
  source?.startsWith('rule:') ? '' : (value ?? '');

export interface ItemValue {
  result?: ScreeningResult;
  evidence?: string;
  source?: string;
}

export interface ScreeningFormValues {
  items?: Record<string, ItemValue | undefined>;
  note?: string;
}

export function toFormValues(view: ScreeningView): ScreeningFormValues {
  const items: Record<string, ItemValue> = {};
  for (const item of view.items) {
    if (answeredByOfficer(item))
      items[item.key] = {
        result: item.result,
        evidence: officerText(item.evidence, item.source),
        source: officerText(item.source, item.source),
      };
  }
  return { items, note: view.note ?? '' };
}

/** The items as they would be recorded: form answers for the manual ones, the platform's for the rest. */
export function currentItems(view: ScreeningView, values: ScreeningFormValues): ScreeningItem[] {
  return view.items.map((item) => {
    const key = item.key as ScreeningItemKey;
    if (!answeredByOfficer(item)) return { ...item, key };
    const v = values.items?.[key];
    return { key, result: v?.result ?? item.result, evidence: v?.evidence, source: v?.source };
  });
}

/** The shared summary; the required items are the ones the server listed (the revenue rule only when the campaign sets one). */
export function liveSummary(view: ScreeningView, values: ScreeningFormValues): ScreeningSummary {
  const hasRevenueRule = view.items.some((i) => i.key === 'min_main_revenue');
  return summarizeScreening(currentItems(view, values), { minMainRevenueWan: hasRevenueRule ? 0 : undefined });
}

const text = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function toRecordRequest(view: ScreeningView, values: ScreeningFormValues): RecordScreeningRequest {
  const items = view.items
    .filter((i) => answeredByOfficer(i))
    .map((i) => {
      const v = values.items?.[i.key];
      return { key: i.key, result: v?.result ?? 'unknown', evidence: text(v?.evidence), source: text(v?.source) };
    });
  return { version: view.version, items, note: text(values.note) };
}
