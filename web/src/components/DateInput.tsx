/** A calendar date held as 'YYYY-MM-DD' (or null) in a DatePicker; type a date and press Enter, or pick one. */
import { DatePicker } from 'antd';
import dayjs from 'dayjs';

interface DateInputProps {
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  testId?: string;
  ariaLabel?: string;
  allowClear?: boolean;
  size?: 'small' | 'middle' | 'large';
  status?: 'error' | 'warning';
}

export function DateInput({ value, onChange, testId, ariaLabel, allowClear = true, size, status }: DateInputProps) {
  const parsed = value ? dayjs(value, 'YYYY-MM-DD') : null;
  return (
    <DatePicker
      value={parsed && parsed.isValid() ? parsed : null}
      format="YYYY-MM-DD"
      allowClear={allowClear}
      size={size}
      status={status}
      style={{ width: '100%', maxWidth: 180 }}
      onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : null)}
      aria-label={ariaLabel}
      data-testid={testId}
    />
  );
}
