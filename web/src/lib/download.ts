/**
 * File downloads through fetch (the session cookie goes along; a GET needs no CSRF token), so a
 * refused or failed download shows the server's message instead of navigating to a JSON page.
 */
import { useState } from 'react';
import { App } from 'antd';
import type { CallInput, Endpoint } from '../../../contracts/endpoint';
import { downloadApi } from './api-client';
import { errorText } from '../components/ErrorAlert';

/** Saves a file endpoint's answer (contracts, ADR 0031) under the name the server gives, else `fallbackName`. */
export async function downloadEndpoint<E extends Endpoint>(
  endpoint: E,
  input: CallInput<E>,
  fallbackName: string,
): Promise<void> {
  saveBlob(await downloadApi(endpoint, input), fallbackName);
}

function saveBlob({ blob, fileName }: { blob: Blob; fileName: string | null }, fallbackName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName ?? fallbackName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** `download(endpoint, input, name)` for a file endpoint of the contracts, plus whether one is under way. */
export function useApiDownload() {
  const { message } = App.useApp();
  const [pending, setPending] = useState(false);
  const download = <E extends Endpoint>(endpoint: E, input: CallInput<E>, fallbackName: string) => {
    setPending(true);
    downloadEndpoint(endpoint, input, fallbackName)
      .catch((error: unknown) => void message.error(errorText(error)))
      .finally(() => setPending(false));
  };
  return { download, pending };
}
