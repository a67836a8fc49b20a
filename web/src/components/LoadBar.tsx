/** An expert's load against capacity: "1 / 2" with a small bar, green when full, red once over. */
import { Flex, Progress, Typography } from 'antd';

export function LoadBar({ load, capacity, testId }: { load: number; capacity: number; testId?: string }) {
  const percent = capacity > 0 ? Math.min(100, Math.round((load / capacity) * 100)) : 100;
  return (
    <Flex
      gap={8}
      align="center"
      data-testid={testId}
      data-load={load}
      data-capacity={capacity}
      style={{ minWidth: 110 }}
    >
      <Typography.Text style={{ whiteSpace: 'nowrap' }}>{`${load} / ${capacity}`}</Typography.Text>
      <Progress
        percent={percent}
        size="small"
        showInfo={false}
        status={load > capacity ? 'exception' : load >= capacity ? 'success' : 'normal'}
        style={{ flex: 1, minWidth: 50, margin: 0 }}
      />
    </Flex>
  );
}
