/**
 * The enterprise's QMS document register (体系建设; seed 001 annex, 003 §6.7.2.3): documents by level (管理手册 → 程序
 * 文件 → 作业指导书 → 表单), each revision drafted → approved → effective → obsolete with its history, the GB/T
 * 19001-2016 clauses and mandatory documented information it covers, the coverage view with the recorded reasons of
 * non-applicability, the starter outlines, and the register (文件清单) as a Word document.
 */
import { z } from 'zod';
import { DOCUMENTED_INFO_KINDS } from '../domain/qms-documents/clauses.js';
import { DOCUMENT_LEVELS, DOCUMENT_STATUSES } from '../domain/qms-documents/register.js';
import { defineContract } from './endpoint.js';
import { IdParams, IsoDate, Uuid } from './shared.js';

const Text = (max: number) => z.string().trim().max(max);
const ClauseId = z
  .string()
  .trim()
  .regex(/^\d+(\.\d+){0,3}$/)
  .describe('a GB/T 19001-2016 clause, e.g. 8.5.1');
const ItemId = z
  .string()
  .trim()
  .regex(/^[DR]\d{1,2}$/)
  .describe('a mandatory documented-information item, D1–D5 or R1–R21');
const Revision = z.string().trim().max(8).describe('the version, e.g. A/0');

const DocumentFields = {
  number: Text(40).min(1),
  title: Text(200).min(1),
  level: z.enum(DOCUMENT_LEVELS),
  parentId: Uuid.nullable().default(null).describe('the document of a higher level it hangs below'),
  clauses: z.array(ClauseId).max(80).default([]),
  items: z.array(ItemId).max(26).default([]),
  outline: z.array(Text(200).min(1)).max(40).default([]).describe('the headings of the document'),
};

export const CreateQmsDocumentRequest = z.strictObject({
  ...DocumentFields,
  revision: Revision.default('A/0'),
  authorName: Text(40).min(1),
  draftedOn: IsoDate,
  fileId: Uuid.nullable().default(null).describe('a file uploaded with purpose qms_document'),
  changeNote: Text(500).default(''),
});
export type CreateQmsDocumentRequest = z.output<typeof CreateQmsDocumentRequest>;

export const EditQmsDocumentRequest = z.strictObject({
  ...DocumentFields,
  authorName: Text(40).min(1),
  draftedOn: IsoDate,
  fileId: Uuid.nullable().default(null),
  changeNote: Text(500).default(''),
  version: z.number().int().min(1).describe('the lock version read'),
});
export type EditQmsDocumentRequest = z.output<typeof EditQmsDocumentRequest>;

export const ChangeQmsStatusRequest = z.strictObject({
  to: z.enum(DOCUMENT_STATUSES),
  approverName: Text(40).optional(),
  approvedOn: IsoDate.optional(),
  effectiveOn: IsoDate.optional(),
  obsoletedOn: IsoDate.optional(),
  version: z.number().int().min(1),
});
export type ChangeQmsStatusRequest = z.output<typeof ChangeQmsStatusRequest>;

export const AddQmsRevisionRequest = z.strictObject({
  revision: Revision,
  title: Text(200).min(1).optional().describe("absent: the previous version's"),
  clauses: z.array(ClauseId).max(80).optional(),
  items: z.array(ItemId).max(26).optional(),
  outline: z.array(Text(200).min(1)).max(40).optional(),
  authorName: Text(40).min(1),
  draftedOn: IsoDate,
  fileId: Uuid.nullable().default(null),
  changeNote: Text(500).min(1),
  version: z.number().int().min(1),
});
export type AddQmsRevisionRequest = z.output<typeof AddQmsRevisionRequest>;

export const RecordNonApplicabilityRequest = z.strictObject({
  clause: ClauseId,
  reason: Text(1000).min(1),
});
export type RecordNonApplicabilityRequest = z.output<typeof RecordNonApplicabilityRequest>;

export const CopyOutlineRequest = z.strictObject({
  outlineKey: z.string().trim().min(1).max(40),
  number: Text(40).min(1).optional().describe('absent: the next free number of the level'),
  authorName: Text(40).min(1),
  draftedOn: IsoDate,
  parentId: Uuid.nullable().default(null),
});
export type CopyOutlineRequest = z.output<typeof CopyOutlineRequest>;

const RevisionSchema = z.object({
  id: Uuid,
  revision: z.string(),
  status: z.enum(DOCUMENT_STATUSES),
  authorName: z.string(),
  draftedOn: z.string(),
  approverName: z.string().nullable(),
  approvedOn: z.string().nullable(),
  effectiveOn: z.string().nullable(),
  obsoletedOn: z.string().nullable(),
  title: z.string(),
  clauses: z.array(z.string()),
  items: z.array(z.string()),
  outline: z.array(z.string()),
  file: z.object({ id: Uuid, fileName: z.string() }).nullable(),
  changeNote: z.string(),
});

export const QmsDocumentSchema = z
  .object({
    id: Uuid,
    number: z.string(),
    title: z.string(),
    level: z.enum(DOCUMENT_LEVELS),
    parentId: Uuid.nullable(),
    clauses: z.array(z.string()),
    items: z.array(z.string()),
    outline: z.array(z.string()),
    /** The latest revision's status and version (what is being worked on). */
    status: z.enum(DOCUMENT_STATUSES),
    revision: z.string(),
    /** The revision in force, if any: what the coverage counts. */
    inForce: z.object({ revision: z.string(), effectiveOn: z.string() }).nullable(),
    /** May the particulars (number, level, parent) still change: nothing of it has been approved yet. */
    particularsOpen: z.boolean(),
    /** Every revision, oldest first (the history). */
    revisions: z.array(RevisionSchema),
    version: z.number().int(),
  })
  .meta({ id: 'QmsDocument' });
export type QmsDocument = z.output<typeof QmsDocumentSchema>;

const CoverageState = z.enum(['covered', 'not_applicable', 'gap']);
const NaSchema = z.object({ clause: z.string(), reason: z.string() }).nullable();

export const QmsRegister = z.object({
  stage: z.string(),
  mayWrite: z.boolean(),
  documents: z.array(QmsDocumentSchema),
  nonApplicable: z.array(
    z.object({ id: Uuid, clause: z.string(), reason: z.string(), recordedOn: z.string(), recordedBy: z.string() }),
  ),
  coverage: z.object({
    clauses: z.array(
      z.object({
        clause: z.string(),
        zh: z.string(),
        en: z.string(),
        state: CoverageState,
        documentIds: z.array(Uuid),
        notApplicable: NaSchema,
        excludable: z.boolean(),
      }),
    ),
    items: z.array(
      z.object({
        item: z.string(),
        citation: z.string(),
        clause: z.string(),
        kind: z.enum(DOCUMENTED_INFO_KINDS),
        zh: z.string(),
        en: z.string(),
        state: CoverageState,
        documentIds: z.array(Uuid),
        notApplicable: NaSchema,
      }),
    ),
    gaps: z.object({ clauses: z.number().int(), items: z.number().int() }),
  }),
});
export type QmsRegister = z.output<typeof QmsRegister>;

export const StarterOutlines = z.object({
  items: z.array(
    z.object({
      key: z.string(),
      level: z.enum(DOCUMENT_LEVELS),
      zh: z.string(),
      en: z.string(),
      clauses: z.array(z.string()),
      items: z.array(z.string()),
      headings: z.array(z.string()),
    }),
  ),
});
export type StarterOutlines = z.output<typeof StarterOutlines>;

const DocumentParams = z.strictObject({ id: Uuid, documentId: Uuid });
const NaParams = z.strictObject({ id: Uuid, naId: Uuid });
const Saved = z.object({ id: Uuid, version: z.number().int() });

export const qmsDocuments = defineContract('qms-documents', {
  register: {
    method: 'GET',
    path: '/api/v1/participations/:id/qms-documents',
    permission: 'implementation:read',
    summary: "The enterprise's QMS document register with its coverage of GB/T 19001-2016",
    params: IdParams,
    answer: QmsRegister,
    errors: ['NOT_FOUND'],
  },
  create: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents',
    permission: 'implementation:write',
    summary: 'Adds a document to the register as a draft of its first version',
    params: IdParams,
    body: CreateQmsDocumentRequest,
    status: 201,
    answer: Saved,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'QMS_DOCUMENTS_LOCKED',
      'QMS_DOCUMENT_NUMBER_TAKEN',
      'QMS_PARENT_LEVEL',
      'QMS_CLAUSE_UNKNOWN',
      'QMS_ITEM_UNKNOWN',
      'QMS_RECORD_ITEM_NEEDS_FORM',
      'QMS_REVISION_FORMAT',
      'DATE_IN_FUTURE',
    ],
  },
  edit: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents/:documentId',
    permission: 'implementation:write',
    summary:
      'Edits the draft version (title, clauses, items, outline, author, file); number, level and parent while nothing was approved',
    params: DocumentParams,
    body: EditQmsDocumentRequest,
    answer: Saved,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'QMS_DOCUMENTS_LOCKED',
      'QMS_NOT_DRAFT',
      'QMS_DOCUMENT_NUMBER_TAKEN',
      'QMS_PARENT_LEVEL',
      'QMS_CLAUSE_UNKNOWN',
      'QMS_ITEM_UNKNOWN',
      'QMS_RECORD_ITEM_NEEDS_FORM',
      'DATE_IN_FUTURE',
    ],
  },
  changeStatus: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents/:documentId/status',
    permission: 'implementation:write',
    summary: 'Moves the latest revision: approve (by someone other than the author), make effective, withdraw',
    params: DocumentParams,
    body: ChangeQmsStatusRequest,
    answer: Saved,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'QMS_DOCUMENTS_LOCKED',
      'QMS_STATUS_TRANSITION',
      'QMS_APPROVER_IS_AUTHOR',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
    ],
  },
  addRevision: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents/:documentId/revisions',
    permission: 'implementation:write',
    summary: 'Starts a new version of a document in force, as a draft; the earlier versions stay in its history',
    params: DocumentParams,
    body: AddQmsRevisionRequest,
    status: 201,
    answer: Saved,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'VERSION_CONFLICT',
      'QMS_DOCUMENTS_LOCKED',
      'QMS_REVISION_PENDING',
      'QMS_REVISION_FORMAT',
      'QMS_REVISION_NOT_NEWER',
      'QMS_CLAUSE_UNKNOWN',
      'QMS_ITEM_UNKNOWN',
      'QMS_RECORD_ITEM_NEEDS_FORM',
      'DATE_ORDER',
      'DATE_IN_FUTURE',
    ],
  },
  recordNonApplicability: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents/not-applicable',
    permission: 'implementation:write',
    summary: 'Records that a clause does not apply to the enterprise, with the reason (4.3)',
    params: IdParams,
    body: RecordNonApplicabilityRequest,
    status: 201,
    answer: z.object({ id: Uuid }),
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'QMS_DOCUMENTS_LOCKED',
      'QMS_CLAUSE_UNKNOWN',
      'QMS_CLAUSE_NOT_EXCLUDABLE',
      'QMS_NA_ALREADY_RECORDED',
    ],
  },
  withdrawNonApplicability: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents/not-applicable/:naId/withdraw',
    permission: 'implementation:write',
    summary: 'Withdraws a recorded non-applicability (the record is kept as withdrawn)',
    params: NaParams,
    answer: 'empty',
    errors: ['NOT_FOUND', 'FORBIDDEN', 'QMS_DOCUMENTS_LOCKED'],
  },
  outlines: {
    method: 'GET',
    path: '/api/v1/qms-documents/outlines',
    permission: 'implementation:read',
    summary: 'The starter outlines per document kind, to copy into a register',
    answer: StarterOutlines,
    errors: [],
  },
  copyOutline: {
    method: 'POST',
    path: '/api/v1/participations/:id/qms-documents/from-outline',
    permission: 'implementation:write',
    summary: 'Copies a starter outline into the register as a draft (its level, clauses, items and headings)',
    params: IdParams,
    body: CopyOutlineRequest,
    status: 201,
    answer: Saved,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'QMS_DOCUMENTS_LOCKED',
      'QMS_DOCUMENT_NUMBER_TAKEN',
      'QMS_PARENT_LEVEL',
      'DATE_IN_FUTURE',
    ],
  },
  registerDocx: {
    method: 'GET',
    path: '/api/v1/participations/:id/qms-documents/register.docx',
    permission: 'implementation:read',
    summary: '文件清单 (the register) as a Word document',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
