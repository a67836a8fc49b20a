/**
 * The email sender for a real mail server (ADR 0034): SMTP_URL (smtp://user:pass@host:587 with STARTTLS when the
 * server offers it, smtps://… for TLS from the start) and SMTP_FROM as the sender. One connection per message, no
 * retries: a failure is the caller's to log (the invitation stands, the link is shown to pass on).
 */
import nodemailer from 'nodemailer';
import type { Mailer } from './messages.js';

export interface SmtpSettings {
  url: string;
  from: string;
  /** Give up on an unreachable or silent server after this long. */
  timeoutMs?: number;
}

export function smtpMailer(settings: SmtpSettings): Mailer {
  const timeout = settings.timeoutMs ?? 15_000;
  const transport = nodemailer.createTransport({
    url: settings.url,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    configured: true,
    async send(message) {
      await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
    },
  };
}
