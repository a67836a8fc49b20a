/**
 * The enterprise's QMS document register (体系建设): seed 001 annex "流程梳理、架构设计、制度完善、层级关联: 管理手册 →
 * 程序文件 → 作业指导书 → 表单", seed 003 §6.7.2.3 (process and documents per GB/T 19001), and GB/T 19001-2016 7.5
 * (creating, updating, approving and controlling documented information). Pure: the server gives the rows and today.
 */
import type { ErrorCode } from '../errors/codes.js';
import { CLAUSE_IDS, MANDATORY_ITEMS, MANDATORY_ITEM_IDS } from './clauses.js';

export interface RegisterProblem {
  code: ErrorCode;
  field: string;
  detail?: string;
}

/** 001 annex 层级关联: the levels, top first. */
export const DOCUMENT_LEVELS = ['manual', 'procedure', 'instruction', 'form'] as const;
export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

/** The usual number prefix of each level (QM 质量手册, QP 程序文件, WI 作业指导书, QR 记录表单). */
export const LEVEL_PREFIX: Record<DocumentLevel, string> = {
  manual: 'QM',
  procedure: 'QP',
  instruction: 'WI',
  form: 'QR',
};

/**
 * 层级关联: a document hangs below a document of a higher level (a procedure below the manual, an instruction below a
 * procedure, a form below a procedure or an instruction); the manual is the top and has no parent.
 */
export function parentProblem(level: DocumentLevel, parentLevel: DocumentLevel | null): RegisterProblem | null {
  if (parentLevel === null) return null;
  if (level === 'manual') return { code: 'QMS_PARENT_LEVEL', field: 'parentId', detail: parentLevel };
  if (DOCUMENT_LEVELS.indexOf(parentLevel) >= DOCUMENT_LEVELS.indexOf(level))
    return { code: 'QMS_PARENT_LEVEL', field: 'parentId', detail: parentLevel };
  return null;
}

/**
 * The clauses and mandatory items a document names: known ones only, and a record to retain (保留) is kept on a form
 * or record, not in a manual or procedure (ISO 9001 Annex A.6: "retain" replaces records).
 */
export function coverageClaimProblem(
  level: DocumentLevel,
  clauses: ReadonlyArray<string>,
  items: ReadonlyArray<string>,
): RegisterProblem | null {
  const unknownClause = clauses.find((c) => !CLAUSE_IDS.has(c));
  if (unknownClause !== undefined) return { code: 'QMS_CLAUSE_UNKNOWN', field: 'clauses', detail: unknownClause };
  const unknownItem = items.find((i) => !MANDATORY_ITEM_IDS.has(i));
  if (unknownItem !== undefined) return { code: 'QMS_ITEM_UNKNOWN', field: 'items', detail: unknownItem };
  if (level !== 'form') {
    const record = items.find((i) => MANDATORY_ITEMS.find((m) => m.id === i)?.kind === 'retain');
    if (record !== undefined) return { code: 'QMS_RECORD_ITEM_NEEDS_FORM', field: 'items', detail: record };
  }
  return null;
}

/** Document numbers are unique in the enterprise's register (7.5.2 a) identification), compared without case. */
export function numberTaken(number: string, others: ReadonlyArray<string>): boolean {
  const key = number.trim().toUpperCase();
  return others.some((o) => o.trim().toUpperCase() === key);
}

/** The next free number of a prefix: QP-01, QP-02, … (the outline copy proposes it). */
export function nextNumber(prefix: string, existing: ReadonlyArray<string>): string {
  let n = 1;
  const taken = (candidate: string) => numberTaken(candidate, existing);
  while (taken(`${prefix}-${String(n).padStart(2, '0')}`)) n += 1;
  return `${prefix}-${String(n).padStart(2, '0')}`;
}

/**
 * Version strings (版本/修改状态) as Chinese SME registers write them: a letter for the edition and a number for the
 * amendment, "A/0", "A/1", "B/0". A major revision starts the next edition, a minor one the next amendment.
 */
export const REVISION_PATTERN = /^[A-Z]\/\d{1,2}$/;
export const FIRST_REVISION = 'A/0';

export function compareRevisions(a: string, b: string): number {
  const [ea = '', na = '0'] = a.split('/');
  const [eb = '', nb = '0'] = b.split('/');
  if (ea !== eb) return ea < eb ? -1 : 1;
  return Number(na) - Number(nb);
}

export function nextRevision(current: string, change: 'major' | 'minor'): string {
  const [edition = 'A', amendment = '0'] = current.split('/');
  if (change === 'minor') return `${edition}/${Number(amendment) + 1}`;
  return `${String.fromCharCode(edition.charCodeAt(0) + 1)}/0`;
}

/** A new revision is well formed and comes after every earlier one (history is kept, never rewritten). */
export function revisionProblem(revision: string, earlier: ReadonlyArray<string>): RegisterProblem | null {
  if (!REVISION_PATTERN.test(revision)) return { code: 'QMS_REVISION_FORMAT', field: 'revision', detail: revision };
  const latest = [...earlier].sort(compareRevisions).at(-1);
  if (latest !== undefined && compareRevisions(revision, latest) <= 0)
    return { code: 'QMS_REVISION_NOT_NEWER', field: 'revision', detail: latest };
  return null;
}

/** 7.5.2 c) / 7.5.3: a revision is drafted, approved, made effective, and made obsolete when withdrawn or superseded. */
export const DOCUMENT_STATUSES = ['draft', 'approved', 'effective', 'obsolete'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/**
 * The allowed changes of a revision's status: an approval can be sent back to draft for rework; an obsolete revision
 * stays obsolete (a document comes back in force only through a new revision).
 */
export const STATUS_TRANSITIONS: Record<DocumentStatus, ReadonlyArray<DocumentStatus>> = {
  draft: ['approved'],
  approved: ['draft', 'effective'],
  effective: ['obsolete'],
  obsolete: [],
};

export interface RevisionFacts {
  status: DocumentStatus;
  authorName: string;
  draftedOn: string;
  approverName: string | null;
  approvedOn: string | null;
  effectiveOn: string | null;
}

export interface StatusChange {
  to: DocumentStatus;
  /** approved: who approved (7.5.2 c) review and approval for suitability and adequacy) and when. */
  approverName?: string;
  approvedOn?: string;
  /** effective: from when the revision is in force. */
  effectiveOn?: string;
  /** obsolete: from when it is withdrawn. */
  obsoletedOn?: string;
}

/**
 * The change's problems, first first. 7.5.2 c): the approval is a review by someone other than the author (the
 * approver ≠ the author, compared by name without spaces); dates in order — drafted ≤ approved ≤ effective ≤
 * obsolete — and none in the future (the register records what happened).
 */
export function statusChangeProblem(
  revision: RevisionFacts,
  change: StatusChange,
  today: string,
): RegisterProblem | null {
  if (!STATUS_TRANSITIONS[revision.status].includes(change.to))
    return { code: 'QMS_STATUS_TRANSITION', field: 'to', detail: `${revision.status}>${change.to}` };
  const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
  if (change.to === 'approved') {
    if (!change.approverName?.trim()) return { code: 'VALIDATION_FAILED', field: 'approverName', detail: 'required' };
    if (same(change.approverName, revision.authorName))
      return { code: 'QMS_APPROVER_IS_AUTHOR', field: 'approverName' };
    if (!change.approvedOn) return { code: 'VALIDATION_FAILED', field: 'approvedOn', detail: 'required' };
    if (change.approvedOn > today) return { code: 'DATE_IN_FUTURE', field: 'approvedOn' };
    if (change.approvedOn < revision.draftedOn)
      return { code: 'DATE_ORDER', field: 'approvedOn', detail: revision.draftedOn };
  }
  if (change.to === 'effective') {
    if (!change.effectiveOn) return { code: 'VALIDATION_FAILED', field: 'effectiveOn', detail: 'required' };
    if (change.effectiveOn > today) return { code: 'DATE_IN_FUTURE', field: 'effectiveOn' };
    if (revision.approvedOn !== null && change.effectiveOn < revision.approvedOn)
      return { code: 'DATE_ORDER', field: 'effectiveOn', detail: revision.approvedOn };
  }
  if (change.to === 'obsolete') {
    if (!change.obsoletedOn) return { code: 'VALIDATION_FAILED', field: 'obsoletedOn', detail: 'required' };
    if (change.obsoletedOn > today) return { code: 'DATE_IN_FUTURE', field: 'obsoletedOn' };
    if (revision.effectiveOn !== null && change.obsoletedOn < revision.effectiveOn)
      return { code: 'DATE_ORDER', field: 'obsoletedOn', detail: revision.effectiveOn };
  }
  return null;
}

/**
 * A new revision of a document (7.5.2 updating): only of a document in force (the latest revision effective) —
 * while a revision is being drafted or approved there is no second one — and after every earlier version; it is
 * drafted not before the revision in force took effect, and not in the future.
 */
export function newRevisionProblem(
  latest: RevisionFacts & { revision: string },
  history: ReadonlyArray<string>,
  next: { revision: string; draftedOn: string },
  today: string,
): RegisterProblem | null {
  if (latest.status !== 'effective') return { code: 'QMS_REVISION_PENDING', field: 'revision', detail: latest.status };
  const format = revisionProblem(next.revision, history);
  if (format) return format;
  if (next.draftedOn > today) return { code: 'DATE_IN_FUTURE', field: 'draftedOn' };
  if (latest.effectiveOn !== null && next.draftedOn < latest.effectiveOn)
    return { code: 'DATE_ORDER', field: 'draftedOn', detail: latest.effectiveOn };
  return null;
}

export interface RegisterRevision {
  revision: string;
  status: DocumentStatus;
  effectiveOn: string | null;
}

/** The revision in force: the newest effective one (an older one is superseded when a newer one takes effect). */
export function revisionInForce<R extends RegisterRevision>(revisions: ReadonlyArray<R>): R | null {
  return (
    [...revisions]
      .filter((r) => r.status === 'effective')
      .sort((a, b) => compareRevisions(a.revision, b.revision))
      .at(-1) ?? null
  );
}
