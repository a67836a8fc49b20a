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

/**
 * A channel reminders go out through (ADR 0042): email today; an SMS or WeChat sender implements the same interface
 * (its address from the person's phone or WeChat binding) and is added to the list the scheduler is given.
 */
export interface Sender {
  /** Which channel: the person's address for it is taken from their account. */
  readonly channel: 'email' | 'sms' | 'wechat';
  readonly configured: boolean;
  /** The person's address on this channel, or null when they have none. */
  addressOf(person: { email: string | null; phone?: string | null }): string | null;
  send(to: string, message: { subject: string; text: string }): Promise<void>;
}

/** The email sender over a Mailer (SMTP when configured). */
export function emailSender(mailer: Mailer): Sender {
  return {
    channel: 'email',
    get configured() {
      return mailer.configured;
    },
    addressOf: (person) => (person.email ? person.email : null),
    send: (to, message) => mailer.send({ to, subject: message.subject, text: message.text }),
  };
}
