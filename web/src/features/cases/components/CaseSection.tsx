/** The excellent case on an enterprise's file (003 §6.10): the editor for its writers, the case as read for others. */
import { Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useParticipationCase } from '../api/cases';
import { CaseEditor } from './CaseEditor';
import { CaseReader } from './CaseReader';

export function CaseSection({ participationId }: { participationId: string }) {
  const { t } = useTranslation();
  const q = useParticipationCase(participationId);
  if (q.isPending) return <FullPageSpin />;
  if (q.isError) return <ErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  const data = q.data;
  // the editor is keyed by the version so a saved or returned case starts from what the server holds
  if (data.mayWrite) return <CaseEditor key={`${data.case?.id ?? 'new'}`} data={data} />;
  if (data.case) return <CaseReader view={data.case} />;
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={<Typography.Text type="secondary">{t('cases.none')}</Typography.Text>}
    />
  );
}
