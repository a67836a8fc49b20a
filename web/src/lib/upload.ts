/**
 * Uploads a file as the raw request body with XMLHttpRequest (fetch reports no upload progress),
 * with the same headers as every other write; errors become ApiError like callApi's.
 */
import i18n from './i18n';
import { ApiError, errorFromBody, writeHeaders } from './api-client';

export interface UploadOptions {
  url: string;
  file: File;
  contentType: string;
  /** 0–100 while the body is sent. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

export function uploadFile<T>({ url, file, contentType, onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(writeHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(100);
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'INVALID_RESPONSE', i18n.t('error.http', { status: xhr.status })));
        }
      } else {
        reject(errorFromBody(xhr.status, xhr.responseText));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK_ERROR', i18n.t('error.network')));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', i18n.t('error.aborted')));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
