/**
 * The enterprise's one file (一企一档): facts, screening, the survey, the diagnosis report and the
 * plan (from assignment on), assistance, milestones, timeline, history, actions. A section navigation
 * (sticky, also on a phone) leads to each part; the parts of stages already passed start collapsed, and so does a
 * part whose stage is still ahead (the evaluation while the system operates).
 */
import { useState, type ReactNode } from 'react';
import { Anchor, Col, Collapse, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { roleHasPermission } from '../../../../domain/access/permissions.js';
import { screening as screeningContract } from '../../../../contracts/screening';
import { plans as plansContract } from '../../../../contracts/plans';
import { mayCall } from '../../lib/session';
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
import { SurveyCard } from '../../features/survey/components/SurveyCard';
import { DiagnosisSection } from '../../features/diagnosis/components/DiagnosisSection';
import { PlanSection } from '../../features/plans/components/PlanSection';
import { ImplementationSection } from '../../features/implementation/components/ImplementationSection';
import { RecordTimeline } from '../../features/participations/components/RecordTimeline';
import { implementation as implementationContract } from '../../../../contracts/implementation';
import { EnterpriseAccountCard } from '../../features/accounts/components/EnterpriseAccountCard';
import { accounts } from '../../../../contracts/accounts';
import { evaluation as evaluationContract } from '../../../../contracts/evaluation';
import { EvaluationSection } from '../../features/evaluation/components/EvaluationSection';
import { internalAudit as internalAuditContract } from '../../../../contracts/internal-audit';
import { managementReview as managementReviewContract } from '../../../../contracts/management-review';
import { InternalAuditSection } from '../../features/internal-audit/components/InternalAuditSection';
import { ManagementReviewSection } from '../../features/management-review/components/ManagementReviewSection';
import { certification as certificationContract } from '../../../../contracts/certification';
import { CertificationSection } from '../../features/certification/components/CertificationSection';
import { CaseSection } from '../../features/cases/components/CaseSection';
import { cases as casesContract } from '../../../../contracts/cases';
import { qmsDocuments as qmsDocumentsContract } from '../../../../contracts/qms-documents';
import { QmsDocumentsSection } from '../../features/qms-documents/components/QmsDocumentsSection';
import { mainPathIndex, type Stage } from '../../../../domain/lifecycle/stages.js';

/** The survey, diagnosis and plan exist from assignment on (and stay visible after a withdrawal). */
const ASSIGNED = mainPathIndex('assigned');
/** The implementation records exist from the agreed plan on (003 §6.7). */
const PLAN_AGREED = mainPathIndex('plan_agreed');
/** The enterprise contact's account exists from selection on (enterprise onboarding). */
const SELECTED = mainPathIndex('selected');
/** The height of the sticky section navigation: a jump lands below it. */
const NAV_OFFSET = 56;

/** A part of the file with its anchor; a finished part, or one whose stage is ahead, starts folded under its title. */
function FileSection(props: { id: string; title: string; finished: boolean; ahead?: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const folded = props.finished || props.ahead === true;
  const [open, setOpen] = useState(!folded);
  if (!folded)
    return (
      <section id={props.id} data-testid={`file-section-${props.id}`} style={{ scrollMarginTop: NAV_OFFSET }}>
        <Flex vertical gap={16}>
          {props.children}
        </Flex>
      </section>
    );
  return (
    <section
      id={props.id}
      data-testid={`file-section-${props.id}`}
      data-collapsed={String(!open)}
      style={{ scrollMarginTop: NAV_OFFSET }}
    >
      <Collapse
        activeKey={open ? ['body'] : []}
        onChange={(keys) => setOpen(keys.length > 0)}
        items={[
          {
            key: 'body',
            label: (
              <Flex gap={8} wrap align="baseline">
                <Typography.Text strong>{props.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {t(props.finished ? 'participation.sectionFinished' : 'participation.sectionAhead')}
                </Typography.Text>
              </Flex>
            ),
            children: (
              <Flex vertical gap={16}>
                {props.children}
              </Flex>
            ),
          },
        ]}
      />
    </section>
  );
}

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
  const at = mainPathIndex(detail.stage as Stage);
  const assisted = at >= ASSIGNED || detail.stage === 'withdrawn';
  // a stage is passed once the file is beyond it on the main path (side exits keep everything open);
  // the screening stays open while selected: its outcome is the news of that stage
  const passed = (stage: Stage) => at > mainPathIndex(stage);
  const showScreening = mayCall(detail.actingRole, screeningContract.get);
  const showSurvey = assisted && roleHasPermission(detail.actingRole, 'survey:read');
  const showPlan = assisted && mayCall(detail.actingRole, plansContract.overview);
  const showImplementation =
    (at >= PLAN_AGREED || (detail.stage === 'withdrawn' && detail.records.length > 0)) &&
    mayCall(detail.actingRole, implementationContract.overview);
  // 000 §二(4); 003 §6.8.1: the internal audit and the management review from operation on
  const operatingOrLater = at >= mainPathIndex('operating');
  const showAudit = operatingOrLater && mayCall(detail.actingRole, internalAuditContract.get);
  const showReview = operatingOrLater && mayCall(detail.actingRole, managementReviewContract.get);
  // 001 annex 体系建设: the QMS document register from the start of implementation
  const showQmsDocuments =
    (at >= mainPathIndex('implementing') || (detail.stage === 'withdrawn' && detail.records.length > 0)) &&
    mayCall(detail.actingRole, qmsDocumentsContract.register);
  // 003 §6.9: the acceptance evaluation from operation on (the panel is formed before the review ends)
  const showEvaluation = at >= mainPathIndex('operating') && mayCall(detail.actingRole, evaluationContract.view);
  // 002 step 9 (optional): an enterprise already certified records its certificate once its QMS operates (as its
  // audit and review are verified then); the application follows the evaluation
  const showCertification = operatingOrLater && mayCall(detail.actingRole, certificationContract.get);
  // 003 §6.10: the excellent case follows the evaluation
  const showCase = at >= mainPathIndex('evaluated') && mayCall(detail.actingRole, casesContract.ofParticipation);
  const sections = [
    { key: 'enterprise', title: t('participation.enterpriseInfo'), show: true },
    { key: 'screening', title: t('screening.title'), show: showScreening },
    { key: 'survey', title: t('survey.title'), show: showSurvey },
    { key: 'plan', title: t('plan.title'), show: showPlan },
    { key: 'implementation', title: t('implementation.title'), show: showImplementation },
    { key: 'qms-documents', title: t('qmsDocuments.title'), show: showQmsDocuments },
    { key: 'audit-review', title: t('participation.sectionAuditReview'), show: showAudit || showReview },
    { key: 'evaluation', title: t('evaluation.title'), show: showEvaluation },
    { key: 'certification', title: t('certification.title'), show: showCertification },
    { key: 'case', title: t('cases.title'), show: showCase },
    { key: 'progress', title: t('participation.sectionProgress'), show: true },
    { key: 'history', title: t('participation.events'), show: true },
  ].filter((s) => s.show);

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
      <nav
        aria-label={t('participation.sections')}
        data-testid="file-sections-nav"
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 20,
          background: '#f5f7fa',
          margin: '0 -8px',
          padding: '0 8px',
          overflowX: 'auto',
        }}
      >
        <Anchor
          direction="horizontal"
          affix={false}
          targetOffset={NAV_OFFSET}
          items={sections.map((s) => ({ key: s.key, href: `#${s.key}`, title: s.title }))}
        />
      </nav>
      <CommandBar detail={detail} screeningIneligible={screening.data?.summary.outcome === 'ineligible'} />
      <FileSection id="enterprise" title={t('participation.enterpriseInfo')} finished={false}>
        <EnterpriseInfo detail={detail} />
      </FileSection>
      {showScreening ? (
        <FileSection id="screening" title={t('screening.title')} finished={passed('selected')}>
          <ScreeningPanel detail={detail} />
        </FileSection>
      ) : null}
      {mainPathIndex(detail.stage as Stage) >= SELECTED && mayCall(detail.actingRole, accounts.enterpriseAccount) ? (
        <EnterpriseAccountCard participationId={detail.id} />
      ) : null}
      {showSurvey ? (
        <FileSection id="survey" title={t('survey.title')} finished={passed('assigned')}>
          <SurveyCard detail={detail} />
          <DiagnosisSection detail={detail} />
        </FileSection>
      ) : null}
      {showPlan ? (
        <FileSection id="plan" title={t('plan.title')} finished={passed('implementing')}>
          <PlanSection detail={detail} />
        </FileSection>
      ) : null}
      {showImplementation ? (
        <FileSection id="implementation" title={t('implementation.title')} finished={passed('reviewed')}>
          <ImplementationSection detail={detail} />
        </FileSection>
      ) : null}
      {showQmsDocuments ? (
        // 001 annex: 体系建设 is the work of implementation; once the QMS operates the register is folded (kept up inside)
        <FileSection id="qms-documents" title={t('qmsDocuments.title')} finished={passed('implementing')}>
          <QmsDocumentsSection participationId={detail.id} />
        </FileSection>
      ) : null}
      {showAudit || showReview ? (
        <FileSection id="audit-review" title={t('participation.sectionAuditReview')} finished={passed('reviewed')}>
          {showAudit ? <InternalAuditSection participationId={detail.id} /> : null}
          {showReview ? <ManagementReviewSection participationId={detail.id} actingRole={detail.actingRole} /> : null}
        </FileSection>
      ) : null}
      {showEvaluation ? (
        <FileSection
          id="evaluation"
          title={t('evaluation.title')}
          finished={false}
          ahead={at < mainPathIndex('reviewed')}
        >
          <EvaluationSection participationId={detail.id} />
        </FileSection>
      ) : null}
      {showCertification ? (
        <FileSection id="certification" title={t('certification.title')} finished={false}>
          <CertificationSection participationId={detail.id} />
        </FileSection>
      ) : null}
      {showCase ? (
        <FileSection id="case" title={t('cases.title')} finished={false}>
          <CaseSection participationId={detail.id} />
        </FileSection>
      ) : null}
      <FileSection id="progress" title={t('participation.sectionProgress')} finished={false}>
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Flex vertical gap={16}>
              <LifecycleTimeline timeline={detail.timeline} />
              <RecordTimeline records={detail.records} />
            </Flex>
          </Col>
          <Col xs={24} lg={14}>
            <Flex vertical gap={16}>
              <AssistanceInfo detail={detail} />
              <Milestones milestones={detail.milestones} />
            </Flex>
          </Col>
        </Row>
      </FileSection>
      <FileSection id="history" title={t('participation.events')} finished={false}>
        <EventHistory events={detail.events} />
      </FileSection>
    </PageShell>
  );
}
