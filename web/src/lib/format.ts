import dayjs from 'dayjs';
import { isIsoDate } from '../../../domain/dates/iso-date.js';

/** 2026-03-05 14:07 in the browser's time zone; '—' for nothing. */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  return isIsoDate(value) ? value : dayjs(value).format('YYYY-MM-DD');
}

/** Today as YYYY-MM-DD in the local calendar. */
export function today(): string {
  return dayjs().format('YYYY-MM-DD');
}
