/** Signed out → login; must change password → only that; otherwise the shell with its pages. */
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useSession } from '../features/auth/api/session';
import { LoginPage } from '../features/auth/components/LoginPage';
import { ForcedPasswordChangePage } from '../features/auth/components/ForcedPasswordChangePage';
import { ErrorAlert } from '../components/ErrorAlert';
import { FullPageSpin } from '../components/FullPageSpin';
import { NotFoundPage } from '../components/NotFoundPage';
import { RequirePermission } from '../components/RequirePermission';
import { AppLayout } from './AppLayout';
import { HomeRedirect } from './HomeRedirect';

const CampaignListPage = lazy(() => import('../features/campaigns/components/CampaignListPage'));
const CampaignDetailPage = lazy(() => import('../features/campaigns/components/CampaignDetailPage'));
const ParticipationListPage = lazy(() => import('../features/participations/components/ParticipationListPage'));
const ParticipationDetailPage = lazy(() => import('../features/participations/components/ParticipationDetailPage'));
const AuditPage = lazy(() => import('../features/audit/components/AuditPage'));
const UsersPage = lazy(() => import('../features/admin/components/UsersPage'));
const ChangePasswordPage = lazy(() => import('../features/auth/components/ChangePasswordPage'));

export function AppRoutes() {
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
    <Suspense fallback={<FullPageSpin />}>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="login" element={<Navigate to="/" replace />} />
          <Route element={<RequirePermission permission="campaign:read" />}>
            <Route path="campaigns" element={<CampaignListPage />} />
            <Route path="campaigns/:id" element={<CampaignDetailPage />} />
          </Route>
          <Route element={<RequirePermission permission="participation:read" />}>
            <Route path="participations" element={<ParticipationListPage />} />
            <Route path="participations/:id" element={<ParticipationDetailPage />} />
          </Route>
          <Route element={<RequirePermission permission="audit:read" />}>
            <Route path="audit" element={<AuditPage />} />
          </Route>
          <Route element={<RequirePermission permission="user:read" />}>
            <Route path="users" element={<UsersPage />} />
          </Route>
          <Route path="account/password" element={<ChangePasswordPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
