/**
 * ADR 0039: the `Idempotency-Key` of a form's submission. The same submission sent again — after a network error,
 * a timeout or a 5xx, or by a second click — carries the same key, so the server answers it from the first time
 * instead of creating a second record. A definite answer (a success, or a refusal the server gave) ends the
 * submission; the next one gets a new key, and so does a different request.
 */
export class SubmissionKeys {
  private current: { request: string; key: string } | null = null;

  constructor(private readonly newKey: () => string = randomKey) {}

  /** The key for this request: the pending submission's when it is the same request, else a new one. */
  keyFor(request: string): string {
    if (this.current?.request !== request) this.current = { request, key: this.newKey() };
    return this.current.key;
  }

  /** The server answered for good (2xx, or a 4xx other than "still running"): the next submit is a new one. */
  settle(status: number, code?: string): void {
    const definite =
      (status >= 200 && status < 300) || (status >= 400 && status < 500 && code !== 'IDEMPOTENCY_IN_PROGRESS');
    if (definite) this.current = null;
  }
}

/** 128 random bits as hex (crypto.getRandomValues works where randomUUID does not: a plain-HTTP intranet). */
function randomKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
