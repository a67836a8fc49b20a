/**
 * `npm start`: open the database (PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR),
 * migrate, load the demo on first run, serve the API and the web app.
 */
import path from 'node:path';
import { readEnv } from './platform/config/env.js';
import { openDatabase } from './platform/db/client.js';
import { DataDirLockedError } from './platform/db/data-dir-lock.js';
import { systemClock } from './platform/clock.js';
import { buildApp } from './app.js';
import { keepServingOnUnhandledRejection } from './platform/process-safety.js';
import { prepareDatabase } from './bootstrap.js';
import { emailSender, unconfiguredMailer, unconfiguredSms } from './platform/delivery/messages.js';
import { startReminderScheduler } from './modules/reminders/reminders.service.js';
import { smtpMailer } from './platform/delivery/smtp-mailer.js';
import type { AppContext } from './platform/http/context.js';
import { directoryFileStore } from './platform/files/file-store.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../seeds/demo-data.js';
import { auditSettingsFromEnv } from './platform/audit/config.js';
import { installAuditKey } from './platform/audit/key.js';
import { auditCheckpointer, startAuditCheckpoints } from './platform/audit/anchors.js';

keepServingOnUnhandledRejection();

async function main(): Promise<void> {
  const env = readEnv();
  const started = Date.now();
  // ADR 0019: no key, no start (production refuses; the demo generates one into DATA_DIR once)
  const audit = auditSettingsFromEnv(env, { create: true });
  installAuditKey(audit.key);
  let database: Awaited<ReturnType<typeof openDatabase>>;
  try {
    database = await openDatabase({ url: env.DATABASE_URL, dataDir: path.resolve(env.DATA_DIR) });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  if (database.recoveredStaleLock)
    console.warn('检测到上次异常退出遗留的锁，已恢复 / recovered a stale lock left by a killed process');

  const ctx: AppContext = {
    database,
    clock: systemClock,
    sessionPolicy: { idleMs: env.SESSION_IDLE_MINUTES * 60_000, absoluteMs: env.SESSION_ABSOLUTE_HOURS * 3600_000 },
    lockout: { threshold: env.LOCKOUT_THRESHOLD, lockMs: env.LOCKOUT_MINUTES * 60_000 },
    cookieSecure: env.COOKIE_SECURE,
    demo: env.UPLIFT_DEMO,
    authRateLimitPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE,
    files: directoryFileStore(path.resolve(env.FILES_DIR ?? path.join(env.DATA_DIR, 'files'))),
    auditAnchors: audit.anchors,
    contactRevealsPerHour: env.CONTACT_REVEALS_PER_HOUR,
    accounts: {
      invitationTtlMs: env.INVITATION_HOURS * 3600_000,
      publicBaseUrl: env.PUBLIC_BASE_URL ?? null,
      mailer:
        env.SMTP_URL && env.SMTP_FROM ? smtpMailer({ url: env.SMTP_URL, from: env.SMTP_FROM }) : unconfiguredMailer,
      sms: unconfiguredSms,
      // the app's logger, once it is built (a send happens only while serving)
      log: { warn: (fields, message) => app.log.warn(fields, message) },
    },
  };
  if (env.SMTP_URL && !env.PUBLIC_BASE_URL)
    console.warn(
      '已配置 SMTP_URL 但未配置 PUBLIC_BASE_URL，邮件中的链接将是相对路径 / SMTP_URL is set without PUBLIC_BASE_URL: emailed links will be paths, not addresses',
    );
  const firstRun = await prepareDatabase(ctx);
  const checkpoints = startAuditCheckpoints(
    auditCheckpointer(database.db, audit.anchors, audit.key, () => systemClock.now()),
    audit.anchorIntervalMs,
    (error) =>
      console.error(
        '审计锚点写入失败 / audit anchor checkpoint failed:',
        error instanceof Error ? error.message : error,
      ),
  );
  const app = await buildApp({
    ctx,
    logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL },
    trustProxyHops: env.TRUST_PROXY_HOPS,
    serveWeb: true,
  });
  if (env.LOG_LEVEL !== 'silent')
    keepServingOnUnhandledRejection((reason) =>
      app.log.error({ err: reason }, 'unhandled promise rejection (still serving)'),
    );

  // ADR 0042: reminders on every server; each slot's run and each email is claimed once in the database
  const reminders =
    env.REMINDER_INTERVAL_MS > 0
      ? startReminderScheduler(ctx, {
          intervalMs: env.REMINDER_INTERVAL_MS,
          digestHour: env.REMINDER_DIGEST_HOUR,
          senders: [emailSender(ctx.accounts!.mailer)],
          log: { warn: (fields, message) => app.log.warn(fields, message) },
        })
      : null;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: 正在关闭 / shutting down`);
    await reminders?.stop();
    await app.close();
    await checkpoints.stop();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `\nUplift 已启动 / started in ${seconds}s: ${address}   (database: ${database.kind}${database.kind === 'pglite' ? `, ${path.resolve(env.DATA_DIR)}` : ''})`,
  );
  console.log(`API 文档 / API docs: ${address}/api/docs`);
  if (audit.key.source === 'generated') {
    console.log(
      `审计密钥已生成 / audit key generated: ${path.resolve(env.DATA_DIR, 'audit-hmac.key')} (演示用；生产环境请配置 AUDIT_HMAC_KEY / for production set AUDIT_HMAC_KEY)`,
    );
  }
  if (firstRun.kind === 'bootstrap') {
    console.log(
      `\n首个管理员 / first administrator: ${firstRun.username} / ${firstRun.password}  (首次登录须修改密码 / must be changed at first sign-in)`,
    );
  }
  if (env.UPLIFT_DEMO) {
    console.log(`\n演示账号 / demo accounts (密码 password: ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS.filter((x) => x.listed)) console.log(`  ${u.username.padEnd(12)} ${u.listed}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
