/**
 * Outgoing messages to people (ADR 0034): an email sender and an SMS sender behind small interfaces. No SMTP or SMS
 * gateway is wired in yet (the notification issue adds delivery); the defaults write one log line without the
 * message body, so a link never lands in a log.
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
