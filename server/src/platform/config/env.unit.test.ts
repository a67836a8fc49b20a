import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('SMTP settings', () => {
  it('are optional', () => {
    const env = readEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.SMTP_FROM).toBeUndefined();
  });

  it('SMTP_URL without SMTP_FROM is refused at start-up, naming SMTP_FROM', () => {
    expect(() => readEnv({ SMTP_URL: 'smtp://user:pass@mail.example.cn:587' })).toThrow(/SMTP_FROM/);
  });

  it('SMTP_URL with SMTP_FROM is taken', () => {
    const env = readEnv({ SMTP_URL: 'smtps://mail.example.cn:465', SMTP_FROM: 'Uplift <noreply@example.cn>' });
    expect(env.SMTP_URL).toBe('smtps://mail.example.cn:465');
    expect(env.SMTP_FROM).toBe('Uplift <noreply@example.cn>');
  });

  it('a URL of another scheme is refused', () => {
    expect(() => readEnv({ SMTP_URL: 'https://mail.example.cn', SMTP_FROM: 'noreply@example.cn' })).toThrow(/SMTP_URL/);
  });
});
