/** "/" sends each role to its home; an enterprise contact with one file goes straight to it. */
import { Navigate } from 'react-router';
import { activeMembership, useSession } from '../lib/session';
import { useParticipationList } from '../features/participations/api/participations';
import { ErrorAlert } from '../components/ErrorAlert';
import { FullPageSpin } from '../components/FullPageSpin';
import { homePathFor } from './navigation';

function EnterpriseHome() {
  const list = useParticipationList({ page: 1, pageSize: 2 });
  if (list.isPending) return <FullPageSpin />;
  if (list.isError) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  const only = list.data.total === 1 ? list.data.items[0] : undefined;
  return <Navigate to={only ? `/participations/${only.id}` : '/participations'} replace />;
}

export function HomeRedirect() {
  const { data } = useSession();
  const membership = activeMembership(data);
  if (!membership) return <FullPageSpin />;
  if (membership.role === 'enterprise_contact') return <EnterpriseHome />;
  return <Navigate to={homePathFor(membership.role)} replace />;
}
