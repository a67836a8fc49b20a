/**
 * The survey on the enterprise's file: status, progress, last save, whether this device holds a
 * draft not yet on the server, and the way into the survey screen (to fill in, or to read).
 */
import { Button, Card, Flex, Progress, Tag, Typography } from 'antd';
import { FormOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { formatDateTime } from '../../../lib/format';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useSurvey } from '../api/survey';
import { browserStorage, readDraft } from '../../../lib/survey-draft';

const STATUS_COLORS = { none: 'default', draft: 'blue', completed: 'green' } as const;

export function SurveyCard({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const survey = useSurvey(detail.id);
  const local = readDraft(browserStorage(), detail.id);

  return (
    <Card size="small" title={t('survey.title')} data-testid="survey-card">
      {survey.isPending ? (
        <FullPageSpin />
      ) : survey.isError ? (
        <ErrorAlert error={survey.error} onRetry={() => void survey.refetch()} />
      ) : (
        <Flex vertical gap={8}>
          <Flex gap={8} wrap align="center">
            <Tag
              color={STATUS_COLORS[survey.data.status]}
              data-testid="survey-status"
              data-status={survey.data.status}
              style={{ marginInlineEnd: 0 }}
            >
              {t(`survey.status_${survey.data.status}`)}
            </Tag>
            {survey.data.updatedAt ? (
              <Typography.Text type="secondary">
                {t('survey.updatedAt', { at: formatDateTime(survey.data.updatedAt) })}
              </Typography.Text>
            ) : null}
            {survey.data.editable && local?.dirty ? (
              <Tag color="orange" data-testid="survey-local-draft" style={{ marginInlineEnd: 0 }}>
                {t('survey.localDraft')}
              </Tag>
            ) : null}
          </Flex>
          <Flex gap={8} align="center">
            <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
              {t('survey.progress', { answered: survey.data.progress.answered, total: survey.data.progress.total })}
            </Typography.Text>
            <Progress
              percent={
                survey.data.progress.total
                  ? Math.round((survey.data.progress.answered / survey.data.progress.total) * 100)
                  : 0
              }
              size="small"
              style={{ margin: 0, flex: 1 }}
            />
          </Flex>
          <div>
            <Link to={`/participations/${detail.id}/survey`}>
              <Button
                type={survey.data.editable ? 'primary' : 'default'}
                icon={survey.data.editable ? <FormOutlined /> : <EyeOutlined />}
                data-testid="survey-open"
              >
                {survey.data.editable ? t('survey.open') : t('survey.view')}
              </Button>
            </Link>
          </div>
        </Flex>
      )}
    </Card>
  );
}
