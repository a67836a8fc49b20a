/**
 * /participations/:id/survey — the survey editor of a participation: composes the participation (its stage, who
 * acts) and the survey's server copy, then hands both to the survey feature's editor.
 */
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { useParticipation } from '../../features/participations/api/participations';
import { useSurvey } from '../../features/survey/api/survey';
import { SurveyEditor } from '../../features/survey/components/SurveyEditor';

export default function SurveyPage() {
  const { id } = useParams();
  const participation = useParticipation(id);
  const survey = useSurvey(id, { fresh: true });
  if (participation.isPending || survey.isPending) return <FullPageSpin />;
  if (participation.isError)
    return <ErrorAlert error={participation.error} onRetry={() => void participation.refetch()} />;
  if (survey.isError && !survey.data) return <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />;
  // wait for the server's latest copy unless it cannot be had (offline: the cached one)
  if (!survey.isFetchedAfterMount && !survey.isError && survey.fetchStatus === 'fetching') return <FullPageSpin />;
  // the editor starts from the copy loaded now; later server copies come through its own saves
  return <SurveyEditor key={participation.data.id} detail={participation.data} view={survey.data} />;
}
