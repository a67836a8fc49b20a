/**
 * A participation's files (ADR 0022): survey evidence (photos, documents) by the assistance side, the signed and
 * sealed B.1 scan by the enterprise or its expert. Uploaded as the raw body, the type told by content, photos stored
 * without their metadata; read back by id within the caller's scope.
 */
import { z } from 'zod';
import { IdParams } from './shared.js';
import { defineContract } from './endpoint.js';

export const FILE_PURPOSES = [
  'survey_evidence',
  'diagnosis_scan',
  'operation_record',
  'training_evidence',
  'qms_document',
  'case_figure',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

export const UploadedFile = z.object({
  id: z.string().uuid(),
  purpose: z.enum(FILE_PURPOSES),
  fileName: z.string(),
  mime: z.string().describe('by content sniffing'),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type UploadedFile = z.output<typeof UploadedFile>;

export const UploadQuery = z.strictObject({
  purpose: z.enum(FILE_PURPOSES).default('survey_evidence'),
  name: z.string().trim().min(1).max(200).default('upload'),
});

export const files = defineContract('files', {
  upload: {
    method: 'POST',
    path: '/api/v1/participations/:id/files',
    permission: 'file:upload',
    summary:
      'Upload a photo, PDF or scan (raw body; JPEG, PNG, WebP, HEIC or PDF by content; ≤ 10 MiB; a case figure JPEG or PNG only)',
    params: IdParams,
    query: UploadQuery,
    rawBody: {
      // octet-stream too: the type is decided by the content (ADR 0022), whatever the client declares
      mediaTypes: [
        'application/octet-stream',
        'image/jpeg',
        'image/png',
        'image/webp',
        'image/heic',
        'application/pdf',
      ],
      description: 'The file itself (JPEG, PNG, WebP, HEIC or PDF by content; ≤ 10 MiB)',
    },
    status: 201,
    answer: UploadedFile,
    errors: [
      'NOT_FOUND',
      'FORBIDDEN',
      'FILE_TYPE_NOT_ALLOWED',
      'FILE_TOO_LARGE',
      'FILE_IMAGE_UNREADABLE',
      'CASE_FIGURE_TYPE',
    ],
  },
  download: {
    method: 'GET',
    path: '/api/v1/files/:id',
    permission: 'file:read',
    summary: 'Download a file of a participation in scope',
    params: IdParams,
    answer: 'file',
    errors: ['NOT_FOUND'],
  },
});
