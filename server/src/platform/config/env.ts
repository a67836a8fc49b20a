/** Configuration from the environment, checked once at start-up. */
import { z } from 'zod';
import { DEFAULT_CONTACT_REVEALS_PER_HOUR } from '../../../../domain/privacy/reveal-reasons.js';
import { DEFAULT_INVITATION_HOURS } from '../../../../domain/access/administration.js';
import { DEFAULT_DIGEST_HOUR } from '../../../../domain/reminders/reminders.js';

const booleanFlag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('127.0.0.1'),
    /** PostgreSQL connection string; when absent the embedded PGlite in DATA_DIR is used. */
    DATABASE_URL: z.string().url().optional(),
    DATA_DIR: z.string().default('./data'),
    /** Uploaded evidence and scans (outside the web root); default DATA_DIR/files. */
    FILES_DIR: z.string().optional(),
    /** Load demo data into an empty database and allow demo accounts (R01: only in explicit demo mode). */
    UPLIFT_DEMO: booleanFlag.default(true),
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(30).default(30),
    SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24).default(12),
    LOCKOUT_THRESHOLD: z.coerce.number().int().min(3).max(10).default(5),
    LOCKOUT_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(1000).default(10),
    /** Set the Secure flag on cookies (behind HTTPS). */
    COOKIE_SECURE: booleanFlag.default(false),
    /** Number of proxy hops to trust for the client address (R05); 0 = none. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** ADR 0019: the audit chain's HMAC key (hex or base64, ≥ 32 bytes), or a file holding it; required in production. */
    AUDIT_HMAC_KEY: z.string().optional(),
    AUDIT_HMAC_KEY_FILE: z.string().optional(),
    /** ADR 0019: append-only file of chain-head anchors, somewhere the database role cannot write; default DATA_DIR/audit-anchors.jsonl (required in production). */
    AUDIT_ANCHOR_FILE: z.string().optional(),
    AUDIT_ANCHOR_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
    /** R31: unmasked contact reveals per user per hour. */
    CONTACT_REVEALS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(DEFAULT_CONTACT_REVEALS_PER_HOUR),
    /** ADR 0034: how long an activation or password-reset link works. */
    INVITATION_HOURS: z.coerce.number().int().min(1).max(720).default(DEFAULT_INVITATION_HOURS),
    /** The address people open the app at (https://…), so invitation links are absolute; else they are paths. */
    PUBLIC_BASE_URL: z.string().url().optional(),
    /** The mail server invitation links are emailed through (smtp://user:pass@host:587 or smtps://…); unset: not emailed. */
    SMTP_URL: z
      .string()
      .url()
      .refine((v) => /^smtps?:\/\//i.test(v), 'smtp://… 或 smtps://… / must start with smtp:// or smtps://')
      .optional(),
    /** The sender of those emails (an address, or "名称 <address>"); required with SMTP_URL. */
    SMTP_FROM: z.string().optional(),
    /** ADR 0042: how often each server runs the reminders (ms); 0 turns them off on this server. Default hourly. */
    REMINDER_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
    /** ADR 0042: the China-time hour (0–23) the daily reminder digest is emailed. */
    REMINDER_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(DEFAULT_DIGEST_HOUR),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .superRefine((env, issues) => {
    if (env.SMTP_URL && !env.SMTP_FROM)
      issues.addIssue({
        code: 'custom',
        path: ['SMTP_FROM'],
        message:
          '设置 SMTP_URL 时须设置发件地址 SMTP_FROM / SMTP_FROM (the sender address) is required when SMTP_URL is set',
      });
  });

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`配置错误 / invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
