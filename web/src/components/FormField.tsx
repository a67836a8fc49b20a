/** A labelled field (label above, a red mark when required) for forms kept as plain state with nested rows. */
import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

/** A field with its label above (forms kept as plain state: the plan's nested rows are easier so). */
export function Field(props: { label: string; children: ReactNode; width?: number | string; required?: boolean }) {
  return (
    <Flex vertical gap={2} style={{ width: props.width ?? '100%', maxWidth: '100%', minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {props.required ? <span style={{ color: '#cf1322' }}>* </span> : null}
        {props.label}
      </Typography.Text>
      {props.children}
    </Flex>
  );
}
