/**
 * Masking of personal and ID-like data in lists and responses (ADR 0008;
 * shared/security/requirements.md, PIPL minimum necessity). Revealing is a separate audited call.
 */

/** 13812345678 → 138****5678; other lengths keep the first 3 and last 2. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.trim();
  if (digits.length <= 5) return '*'.repeat(digits.length);
  if (digits.length === 11) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 5)}${digits.slice(-2)}`;
}

/** ID-like strings (ID card, certificate numbers): keep first 4 and last 4. */
export function maskIdentifier(value: string | null | undefined): string | null {
  if (!value) return null;
  if (value.length <= 8) return `${value.slice(0, 1)}${'*'.repeat(Math.max(0, value.length - 1))}`;
  return `${value.slice(0, 4)}${'*'.repeat(value.length - 8)}${value.slice(-4)}`;
}

/** A person's name: 张三丰 → 张** (only the family name shows). */
export function maskPersonName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = Array.from(name);
  return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

/** An email: zhang.san@example.cn → z*******@example.cn (the domain shows, the name only by its first letter). */
export function maskEmail(email: string | null | undefined): string | null {
  if (!email) return null;
  const at = email.lastIndexOf('@');
  if (at <= 0) return maskIdentifier(email);
  const name = email.slice(0, at);
  return `${name[0]}${'*'.repeat(Math.max(1, name.length - 1))}${email.slice(at)}`;
}
