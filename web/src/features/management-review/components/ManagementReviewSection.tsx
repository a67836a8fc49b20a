/**
 * 管理评审 on the 一企一档 page (000 §二(4)–(5); 002 step 8; 003 §6.8): what the review reads from the platform, the
 * review record (or a certified enterprise's verification), and the improvement actions to their effectiveness check.
 */
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { managementReview } from '../../../../../contracts/management-review';
import type { Role } from '../../../../../domain/access/roles.js';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { mayCall } from '../../../lib/session';
import { useManagementReview } from '../api/management-review';
import { CertifiedVerification } from './CertifiedVerification';
import { ImprovementActions } from './ImprovementActions';
import { ReviewPrefill } from './ReviewPrefill';
import { ReviewRecordCard } from './ReviewRecordCard';

export function ManagementReviewSection({
  participationId,
  actingRole,
}: {
  participationId: string;
  actingRole: Role;
}) {
  const { t } = useTranslation();
  const query = useManagementReview(participationId);
  if (query.isPending) return <FullPageSpin />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;
  return (
    <Flex vertical gap={16} data-testid="management-review-section">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('managementReview.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('managementReview.intro')}</Typography.Text>
      <ReviewPrefill prefill={overview.prefill} />
      <ReviewRecordCard participationId={participationId} overview={overview} />
      <CertifiedVerification participationId={participationId} overview={overview} />
      <ImprovementActions
        participationId={participationId}
        overview={overview}
        mayWrite={mayCall(actingRole, managementReview.updateAction)}
      />
    </Flex>
  );
}
