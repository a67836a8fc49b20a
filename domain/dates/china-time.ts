/**
 * A moment as a reader in China reads it: China Standard Time (UTC+8, no daylight saving), "YYYY-MM-DD HH:mm".
 */
const CHINA_OFFSET_MS = 8 * 3600_000;

export function chinaDateTime(at: Date): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
