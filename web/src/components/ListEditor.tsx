/**
 * A compact editable list (interviewees, urgent problems, plan sections …): each row rendered by the
 * caller with a remove button, and an add button below. Rows are numbered; test ids follow
 * `${testId}-add` and `${testId}-${i}-remove`.
 */
import type { ReactNode } from 'react';
import { Button, Flex, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

interface ListEditorProps<T> {
  rows: ReadonlyArray<T>;
  onChange: (rows: T[]) => void;
  newRow: () => T;
  renderRow: (row: T, index: number, set: (patch: Partial<T>) => void) => ReactNode;
  addLabel: string;
  testId: string;
  editable: boolean;
  max?: number;
  empty?: ReactNode;
}

export function ListEditor<T>({
  rows,
  onChange,
  newRow,
  renderRow,
  addLabel,
  testId,
  editable,
  max = 100,
  empty,
}: ListEditorProps<T>) {
  const { t } = useTranslation();
  const set = (i: number) => (patch: Partial<T>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => onChange(rows.filter((_, j) => j !== i));
  return (
    <Flex vertical gap={8} data-testid={testId}>
      {rows.length === 0 && !editable
        ? (empty ?? <Typography.Text type="secondary">{t('common.none')}</Typography.Text>)
        : null}
      {rows.map((row, i) => (
        <Flex
          key={i}
          gap={8}
          align="flex-start"
          data-testid={`${testId}-${i}`}
          style={{ borderBottom: '1px dashed #e8ecf1', paddingBottom: 8 }}
        >
          <Typography.Text type="secondary" style={{ minWidth: 18, paddingTop: 5 }}>
            {i + 1}.
          </Typography.Text>
          <div style={{ flex: 1, minWidth: 0 }}>{renderRow(row, i, set(i))}</div>
          {editable ? (
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('common.remove')}
              title={t('common.remove')}
              onClick={() => remove(i)}
              data-testid={`${testId}-${i}-remove`}
            />
          ) : null}
        </Flex>
      ))}
      {editable ? (
        <div>
          <Button
            icon={<PlusOutlined />}
            size="small"
            disabled={rows.length >= max}
            onClick={() => onChange([...rows, newRow()])}
            data-testid={`${testId}-add`}
          >
            {addLabel}
          </Button>
        </div>
      ) : null}
    </Flex>
  );
}
