/**
 * Uploads for a participation: survey evidence (photos, documents) by the assistance side,
 * and the signed and sealed scan of Annex B.1 by the enterprise or its expert. The type comes from
 * the bytes; the size is capped; photos lose their metadata (GPS above all, ADR 0022); the digest
 * of what is stored goes to the database and the trail. A refused upload leaves no file behind.
 */
import { and, eq } from 'drizzle-orm';
import type { AppContext } from '../../platform/http/context.js';
import type { Executor } from '../../platform/db/client.js';
import { files } from './files.table.js';
import { participations } from '../participations/participations.table.js';
import { AppError, assertFound } from '../../platform/http/app-error.js';
import { appendAudit } from '../../platform/audit/trail.js';
import type { Actor } from '../../platform/auth/session-store.js';
import { MAX_UPLOAD_BYTES, sniffUpload } from '../../platform/files/sniff.js';
import { ImageStructureError, stripMetadata } from '../../platform/files/strip-metadata.js';
import { actorRef } from '../auth/auth.service.js';
import { participationScope } from '../participations/participation-scope.js';
import type { Role } from '../../../../domain/access/roles.js';

export const FILE_PURPOSES = ['survey_evidence', 'diagnosis_scan'] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Who may upload what: the assistance side the evidence, the enterprise too the signed B.1. */
const UPLOADERS: Record<FilePurpose, ReadonlyArray<Role>> = {
  survey_evidence: ['assistance_expert', 'cb_admin', 'cb_manager'],
  diagnosis_scan: ['enterprise_contact', 'assistance_expert', 'cb_admin', 'cb_manager'],
};

export function fileView(f: typeof files.$inferSelect) {
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
) {
  const { db } = ctx.database;
  const [p] = await db
    .select({ id: participations.id })
    .from(participations)
    .where(and(eq(participations.id, participationId), participationScope(actor)));
  assertFound(p, 'participation');
  if (!UPLOADERS[input.purpose].includes(actor.role)) throw new AppError('FORBIDDEN');
  if (input.bytes.length === 0) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file', detail: 'empty' });
  if (input.bytes.length > MAX_UPLOAD_BYTES)
    throw new AppError('FILE_TOO_LARGE', { field: 'file', detail: `${Math.round(MAX_UPLOAD_BYTES / 1048576)} MiB` });
  const type = await sniffUpload(input.bytes);
  if (!type) throw new AppError('FILE_TYPE_NOT_ALLOWED', { field: 'file', detail: input.fileName });
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
  let row: typeof files.$inferSelect;
  try {
    row = await db.transaction(async (tx) => {
      const [inserted] = await tx
        .insert(files)
        .values({
          participationId,
          purpose: input.purpose,
          fileName: input.fileName.slice(0, 200),
          mime: type.mime,
          size: bytes.length,
          sha256,
          uploadedBy: actor.userId,
          createdAt: now,
        })
        .returning();
      await appendAudit(tx, now, {
        actor: actorRef(actor),
        action: 'file.upload',
        objectType: 'participation',
        objectId: participationId,
        outcome: 'success',
        detail: { fileId: inserted!.id, purpose: input.purpose, mime: type.mime, size: bytes.length, sha256 },
      });
      return inserted!;
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
  const [used] = await ctx.database.db.select({ id: files.id }).from(files).where(eq(files.sha256, sha256)).limit(1);
  if (used) await ctx.files.put(bytes);
}

/** A file whose participation the actor sees, or NOT_FOUND. */
export async function findFile(executor: Executor, actor: Actor, id: string) {
  const [row] = await executor
    .select({ f: files })
    .from(files)
    .innerJoin(participations, eq(participations.id, files.participationId))
    .where(and(eq(files.id, id), participationScope(actor)));
  return row?.f;
}
