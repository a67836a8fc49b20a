import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '../../../../../domain/stage-reports/stage-reports';

const COLORS: Record<ReportStatus, string> = {
  not_submitted: 'default',
  submitted: 'green',
  returned: 'orange',
  overdue: 'red',
  late_submitted: 'volcano',
};

export function ReportStatusTag({ status, testId }: { status: ReportStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid={testId} data-status={status}>
      {t(`stageReports.status.${status}`)}
    </Tag>
  );
}
