/**
 * Outgoing messages to people (ADR 0034): an email sender and an SMS sender behind small interfaces. Email goes out
 * through SMTP when SMTP_URL is set (smtp-mailer.ts); no SMS gateway is wired in yet. A failed send is logged as one
 * line without the message body, so a link never lands in a log.
 */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** False when nothing was sent (no mail server configured). */
  readonly configured: boolean;
  send(message: OutgoingMessage): Promise<void>;
}

export interface SmsSender {
  readonly configured: boolean;
  send(message: { to: string; text: string }): Promise<void>;
}

export const unconfiguredMailer: Mailer = {
  configured: false,
  async send() {},
};

export const unconfiguredSms: SmsSender = {
  configured: false,
  async send() {},
};

/** Where a failed send is reported: one warn line (pino's signature; `npm start` passes the app's logger). */
export interface DeliveryLog {
  warn(fields: Record<string, unknown>, message: string): void;
}

export const consoleDeliveryLog: DeliveryLog = {
  warn: (fields, message) => console.warn(message, JSON.stringify(fields)),
};

/** What of a send failure may be logged: the error's code and the server's reply code, no address, link or token. */
export function describeSendFailure(error: unknown): Record<string, unknown> {
  const e = (error ?? {}) as { code?: unknown; responseCode?: unknown; command?: unknown; message?: unknown };
  return {
    type: error instanceof Error ? error.constructor.name : typeof error,
    ...(typeof e.code === 'string' ? { code: e.code } : {}),
    ...(typeof e.responseCode === 'number' ? { responseCode: e.responseCode } : {}),
    ...(typeof e.command === 'string' ? { command: e.command } : {}),
    // a refusal may quote the recipient ("<x@y> User unknown"): addresses and anything after a '?' stay out
    ...(typeof e.message === 'string'
      ? {
          message: e.message
            .replace(/\S*@\S*/g, '<address>')
            .replace(/\?\S*/g, '?…')
            .slice(0, 300),
        }
      : {}),
  };
}
