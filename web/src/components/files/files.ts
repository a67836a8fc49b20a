/**
 * A participation's files (ADR 0022) through the files contract: evidence photos and PDFs of the survey, the signed
 * B.1 scan. Uploaded as the raw body (the server tells the type by content); read back by id.
 */
import { files, type FilePurpose, type UploadedFile } from '../../../../contracts/files';
import { urlOf } from '../../lib/api-client';
import { uploadFile } from '../../lib/upload';

export type { FilePurpose };

/** Content types the upload route parses; anything else goes as octet-stream (the server sniffs it). */
const UPLOAD_TYPES: ReadonlySet<string> = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'application/pdf',
]);

/** The accept attribute of the pickers: photos and PDFs. */
export const EVIDENCE_ACCEPT = 'image/*,application/pdf';

/** 10 MiB: the server's limit (checked there too, with FILE_TOO_LARGE). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export function uploadParticipationFile(
  participationId: string,
  purpose: FilePurpose,
  file: File,
  onProgress?: (percent: number) => void,
): Promise<UploadedFile> {
  const name = (file.name || 'upload').trim().slice(0, 200) || 'upload';
  return uploadFile<UploadedFile>({
    url: urlOf(files.upload, { params: { id: participationId }, query: { purpose, name } }),
    file,
    contentType: UPLOAD_TYPES.has(file.type) ? file.type : 'application/octet-stream',
    onProgress,
  });
}

/** The bytes of a stored file (usable as an <img src>). */
export function fileUrl(fileId: string): string {
  return urlOf(files.download, { params: { id: fileId } });
}
