/**
 * The survey's working draft kept in the browser (offline drafts, ADR 0014): stored in localStorage
 * per participation as `{ baseRevision, survey, dirty, savedAt }` on every change, so a draft made
 * without a network survives a reload; a dirty local draft wins over the server copy and is sent
 * with the revision it started from (the server merges it per sub-item). Pure helpers, no React.
 */
import { mergeSurveyDrafts, type SubItemAnswer, type Survey } from '../../../domain/survey/survey.js';
import { sameContent } from '../../../domain/survey/canonical.js';
import type { SurveyCheckKey, SurveyTemplate } from '../../../domain/survey/annex-a-template.js';

export interface StoredDraft {
  /** The server revision the draft started from (0: none yet). */
  baseRevision: number;
  survey: Survey;
  /** Changed since the last successful save. */
  dirty: boolean;
  /** When it was last written here (ISO). */
  savedAt: string;
}

export type SyncState = 'saved' | 'dirty' | 'offline' | 'syncing' | 'conflict';

type ReadStorage = Pick<Storage, 'getItem'>;
type WriteStorage = Pick<Storage, 'setItem' | 'removeItem'>;

export function draftKey(participationId: string): string {
  return `uplift.survey-draft.${participationId}`;
}

/** The stored draft, or null when there is none or it is not one (corrupt, another format). */
export function readDraft(storage: ReadStorage | null, participationId: string): StoredDraft | null {
  if (!storage) return null;
  let raw: string | null = null;
  try {
    raw = storage.getItem(draftKey(participationId));
  } catch {
    return null;
  }
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredDraft>;
    const s = value.survey as Partial<Survey> | undefined;
    if (
      typeof value.baseRevision !== 'number' ||
      typeof value.dirty !== 'boolean' ||
      !s ||
      typeof s.templateId !== 'string' ||
      typeof s.answers !== 'object' ||
      s.answers === null
    ) {
      return null;
    }
    return {
      baseRevision: value.baseRevision,
      survey: value.survey as Survey,
      dirty: value.dirty,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    };
  } catch {
    return null;
  }
}

/** Writes the draft; false when storage refused it (full, private mode). */
export function writeDraft(storage: WriteStorage | null, participationId: string, draft: StoredDraft): boolean {
  if (!storage) return false;
  try {
    storage.setItem(draftKey(participationId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: WriteStorage | null, participationId: string): void {
  try {
    storage?.removeItem(draftKey(participationId));
  } catch {
    // ignore
  }
}

export function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export interface InitialDraft {
  survey: Survey;
  baseRevision: number;
  dirty: boolean;
  /** The local draft was taken over the server copy. */
  fromLocal: boolean;
}

/**
 * Which copy to start from: a dirty local draft of the same template wins (it still has to be sent);
 * otherwise the server's. A local base newer than the server's revision (the server was reset)
 * is sent as a draft without a base, so the server reports every difference instead of refusing.
 */
export function initialDraft(server: { survey: Survey; revision: number }, stored: StoredDraft | null): InitialDraft {
  if (
    stored?.dirty &&
    stored.survey.templateId === server.survey.templateId &&
    stored.survey.templateVersion === server.survey.templateVersion
  ) {
    const baseRevision = stored.baseRevision > server.revision ? 0 : stored.baseRevision;
    return { survey: stored.survey, baseRevision, dirty: true, fromLocal: true };
  }
  return { survey: server.survey, baseRevision: server.revision, dirty: false, fromLocal: false };
}

/**
 * After a save: `sent` is what went to the server, `saved` what it stored (perhaps merged), and
 * `current` the draft now (edits may have come in while the request was under way). Edits made
 * since `sent` are kept on top of the saved copy (three-way, the same domain merge).
 */
export function rebaseAfterSave(sent: Survey, saved: Survey, current: Survey): Survey {
  if (sameContent(sent, current)) return saved;
  return mergeSurveyDrafts(sent, saved, current).merged;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** The survey with one sub-item's answer changed (fields in `patch`; undefined removes one). */
export function setAnswer(survey: Survey, subItemKey: string, patch: Partial<SubItemAnswer>): Survey {
  const current: SubItemAnswer = survey.answers[subItemKey] ?? {};
  const next: Record<string, unknown> = { ...current, ...patch };
  for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
  return { ...survey, answers: { ...survey.answers, [subItemKey]: next as SubItemAnswer } };
}

/**
 * "全部符合": every sub-item still without a status and without a measure becomes 符合. Measures
 * are left alone (they need the surveyed value, or a finding saying why there is none).
 */
export function fillConforming(template: SurveyTemplate, survey: Survey): { survey: Survey; filled: number } {
  let next = survey;
  let filled = 0;
  for (const item of template.items) {
    for (const sub of item.subItems) {
      if (sub.measure) continue;
      const status = survey.answers[sub.key]?.status;
      if (status) continue;
      next = setAnswer(next, sub.key, { status: 'conforming' });
      filled += 1;
    }
  }
  return { survey: next, filled };
}

/** The period most recently written on a measure (to suggest for the next value), or null. */
export function lastPeriod(template: SurveyTemplate, survey: Survey): string | null {
  let found: string | null = null;
  for (const item of template.items) {
    for (const sub of item.subItems) {
      const p = survey.answers[sub.key]?.period;
      if (sub.measure && !blank(p)) found = p!.trim();
    }
  }
  return found;
}

const SECTIONS = new Set([
  'surveyedOn',
  'methods',
  'interviewees',
  'urgentProblems',
  'enterpriseIdeas',
  'overview',
  'resourcesCommitted',
  'policyChanges',
]);

/** The draft with a merge conflict resolved in favour of the local value. */
export function applyLocalValue(survey: Survey, conflict: { path: string; local: unknown }): Survey {
  const { path, local } = conflict;
  if (path.startsWith('answers.')) {
    const key = path.slice('answers.'.length);
    const answers: Record<string, SubItemAnswer> = { ...survey.answers };
    if (local === undefined || local === null) delete answers[key];
    else answers[key] = local as SubItemAnswer;
    return { ...survey, answers };
  }
  if (path.startsWith('checks.')) {
    const key = path.slice('checks.'.length) as SurveyCheckKey;
    const checks = { ...survey.checks };
    if (local === undefined || local === null) delete checks[key];
    else checks[key] = local as NonNullable<Survey['checks'][SurveyCheckKey]>;
    return { ...survey, checks };
  }
  if (path === 'template') {
    const tpl = local as { id?: string; version?: number } | undefined;
    return tpl?.id && tpl.version ? { ...survey, templateId: tpl.id, templateVersion: tpl.version } : survey;
  }
  if (SECTIONS.has(path)) {
    const empty =
      path === 'methods' ||
      path === 'interviewees' ||
      path === 'urgentProblems' ||
      path === 'resourcesCommitted' ||
      path === 'policyChanges'
        ? []
        : null;
    return { ...survey, [path]: local ?? empty } as Survey;
  }
  return survey;
}

/** The sync status shown to the user, from the draft's facts (most pressing first). */
export function syncState(facts: {
  conflicts: number;
  online: boolean;
  networkFailed: boolean;
  syncing: boolean;
  dirty: boolean;
}): SyncState {
  if (facts.conflicts > 0) return 'conflict';
  if (!facts.online || facts.networkFailed) return 'offline';
  if (facts.syncing) return 'syncing';
  if (facts.dirty) return 'dirty';
  return 'saved';
}

type ListStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;

/** How many surveys on this device have changes not yet sent (checked before signing out, which clears them). */
export function countUnsyncedDrafts(storage: ListStorage | null): number {
  if (!storage) return 0;
  let unsynced = 0;
  try {
    const prefix = draftKey('');
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix) && readDraft(storage, key.slice(prefix.length))?.dirty) unsynced++;
    }
  } catch {
    return unsynced;
  }
  return unsynced;
}
