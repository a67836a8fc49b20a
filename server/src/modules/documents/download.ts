export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An attachment header with the Chinese file name (RFC 6266 filename*). */
export function docxAttachment(name: string): string {
  return `attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
