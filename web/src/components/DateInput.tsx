/** A calendar date held as 'YYYY-MM-DD' (or null) in a DatePicker; type a date and press Enter, or pick one. */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { isIsoDate } from '../../../domain/dates/iso-date.js';

interface DateInputProps {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  testId?: string;
  ariaLabel?: string;
  allowClear?: boolean;
  size?: 'small' | 'middle' | 'large';
  status?: 'error' | 'warning';
  placeholder?: string;
}

export function DateInput({
  value,
  onChange,
  testId,
  ariaLabel,
  allowClear = true,
  size,
  status,
  placeholder,
}: DateInputProps) {
  // dayjs rolls an impossible date over (2026-02-30 → 03-02); only a real calendar date is shown
  const parsed = value && isIsoDate(value) ? dayjs(value) : null;
  return (
    <DatePicker
      value={parsed}
      format="YYYY-MM-DD"
      allowClear={allowClear}
      size={size}
      status={status}
      style={{ width: '100%', maxWidth: 180 }}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      aria-label={ariaLabel}
      placeholder={placeholder}
      data-testid={testId}
    />
  );
}
