/**
 * Uploads for a participation: survey evidence (photos, documents) by the assistance side,
 * and the signed and sealed scan of Annex B.1 by the enterprise or its expert. The type comes from
 * the bytes; the size is capped; photos lose their metadata (GPS above all, ADR 0022); the digest
 * of what is stored goes to the database and the trail. A refused upload leaves no file behind.
 */
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { MAX_UPLOAD_BYTES, sniffUpload } from '../../platform/files/sniff.js';
import { ImageStructureError, stripMetadata } from '../../platform/files/strip-metadata.js';
import type { FilePurpose, UploadedFile } from '../../../../contracts/files.js';
import { isFigureMime } from '../../../../domain/cases/case-figures.js';
import { actorRef } from '../auth/auth.service.js';
import {
  anyFileWithDigest,
  type FileRow,
  findFileInScope,
  findParticipationFile,
  insertFile,
  participationInScope,
} from './files.repository.js';
import { assertMayUpload } from './files.policy.js';

export function fileView(f: FileRow): UploadedFile {
  return {
    id: f.id,
    purpose: f.purpose as FilePurpose,
    fileName: f.fileName,
    mime: f.mime,
    size: f.size,
    sha256: f.sha256,
    createdAt: f.createdAt.toISOString(),
  };
}

export async function uploadFile(
  ctx: AppContext,
  actor: Actor,
  participationId: string,
  input: { purpose: FilePurpose; fileName: string; bytes: Buffer },
): Promise<UploadedFile> {
  const { db } = ctx.database;
  assertFound(await participationInScope(db, actor, participationId), 'participation');
  assertMayUpload(actor.role, input.purpose);
  if (input.bytes.length === 0) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file', detail: 'empty' });
  if (input.bytes.length > MAX_UPLOAD_BYTES)
    throw new AppError('FILE_TOO_LARGE', { field: 'file', detail: `${Math.round(MAX_UPLOAD_BYTES / 1048576)} MiB` });
  const type = await sniffUpload(input.bytes);
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file', detail: input.fileName });
  // 003 Annex D.2 images and charts: the Word document embeds JPEG and PNG (domain/cases/case-figures.ts)
  if (input.purpose === 'case_figure' && !isFigureMime(type.mime))
    throw new AppError('CASE_FIGURE_TYPE', { field: 'file', detail: input.fileName });
  // what is stored, measured and digested is the photo without its metadata (ADR 0022)
  let bytes: Buffer;
  try {
    bytes = stripMetadata(input.bytes, type.mime);
  } catch (error) {
    if (error instanceof ImageStructureError)
      throw new AppError('FILE_IMAGE_UNREADABLE', { field: 'file', detail: input.fileName });
    throw error;
  }
  const { sha256, created } = await ctx.files.put(bytes);
  const now = ctx.clock.now();
  let row: FileRow;
  try {
    row = await db.transaction(async (tx) => {
      const inserted = await insertFile(tx, {
        participationId,
        purpose: input.purpose,
        fileName: input.fileName.slice(0, 200),
        mime: type.mime,
        size: bytes.length,
        sha256,
        uploadedBy: actor.userId,
        createdAt: now,
      });
      await appendAudit(tx, now, {
        actor: actorRef(actor),
        action: 'file.upload',
        objectType: 'participation',
        objectId: participationId,
        outcome: 'success',
        detail: { fileId: inserted.id, purpose: input.purpose, mime: type.mime, size: bytes.length, sha256 },
      });
      return inserted;
    });
  } catch (error) {
    if (created) await removeUnreferenced(ctx, sha256, bytes);
    throw error;
  }
  // a concurrent refused upload of the same bytes may have removed them meanwhile: put them back
  await ctx.files.put(bytes);
  return fileView(row);
}

/**
 * A refused upload leaves nothing behind. Removed first and checked second, so an upload of the
 * same bytes that commits meanwhile is never left without its file (it, or this, puts them back).
 */
async function removeUnreferenced(ctx: AppContext, sha256: string, bytes: Buffer): Promise<void> {
  await ctx.files.remove(sha256);
  if (await anyFileWithDigest(ctx.database.db, sha256)) await ctx.files.put(bytes);
}

/** A file whose participation the actor sees, or undefined (NOT_FOUND to the caller). */
export async function findFile(executor: Executor, actor: Actor, id: string): Promise<FileRow | undefined> {
  return findFileInScope(executor, actor, id);
}

/** Whether a file of this participation was uploaded for this purpose (e.g. the signed B.1 scan). */
export async function isParticipationFile(
  executor: Executor,
  id: string,
  participationId: string,
  purpose: FilePurpose,
): Promise<boolean> {
  return Boolean(await findParticipationFile(executor, id, participationId, purpose));
}
