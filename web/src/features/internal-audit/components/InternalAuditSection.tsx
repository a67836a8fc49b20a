/**
 * 内部审核 on the 一企一档 page (000 §二(4); 002 steps 4, 6, 7; 003 §6.8.1): the three-month gate, the people trained
 * as internal auditors, the plan and checklist, the findings with each nonconformity's cycle, the report.
 */
import { Alert, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { today } from '../../../lib/format';
import { useInternalAudit } from '../api/internal-audit';
import { AuditPlanCard } from './AuditPlanCard';
import { AuditReportCard } from './AuditReportCard';
import { FindingsCard } from './FindingsCard';

export function InternalAuditSection({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const query = useInternalAudit(participationId);
  if (query.isPending) return null; // the file page shows its sections as they come (no spinner's height)
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;
  const gateOpen = overview.earliestStartOn !== null && overview.earliestStartOn <= today();
  // a reader (the bureau) of a file with no audit yet has only the gate to read: one line, not empty cards
  if (!overview.mayWrite && !overview.audit)
    return (
      <Flex vertical gap={8} data-testid="internal-audit-section">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('internalAudit.title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="audit-none">
          {t('internalAudit.noAudit')}
          {overview.earliestStartOn
            ? ` · ${t('internalAudit.gate', { startedOn: overview.operationStartedOn, earliestOn: overview.earliestStartOn })}`
            : ''}
        </Typography.Text>
      </Flex>
    );
  return (
    <Flex vertical gap={16} data-testid="internal-audit-section">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('internalAudit.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('internalAudit.intro')}</Typography.Text>
      <Alert
        type={gateOpen ? 'info' : 'warning'}
        showIcon
        data-testid="audit-gate"
        data-open={String(gateOpen)}
        title={
          overview.operationStartedOn && overview.earliestStartOn
            ? t('internalAudit.gate', { startedOn: overview.operationStartedOn, earliestOn: overview.earliestStartOn })
            : t('internalAudit.gateNotStarted')
        }
        description={
          overview.operationStartedOn && !gateOpen
            ? t('internalAudit.gateNotYet', { earliestOn: overview.earliestStartOn })
            : undefined
        }
      />
      <Card size="small" title={t('internalAudit.trained')} data-testid="audit-trained">
        {overview.trainedAuditors.length === 0 ? (
          <Typography.Text type="warning">{t('internalAudit.noneTrained')}</Typography.Text>
        ) : (
          <Flex gap={6} wrap>
            {overview.trainedAuditors.map((a) => (
              <Tag key={`${a.name}-${a.trainedOn}`}>
                {a.name} · {a.trainedOn}
              </Tag>
            ))}
          </Flex>
        )}
      </Card>
      <AuditPlanCard participationId={participationId} overview={overview} />
      {overview.audit ? <FindingsCard participationId={participationId} overview={overview} /> : null}
      <AuditReportCard participationId={participationId} overview={overview} />
    </Flex>
  );
}
