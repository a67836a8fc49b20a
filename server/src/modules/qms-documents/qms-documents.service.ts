/**
 * The QMS document register (001 annex 体系建设; 003 §6.7.2.3; GB/T 19001-2016 7.5): documents by level with their
 * versions drafted, approved, made effective and withdrawn, the coverage of the clauses and mandatory documented
 * information, the recorded non-applicability, the starter outlines. One transaction per use case; every write is in
 * the audit trail.
 */
import type {
  AddQmsRevisionRequest,
  ChangeQmsStatusRequest,
  CopyOutlineRequest,
  CreateQmsDocumentRequest,
  EditQmsDocumentRequest,
  QmsDocument,
  QmsRegister,
  RecordNonApplicabilityRequest,
  StarterOutlines,
} from '../../../../contracts/qms-documents.js';
import type { AuditAction } from '../../../../domain/audit/actions.js';
import { CLAUSES, EXCLUDABLE_CLAUSES, MANDATORY_ITEMS, isClause } from '../../../../domain/qms-documents/clauses.js';
import { computeCoverage, nonApplicabilityProblem } from '../../../../domain/qms-documents/coverage.js';
import { STARTER_OUTLINES, outlineOf } from '../../../../domain/qms-documents/outlines.js';
import {
  LEVEL_PREFIX,
  coverageClaimProblem,
  newRevisionProblem,
  nextNumber,
  numberTaken,
  parentProblem,
  revisionInForce,
  revisionProblem,
  statusChangeProblem,
  type DocumentLevel,
  type DocumentStatus,
  type RegisterProblem,
  type RevisionFacts,
} from '../../../../domain/qms-documents/register.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { chinaDate } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import type { AppContext } from '../../platform/http/context.js';
import { actorRef } from '../auth/auth.service.js';
import { isParticipationFile } from '../files/files.service.js';
import { assistanceAccess } from '../survey/survey.service.js';
import { assertMayWriteRegister, mayWriteRegister } from './qms-documents.policy.js';
import {
  activeNonApplicable,
  displayNames,
  documentForUpdate,
  documentRevisions,
  documentsOf,
  fileNames,
  insertDocument,
  insertNonApplicable,
  insertRevision,
  revisionsOf,
  updateDocument,
  updateRevision,
  withdrawNonApplicable,
  type DocumentRow,
  type RevisionRow,
} from './qms-documents.repository.js';

function refuse(problem: RegisterProblem | null): void {
  if (problem) throw new AppError(problem.code, { field: problem.field, detail: problem.detail });
}

const facts = (r: RevisionRow): RevisionFacts => ({
  status: r.status as DocumentStatus,
  authorName: r.authorName,
  draftedOn: r.draftedOn,
  approverName: r.approverName,
  approvedOn: r.approvedOn,
  effectiveOn: r.effectiveOn,
});

function documentAnswer(doc: DocumentRow, revisions: RevisionRow[], names: Map<string, string>): QmsDocument {
  const latest = revisions.at(-1)!;
  const inForce = revisionInForce(revisions.map((r) => ({ ...r, status: r.status as DocumentStatus })));
  return {
    id: doc.id,
    number: doc.number,
    title: latest.title,
    level: doc.level as DocumentLevel,
    parentId: doc.parentId,
    clauses: latest.clauses,
    items: latest.items,
    outline: latest.outline,
    status: latest.status as DocumentStatus,
    revision: latest.revision,
    inForce: inForce ? { revision: inForce.revision, effectiveOn: inForce.effectiveOn! } : null,
    particularsOpen: revisions.every((r) => r.status === 'draft'),
    revisions: revisions.map((r) => ({
      id: r.id,
      revision: r.revision,
      status: r.status as DocumentStatus,
      authorName: r.authorName,
      draftedOn: r.draftedOn,
      approverName: r.approverName,
      approvedOn: r.approvedOn,
      effectiveOn: r.effectiveOn,
      obsoletedOn: r.obsoletedOn,
      title: r.title,
      clauses: r.clauses,
      items: r.items,
      outline: r.outline,
      file: r.fileId ? { id: r.fileId, fileName: names.get(r.fileId) ?? '' } : null,
      changeNote: r.changeNote,
    })),
    version: doc.version,
  };
}

/** The register's documents with their history, in the order they were added. */
async function registerDocuments(executor: Executor, participationId: string): Promise<QmsDocument[]> {
  const [docs, revisions] = await Promise.all([
    documentsOf(executor, participationId),
    revisionsOf(executor, participationId),
  ]);
  const names = await fileNames(
    executor,
    revisions.flatMap((r) => (r.fileId ? [r.fileId] : [])),
  );
  const byDocument = new Map<string, RevisionRow[]>();
  for (const r of revisions) byDocument.set(r.documentId, [...(byDocument.get(r.documentId) ?? []), r]);
  return docs.filter((d) => byDocument.has(d.id)).map((d) => documentAnswer(d, byDocument.get(d.id)!, names));
}

export async function getRegister(executor: Executor, actor: Actor, participationId: string): Promise<QmsRegister> {
  const { row, side } = await assistanceAccess(executor, actor, participationId);
  const [documents, na] = await Promise.all([
    registerDocuments(executor, participationId),
    activeNonApplicable(executor, participationId),
  ]);
  const recorders = await displayNames(
    executor,
    na.map((n) => n.recordedBy),
  );
  // the coverage counts the version in force of each document (7.5.3: the current version available where needed)
  const effective = documents.flatMap((d) => {
    const inForce = d.inForce ? d.revisions.find((r) => r.revision === d.inForce!.revision) : undefined;
    return inForce
      ? [{ id: d.id, number: d.number, title: inForce.title, clauses: inForce.clauses, items: inForce.items }]
      : [];
  });
  const coverage = computeCoverage(effective, na);
  const clauseText = new Map(CLAUSES.map((c) => [c.id, c]));
  const itemText = new Map(MANDATORY_ITEMS.map((i) => [i.id, i]));
  return {
    stage: row.p.stage,
    mayWrite: mayWriteRegister(side, row.p.stage),
    documents,
    nonApplicable: na.map((n) => ({
      id: n.id,
      clause: n.clause,
      reason: n.reason,
      recordedOn: chinaDate(n.createdAt),
      recordedBy: recorders.get(n.recordedBy) ?? '',
    })),
    coverage: {
      clauses: coverage.clauses.map((c) => ({
        ...c,
        zh: clauseText.get(c.clause)!.zh,
        en: clauseText.get(c.clause)!.en,
        excludable: EXCLUDABLE_CLAUSES.has(c.clause),
      })),
      items: coverage.items.map((i) => ({
        ...i,
        citation: itemText.get(i.item)!.citation,
        zh: itemText.get(i.item)!.zh,
        en: itemText.get(i.item)!.en,
      })),
      gaps: coverage.gaps,
    },
  };
}

export function starterOutlines(): StarterOutlines {
  return {
    items: STARTER_OUTLINES.map((o) => ({
      ...o,
      clauses: [...o.clauses],
      items: [...o.items],
      headings: [...o.headings],
    })),
  };
}

async function record(
  tx: Executor,
  now: Date,
  actor: Actor,
  action: AuditAction,
  participationId: string,
  after: unknown,
) {
  await appendAudit(tx, now, {
    actor: actorRef(actor),
    action,
    objectType: 'participation',
    objectId: participationId,
    outcome: 'success',
    after,
  });
}

/** The checks every document's particulars pass: a free number, a parent of a higher level, known clauses. */
async function particularsProblem(
  tx: Executor,
  participationId: string,
  self: string | null,
  input: { number: string; level: DocumentLevel; parentId: string | null; clauses: string[]; items: string[] },
): Promise<void> {
  const docs = await documentsOf(tx, participationId);
  const others = docs.filter((d) => d.id !== self);
  if (
    numberTaken(
      input.number,
      others.map((d) => d.number),
    )
  )
    throw new AppError('QMS_DOCUMENT_NUMBER_TAKEN', { field: 'number', detail: input.number });
  if (input.parentId !== null) {
    const parent = others.find((d) => d.id === input.parentId);
    if (!parent) throw new AppError('NOT_FOUND', { field: 'parentId' });
    refuse(parentProblem(input.level, parent.level as DocumentLevel));
  }
  refuse(coverageClaimProblem(input.level, input.clauses, input.items));
}

async function assertFile(tx: Executor, participationId: string, fileId: string | null): Promise<void> {
  if (fileId !== null && !(await isParticipationFile(tx, fileId, participationId, 'qms_document')))
    throw new AppError('NOT_FOUND', { field: 'fileId', detail: fileId });
}

/** Adds a document as the draft of its first version. */
export async function createDocument(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: CreateQmsDocumentRequest,
  options: { outlineKey?: string } = {},
): Promise<{ id: string; version: number }> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayWriteRegister(side, row.p.stage);
    await particularsProblem(tx, participationId, null, input);
    refuse(revisionProblem(input.revision, []));
    if (input.draftedOn > today) throw new AppError('DATE_IN_FUTURE', { field: 'draftedOn' });
    await assertFile(tx, participationId, input.fileId);
    const id = await insertDocument(tx, {
      participationId,
      number: input.number.trim(),
      numberKey: input.number.trim().toUpperCase(),
      level: input.level,
      parentId: input.parentId,
      outlineKey: options.outlineKey ?? null,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await insertRevision(tx, {
      documentId: id,
      participationId,
      revision: input.revision,
      title: input.title,
      clauses: input.clauses,
      items: input.items,
      outline: input.outline,
      status: 'draft',
      authorName: input.authorName,
      draftedOn: input.draftedOn,
      fileId: input.fileId,
      changeNote: input.changeNote,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await record(
      tx,
      now,
      actor,
      options.outlineKey ? 'qms_document.copy_outline' : 'qms_document.create',
      participationId,
      { documentId: id, ...input, ...options },
    );
    return { id, version: 1 };
  });
}

/** Copies a starter outline into the register as a draft: its level, title, clauses, items and headings. */
export async function copyOutline(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: CopyOutlineRequest,
): Promise<{ id: string; version: number }> {
  const outline = outlineOf(input.outlineKey);
  if (!outline) throw new AppError('NOT_FOUND', { field: 'outlineKey', detail: input.outlineKey });
  const number =
    input.number ??
    nextNumber(
      LEVEL_PREFIX[outline.level],
      (await documentsOf(ctx.database.db, participationId)).map((d) => d.number),
    );
  return createDocument(
    ctx,
    actor,
    participationId,
    {
      number,
      title: outline.zh,
      level: outline.level,
      parentId: input.parentId,
      clauses: [...outline.clauses],
      items: [...outline.items],
      outline: [...outline.headings],
      revision: 'A/0',
      authorName: input.authorName,
      draftedOn: input.draftedOn,
      fileId: null,
      changeNote: '',
    },
    { outlineKey: outline.key },
  );
}

async function lockedDocument(
  tx: Executor,
  actor: Actor,
  participationId: string,
  documentId: string,
  version: number,
) {
  const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
  const doc = await documentForUpdate(tx, participationId, documentId);
  assertFound(doc, 'documentId');
  assertMayWriteRegister(side, row.p.stage);
  if (doc.version !== version) throw new AppError('VERSION_CONFLICT');
  const revisions = await documentRevisions(tx, doc.id);
  return { doc, revisions, latest: revisions.at(-1)! };
}

/** Edits the draft version; the number, level and parent only while nothing of the document was approved. */
export async function editDocument(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  documentId: string,
  input: EditQmsDocumentRequest,
): Promise<{ id: string; version: number }> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.database.db.transaction(async (tx) => {
    const { doc, revisions, latest } = await lockedDocument(tx, actor, participationId, documentId, input.version);
    if (latest.status !== 'draft') throw new AppError('QMS_NOT_DRAFT', { field: 'status' });
    const particularsOpen = revisions.every((r) => r.status === 'draft');
    const moved = input.number.trim() !== doc.number || input.level !== doc.level || input.parentId !== doc.parentId;
    if (moved && !particularsOpen) throw new AppError('QMS_NOT_DRAFT', { field: 'number' });
    await particularsProblem(tx, participationId, doc.id, input);
    if (input.draftedOn > today) throw new AppError('DATE_IN_FUTURE', { field: 'draftedOn' });
    const before = revisions.at(-2);
    if (before?.effectiveOn && input.draftedOn < before.effectiveOn)
      throw new AppError('DATE_ORDER', { field: 'draftedOn', detail: before.effectiveOn });
    await assertFile(tx, participationId, input.fileId);
    await updateDocument(tx, doc.id, {
      number: input.number.trim(),
      numberKey: input.number.trim().toUpperCase(),
      level: input.level,
      parentId: input.parentId,
      updatedAt: now,
      version: doc.version + 1,
    });
    await updateRevision(tx, latest.id, {
      title: input.title,
      clauses: input.clauses,
      items: input.items,
      outline: input.outline,
      authorName: input.authorName,
      draftedOn: input.draftedOn,
      fileId: input.fileId,
      changeNote: input.changeNote,
      updatedAt: now,
    });
    await record(tx, now, actor, 'qms_document.edit', participationId, { documentId, ...input });
    return { id: doc.id, version: doc.version + 1 };
  });
}

/**
 * Moves the latest version (7.5.2 c), 7.5.3): approve, send back, make effective — the version it replaces becomes
 * obsolete (superseded) the day the new one takes effect — or withdraw.
 */
export async function changeStatus(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  documentId: string,
  input: ChangeQmsStatusRequest,
): Promise<{ id: string; version: number }> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.database.db.transaction(async (tx) => {
    const { doc, revisions, latest } = await lockedDocument(tx, actor, participationId, documentId, input.version);
    refuse(statusChangeProblem(facts(latest), input, today));
    if (input.to === 'approved')
      await updateRevision(tx, latest.id, {
        status: 'approved',
        approverName: input.approverName!.trim(),
        approvedOn: input.approvedOn!,
        updatedAt: now,
      });
    else if (input.to === 'draft')
      await updateRevision(tx, latest.id, { status: 'draft', approverName: null, approvedOn: null, updatedAt: now });
    else if (input.to === 'effective') {
      const superseded = revisions.filter((r) => r.id !== latest.id && r.status === 'effective');
      for (const r of superseded) {
        if (r.effectiveOn && input.effectiveOn! < r.effectiveOn)
          throw new AppError('DATE_ORDER', { field: 'effectiveOn', detail: r.effectiveOn });
        await updateRevision(tx, r.id, { status: 'obsolete', obsoletedOn: input.effectiveOn!, updatedAt: now });
      }
      await updateRevision(tx, latest.id, { status: 'effective', effectiveOn: input.effectiveOn!, updatedAt: now });
    } else await updateRevision(tx, latest.id, { status: 'obsolete', obsoletedOn: input.obsoletedOn!, updatedAt: now });
    await updateDocument(tx, doc.id, { updatedAt: now, version: doc.version + 1 });
    await record(tx, now, actor, 'qms_document.status', participationId, {
      documentId,
      number: doc.number,
      revision: latest.revision,
      from: latest.status,
      ...input,
    });
    return { id: doc.id, version: doc.version + 1 };
  });
}

/** A new version of a document in force, as a draft; it starts from the version before unless told otherwise. */
export async function addRevision(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  documentId: string,
  input: AddQmsRevisionRequest,
): Promise<{ id: string; version: number }> {
  const now = ctx.clock.now();
  const today = chinaDate(now);
  return ctx.database.db.transaction(async (tx) => {
    const { doc, revisions, latest } = await lockedDocument(tx, actor, participationId, documentId, input.version);
    refuse(
      newRevisionProblem(
        { ...facts(latest), revision: latest.revision },
        revisions.map((r) => r.revision),
        input,
        today,
      ),
    );
    const clauses = input.clauses ?? latest.clauses;
    const items = input.items ?? latest.items;
    refuse(coverageClaimProblem(doc.level as DocumentLevel, clauses, items));
    await assertFile(tx, participationId, input.fileId);
    const id = await insertRevision(tx, {
      documentId: doc.id,
      participationId,
      revision: input.revision,
      title: input.title ?? latest.title,
      clauses,
      items,
      outline: input.outline ?? latest.outline,
      status: 'draft',
      authorName: input.authorName,
      draftedOn: input.draftedOn,
      fileId: input.fileId,
      changeNote: input.changeNote,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await updateDocument(tx, doc.id, { updatedAt: now, version: doc.version + 1 });
    await record(tx, now, actor, 'qms_document.revise', participationId, { documentId, number: doc.number, ...input });
    return { id, version: doc.version + 1 };
  });
}

/** 4.3: a clause recorded as not applicable, with the reason. */
export async function recordNonApplicability(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: RecordNonApplicabilityRequest,
): Promise<{ id: string }> {
  const now = ctx.clock.now();
  return ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayWriteRegister(side, row.p.stage);
    if (!isClause(input.clause)) throw new AppError('QMS_CLAUSE_UNKNOWN', { field: 'clause', detail: input.clause });
    refuse(nonApplicabilityProblem(input.clause, input.reason, await activeNonApplicable(tx, participationId)));
    const id = await insertNonApplicable(tx, {
      participationId,
      clause: input.clause,
      reason: input.reason,
      recordedBy: actor.userId,
      createdAt: now,
    });
    await record(tx, now, actor, 'qms_document.not_applicable', participationId, { id, ...input });
    return { id };
  });
}

export async function withdrawNonApplicability(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  naId: string,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.database.db.transaction(async (tx) => {
    const { row, side } = await assistanceAccess(tx, actor, participationId, { forUpdate: true });
    assertMayWriteRegister(side, row.p.stage);
    const withdrawn = await withdrawNonApplicable(tx, participationId, naId, actor.userId, now);
    assertFound(withdrawn, 'naId');
    await record(tx, now, actor, 'qms_document.withdraw_not_applicable', participationId, {
      id: naId,
      clause: withdrawn.clause,
    });
  });
}

/** The register for its Word document (文件清单), as the caller may read it. */
export async function registerForDocument(executor: Executor, actor: Actor, participationId: string) {
  const register = await getRegister(executor, actor, participationId);
  const { row } = await assistanceAccess(executor, actor, participationId);
  return {
    register,
    meta: {
      enterpriseName: row.enterpriseName,
      uscc: row.enterprise.uscc,
      campaignName: row.campaignName,
      bodyName: row.bodyName ?? '',
    },
  };
}
