/**
 * Password policy R02 (shared/security/requirements.md §1.3): length 8–128, at least 3 of the
 * 4 character classes (MLPS 复杂度), not containing the login name or phone, not a common password.
 * Reuse of recent passwords is checked by the server against stored hashes.
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_HISTORY_DEPTH = 5;

type PasswordProblem = 'too_short' | 'too_long' | 'too_few_classes' | 'contains_username' | 'contains_phone' | 'common';

/** A short list of the most common passwords and patterns; matched case-insensitively. */
const COMMON = new Set(
  [
    'password',
    'password1',
    'password123',
    'passw0rd',
    'p@ssw0rd',
    'p@ssword',
    'admin',
    'admin123',
    'admin@123',
    'administrator',
    'root',
    'root123',
    'qwerty',
    'qwerty123',
    'qwe123!@#',
    '1qaz2wsx',
    '1qaz@wsx',
    '1q2w3e4r',
    '1q2w3e4r5t',
    'abc123',
    'abc@123',
    'abcd1234',
    'abcd@1234',
    'aa123456',
    'a123456',
    'a123456789',
    'woaini1314',
    '123456',
    '12345678',
    '123456789',
    '1234567890',
    '88888888',
    '11111111',
    '00000000',
    '66666666',
    'iloveyou',
    'welcome',
    'welcome1',
    'letmein',
    'sunshine',
    'football',
    'monkey',
    'dragon',
    'master',
    'zaq12wsx',
    'test1234',
    'test@123',
    'changeme',
    'huawei@123',
    'p@ssw0rd123',
    'Aa123456',
    'aa123456!',
    'Admin@123',
    'Qwer1234',
    'qwer@1234',
  ].map((p) => p.toLowerCase()),
);

function characterClasses(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function passwordProblems(
  password: string,
  context: { username?: string; phone?: string | null } = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (length > PASSWORD_MAX_LENGTH) problems.push('too_long');
  if (characterClasses(password) < 3) problems.push('too_few_classes');
  const lower = password.toLowerCase();
  if (context.username && context.username.length >= 3 && lower.includes(context.username.toLowerCase())) {
    problems.push('contains_username');
  }
  if (context.phone && context.phone.length >= 6 && password.includes(context.phone)) problems.push('contains_phone');
  if (COMMON.has(lower)) problems.push('common');
  return problems;
}
