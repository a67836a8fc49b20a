/** A required calendar date (YYYY-MM-DD) that cannot lie in the future. */
import type { ReactNode } from 'react';
import { DatePicker, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { keepEnterInDateField } from '../../../../components/date-keys';

interface Props {
  name: string;
  label: string;
  required?: boolean;
  extra?: ReactNode;
}

export function DateField({ name, label, required = true, extra }: Props) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={extra}
      rules={required ? [{ required: true, message: t('dialog.dateRequired') }] : []}
    >
      <DatePicker
        onKeyDown={keepEnterInDateField}
        format="YYYY-MM-DD"
        style={{ width: '100%' }}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        data-testid={`field-${name}`}
      />
    </Form.Item>
  );
}
