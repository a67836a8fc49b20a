/**
 * 管理评审 on the 一企一档 page (000 §二(4)–(5); 002 step 8; 003 §6.8): what the review reads from the platform, the
 * review record (or a certified enterprise's verification), and the improvement actions to their effectiveness check.
 */
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { managementReview } from '../../../../../contracts/management-review';
import type { Role } from '../../../../../domain/access/roles.js';
import { ErrorAlert } from '../../../components/ErrorAlert';
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
  if (query.isPending) return null; // the file page shows its sections as they come (no spinner's height)
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const overview = query.data;
  // a reader of a file with no review yet: one line (the platform's inputs are read when the review is held)
  if (
    !overview.mayRecord &&
    !overview.mayVerify &&
    !overview.review &&
    !overview.verification &&
    overview.actions.length === 0
  )
    return (
      <Flex vertical gap={8} data-testid="management-review-section">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('managementReview.title')}
        </Typography.Title>
        <Typography.Text type="secondary" data-testid="review-none">
          {t('managementReview.notHeld')}
        </Typography.Text>
      </Flex>
    );
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
