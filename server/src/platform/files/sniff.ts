/**
 * What a file really is, by its bytes (content sniffing), never by its
 * name or the browser's claim. Photos and scans only: JPEG, PNG, WebP, HEIC and PDF.
 */
import { fileTypeFromBuffer } from 'file-type';

const ALLOWED_UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf'] as const;
type UploadType = (typeof ALLOWED_UPLOAD_TYPES)[number];
/** A phone photo or a scanned form fits comfortably; larger files are refused. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export async function sniffUpload(bytes: Buffer): Promise<{ mime: UploadType; ext: string } | null> {
  const found = await fileTypeFromBuffer(bytes);
  if (!found || !(ALLOWED_UPLOAD_TYPES as readonly string[]).includes(found.mime)) return null;
  return { mime: found.mime as UploadType, ext: found.ext };
}
