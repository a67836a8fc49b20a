/**
 * The enterprise's one file (一企一档): facts, screening, the survey, the diagnosis report and the
 * plan (from assignment on), assistance, milestones, timeline, history, actions.
 */
import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { roleHasPermission } from '../../../../domain/access/permissions.js';
import { PageShell } from '../../components/PageShell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { StageTag } from '../../components/StageTag';
import { useParticipation } from '../../features/participations/api/participations';
import { AssistanceInfo } from '../../features/participations/components/AssistanceInfo';
import { CommandBar } from '../../features/participations/components/command/CommandBar';
import { EnterpriseInfo } from '../../features/participations/components/EnterpriseInfo';
import { EventHistory } from '../../features/participations/components/EventHistory';
import { LifecycleTimeline } from '../../features/participations/components/LifecycleTimeline';
import { Milestones } from '../../features/participations/components/Milestones';
import { ScreeningPanel } from '../../features/screening/components/ScreeningPanel';
import { useScreening } from '../../features/screening/api/screening';
import { screening as screeningContract } from '../../../../contracts/screening';
import { mayCall } from '../../lib/session';
import { SurveyCard } from '../../features/survey/components/SurveyCard';
import { DiagnosisSection } from '../../features/diagnosis/components/DiagnosisSection';
import { PlanSection } from '../../features/plans/components/PlanSection';
import { EnterpriseAccountCard } from '../../features/accounts/components/EnterpriseAccountCard';
import { accounts } from '../../../../contracts/accounts';
import { mayCall } from '../../lib/session';
import { mainPathIndex, type Stage } from '../../../../domain/lifecycle/stages.js';

/** The survey, diagnosis and plan exist from assignment on (and stay visible after a withdrawal). */
const ASSIGNED = mainPathIndex('assigned');
/** The enterprise contact's account exists from selection on (enterprise onboarding). */
const SELECTED = mainPathIndex('selected');

export default function ParticipationDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const participation = useParticipation(id);
  // the screen command asks for a reason when the screening found the enterprise not eligible
  const screenable = participation.data?.availableCommands.includes('screen') ?? false;
  const screening = useScreening(
    id ?? '',
    screenable && mayCall(participation.data!.actingRole, screeningContract.get),
  );
  if (participation.isPending) return <FullPageSpin />;
  if (participation.isError)
    return <ErrorAlert error={participation.error} onRetry={() => void participation.refetch()} />;
  const detail = participation.data;
  const assisted = mainPathIndex(detail.stage as Stage) >= ASSIGNED || detail.stage === 'withdrawn';

  return (
    <PageShell
      title={<span data-testid="enterprise-name">{detail.enterprise.name}</span>}
      subtitle={<StageTag stage={detail.stage} testId="stage-tag" />}
      backTo={detail.actingRole === 'enterprise_contact' ? undefined : '/participations'}
    >
      <Flex gap={8} wrap style={{ marginTop: -8 }}>
        <Typography.Text type="secondary">{t('participation.campaign')}</Typography.Text>
        <Link to={`/campaigns/${detail.campaign.id}`}>{detail.campaign.name}</Link>
      </Flex>
      <CommandBar detail={detail} screeningIneligible={screening.data?.summary.outcome === 'ineligible'} />
      <EnterpriseInfo detail={detail} />
      <ScreeningPanel detail={detail} />
      {mainPathIndex(detail.stage as Stage) >= SELECTED && mayCall(detail.actingRole, accounts.enterpriseAccount) ? (
        <EnterpriseAccountCard participationId={detail.id} />
      ) : null}
      {assisted && roleHasPermission(detail.actingRole, 'survey:read') ? (
        <>
          <SurveyCard detail={detail} />
          <DiagnosisSection detail={detail} />
        </>
      ) : null}
      {assisted ? <PlanSection detail={detail} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <LifecycleTimeline timeline={detail.timeline} />
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <AssistanceInfo detail={detail} />
            <Milestones milestones={detail.milestones} />
          </Flex>
        </Col>
      </Row>
      <EventHistory events={detail.events} />
    </PageShell>
  );
}
