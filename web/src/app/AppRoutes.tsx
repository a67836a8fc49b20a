/**
 * The public registration page (/apply) and the activation page (/activate) need no login. Otherwise: signed out → login; must change
 * password → only that; else the shell with its pages.
 */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../lib/session';
import { LoginPage } from '../features/auth/components/LoginPage';
import { ForcedPasswordChangePage } from '../features/auth/components/ForcedPasswordChangePage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FullPageSpin } from '../components/FullPageSpin';
import { NotFoundPage } from '../components/NotFoundPage';
import { RequirePermission } from '../components/RequirePermission';
import { accounts } from '../../../contracts/accounts';
import { cases } from '../../../contracts/cases';
import { AppLayout } from './AppLayout';
import { HomeRedirect } from './HomeRedirect';

const CampaignListPage = lazy(() => import('../features/campaigns/components/CampaignListPage'));
const CampaignDetailPage = lazy(() => import('./routes/CampaignDetailPage'));
const CampaignFormPage = lazy(() => import('../features/campaigns/components/form/CampaignFormPage'));
const RosterImportPage = lazy(() => import('../features/rosters/components/RosterImportPage'));
const ParticipationListPage = lazy(() => import('./routes/ParticipationListPage'));
const ParticipationDetailPage = lazy(() => import('./routes/ParticipationDetailPage'));
const SurveyPage = lazy(() => import('./routes/SurveyPage'));
const BodiesPage = lazy(() => import('../features/bodies/components/BodiesPage'));
const TrainingPage = lazy(() => import('../features/training/components/TrainingPage'));
const StatisticsPage = lazy(() => import('../features/statistics/components/StatisticsPage'));
const StageReportsPage = lazy(() => import('../features/stage-reports/components/StageReportsPage'));
const DashboardPage = lazy(() => import('../features/dashboard/components/DashboardPage'));
const SelfEvaluationPage = lazy(() => import('../features/self-evaluation/components/SelfEvaluationPage'));
const ExpertsPage = lazy(() => import('../features/experts/components/ExpertsPage'));
const AssignmentPage = lazy(() => import('../features/matching/components/AssignmentPage'));
const ImpartialityPage = lazy(() => import('./routes/ImpartialityPage'));
const EvaluationPoolPage = lazy(() => import('../features/evaluation/components/EvaluationPoolPage'));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage'));
const UsersPage = lazy(() => import('../features/accounts/components/UsersPage'));
const OrganizationsPage = lazy(() => import('../features/accounts/components/OrganizationsPage'));
const AccountImportPage = lazy(() => import('../features/accounts/components/AccountImportPage'));
const ColleaguesPage = lazy(() => import('../features/accounts/components/ColleaguesPage'));
const ActivatePage = lazy(() => import('../features/accounts/components/ActivatePage'));
const CasesPage = lazy(() => import('./routes/CasesPage'));
const AccountPage = lazy(() => import('./routes/AccountPage'));
const PublicApplyPage = lazy(() => import('../features/intake/components/PublicApplyPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route path="/apply" element={<PublicApplyPage />} />
        <Route path="/activate" element={<ActivatePage />} />
        <Route path="*" element={<SignedInRoutes />} />
      </Routes>
    </Suspense>
  );
}

function SignedInRoutes() {
  const session = useSession();
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) {
    return (
      <div style={{ maxWidth: 560, margin: '80px auto', padding: 16 }}>
        <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
      </div>
    );
  }
  if (!session.data) {
    return (
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/login" replace />} />
      </Routes>
    );
  }
  if (session.data.mustChangePassword) return <ForcedPasswordChangePage />;

  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<HomeRedirect />} />
        <Route path="login" element={<Navigate to="/" replace />} />
        <Route element={<RequirePermission permission="campaign:read" />}>
          <Route path="campaigns" element={<CampaignListPage />} />
          <Route path="campaigns/:id" element={<CampaignDetailPage />} />
        </Route>
        <Route element={<RequirePermission permission="campaign:write" />}>
          <Route path="campaigns/new" element={<CampaignFormPage />} />
          <Route path="campaigns/:id/edit" element={<CampaignFormPage />} />
        </Route>
        <Route element={<RequirePermission permission="roster:import" />}>
          <Route path="campaigns/:id/roster" element={<RosterImportPage />} />
        </Route>
        <Route element={<RequirePermission permission="participation:read" />}>
          <Route path="participations" element={<ParticipationListPage />} />
          <Route path="participations/:id" element={<ParticipationDetailPage />} />
        </Route>
        <Route element={<RequirePermission permission="survey:read" />}>
          <Route path="participations/:id/survey" element={<SurveyPage />} />
        </Route>
        <Route element={<RequirePermission permission="body:read" />}>
          <Route path="certification-bodies" element={<BodiesPage />} />
          <Route path="training" element={<TrainingPage />} />
          <Route path="self-evaluation" element={<SelfEvaluationPage />} />
        </Route>
        <Route element={<RequirePermission permission="statistics:read" />}>
          <Route path="statistics" element={<StatisticsPage />} />
        </Route>
        <Route element={<RequirePermission permission="stage_report:read" />}>
          <Route path="stage-reports" element={<StageReportsPage />} />
        </Route>
        <Route element={<RequirePermission permission="dashboard:read" />}>
          <Route path="dashboard" element={<DashboardPage />} />
        </Route>
        <Route element={<RequirePermission permission="expert:write" />}>
          <Route path="experts" element={<ExpertsPage />} />
        </Route>
        <Route element={<RequirePermission permission="working_group:write" />}>
          <Route path="working-groups/:id/assignment" element={<AssignmentPage />} />
        </Route>
        <Route element={<RequirePermission permission="evaluation:panel" />}>
          <Route path="evaluation" element={<EvaluationPoolPage />} />
        </Route>
        <Route element={<RequirePermission permission="impartiality:report" />}>
          <Route path="impartiality" element={<ImpartialityPage />} />
        </Route>
        <Route element={<RequirePermission permission={cases.library.spec.permission} />}>
          <Route path="cases" element={<CasesPage />} />
        </Route>
        <Route element={<RequirePermission permission="audit:read" />}>
          <Route path="audit" element={<AuditPage />} />
        </Route>
        <Route element={<RequirePermission permission={accounts.list.spec.permission} />}>
          <Route path="users" element={<UsersPage />} />
          <Route path="colleagues" element={<ColleaguesPage />} />
        </Route>
        <Route element={<RequirePermission permission={accounts.organizations.spec.permission} />}>
          <Route path="organizations" element={<OrganizationsPage />} />
        </Route>
        <Route element={<RequirePermission permission={accounts.import.spec.permission} />}>
          <Route path="users/import" element={<AccountImportPage />} />
        </Route>
        <Route path="account/password" element={<AccountPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
