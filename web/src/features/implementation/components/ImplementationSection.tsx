/**
 * 方案实施 on the 一企一档 page (003 §6.7): overdue flags, the improvement team, the operation (its recorded start and
 * records) and the issue log.
 */
import { Alert, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useImplementation } from '../api/implementation';
import { IssueLog } from './IssueLog';
import { OperationCard } from './OperationCard';
import { TeamCard } from './TeamCard';

export function ImplementationSection({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const overview = useImplementation(detail.id);
  if (overview.isPending) return <FullPageSpin />;
  if (overview.isError) return <ErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />;
  const data = overview.data;
  return (
    <Flex vertical gap={16} data-testid="implementation-section">
      {data.overdue.map((flag) => (
        <Alert
          key={flag}
          type="warning"
          showIcon
          data-testid={`overdue-${flag}`}
          title={t(`implementation.overdue.${flag}`)}
        />
      ))}
      <TeamCard participationId={detail.id} overview={data} />
      <OperationCard participationId={detail.id} version={detail.version} overview={data} />
      <IssueLog participationId={detail.id} overview={data} />
    </Flex>
  );
}
