/**
 * 认证提升企业质量诊断报告 on the enterprise's file (003 §6.5.8, Annex B.1): the assistance expert
 * generates it from the completed survey (with further recommendations, optionally); everyone
 * who may read it sees the report, its digest and the Word file; the enterprise contact confirms it.
 */
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Descriptions,
  Flex,
  Input,
  Popconfirm,
  Tag,
  Typography,
  type ButtonProps,
} from 'antd';
import { FileWordOutlined, ThunderboltOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { diagnosis as diagnosisContract, type DiagnosisView } from '../../../../../contracts/diagnosis';
import { survey as surveyContract } from '../../../../../contracts/survey';
import type { ParticipationDetail } from '../../../../../contracts/participations';
import { useApiQuery } from '../../../lib/api-query';
import { useMayCall } from '../../../lib/session';
import { useApiDownload } from '../../../lib/download';
import { formatDateTime } from '../../../lib/format';
import { ListEditor } from '../../../components/ListEditor';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { FileThumb } from '../../../components/files/FileThumb';
import { reportOf, useDiagnosis, useIssueDiagnosis } from '../api/diagnosis';
import { ConfirmPanel } from './ConfirmPanel';
import { DiagnosisReportView } from './DiagnosisReportView';

const STATUS_COLORS = { none: 'default', issued: 'blue', confirmed: 'green', superseded: 'default' } as const;

function IssueForm({ participationId, replaces }: { participationId: string; replaces: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const issue = useIssueDiagnosis(participationId);
  const [recommendations, setRecommendations] = useState<Array<{ text: string }>>([]);
  const send = () =>
    issue.mutate(
      {
        params: { id: participationId },
        body: { recommendations: recommendations.map((r) => r.text.trim()).filter(Boolean) },
      },
      {
        onSuccess: () => {
          setRecommendations([]);
          void message.success(t('diagnosis.issued'));
        },
        onError: (e) => void message.error(errorText(e)),
      },
    );
  const button = (
    <Button
      type={replaces ? 'default' : 'primary'}
      icon={<ThunderboltOutlined />}
      loading={issue.isPending}
      onClick={replaces ? undefined : send}
      data-testid="diagnosis-issue"
    >
      {replaces ? t('diagnosis.reissue') : t('diagnosis.issue')}
    </Button>
  );
  return (
    <Card
      size="small"
      type="inner"
      title={replaces ? t('diagnosis.reissueCardTitle') : t('diagnosis.issueTitle')}
      data-testid="diagnosis-issue-form"
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('diagnosis.recommendationsHint')}</Typography.Text>
        <ListEditor<{ text: string }>
          rows={recommendations}
          onChange={setRecommendations}
          newRow={() => ({ text: '' })}
          editable
          max={30}
          addLabel={t('diagnosis.addRecommendation')}
          testId="diagnosis-recommendation"
          renderRow={(r, i, set) => (
            <Input.TextArea
              value={r.text}
              onChange={(e) => set({ text: e.target.value })}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={1000}
              aria-label={t('diagnosis.recommendation')}
              data-testid={`diagnosis-recommendation-${i}-text`}
            />
          )}
        />
        <div>
          {replaces ? (
            <Popconfirm
              title={t('diagnosis.reissueTitle')}
              description={t('diagnosis.reissueText')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={send}
              okButtonProps={{ 'data-testid': 'diagnosis-issue-ok' } as ButtonProps}
            >
              {button}
            </Popconfirm>
          ) : (
            button
          )}
        </div>
      </Flex>
    </Card>
  );
}

function Confirmation({ confirmation }: { confirmation: NonNullable<DiagnosisView['confirmation']> }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="success"
      showIcon
      data-testid="diagnosis-confirmation"
      title={t('diagnosis.confirmedTitle')}
      description={
        <Flex vertical gap={4}>
          <span>
            {t('diagnosis.confirmedBy', {
              signer: confirmation.signer.name,
              capacity: t(`diagnosis.capacity_${confirmation.signer.capacity}`, {
                defaultValue: confirmation.signer.capacity,
              }),
              method: t(`diagnosis.method_${confirmation.method}`),
              at: formatDateTime(confirmation.confirmedAt),
              user: confirmation.confirmedByName,
            })}
          </span>
          {confirmation.scanFileId ? (
            <FileThumb fileId={confirmation.scanFileId} testId="diagnosis-scan-thumb" />
          ) : null}
        </Flex>
      }
    />
  );
}

export function DiagnosisSection({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const canRead = useMayCall(diagnosisContract.get);
  const mayIssue = useMayCall(diagnosisContract.issue);
  const mayConfirm = useMayCall(diagnosisContract.confirm);
  const diagnosis = useDiagnosis(detail.id, canRead);
  const survey = useApiQuery(surveyContract.get, { params: { id: detail.id } }, { enabled: canRead });
  const { download, pending } = useApiDownload();
  if (!canRead) return null;
  const d = diagnosis.data ?? null;
  const canIssue = Boolean(survey.data?.editable) && mayIssue && d?.status !== 'confirmed';
  const canConfirm = mayConfirm && d?.status === 'issued';
  const status = d?.status ?? 'none';
  const surveyCompleted = survey.data?.status === 'completed';

  return (
    <Card
      size="small"
      title={t('diagnosis.title')}
      data-testid="diagnosis-section"
      extra={
        <Tag
          color={STATUS_COLORS[status]}
          data-testid="diagnosis-status"
          data-status={status}
          style={{ marginInlineEnd: 0 }}
        >
          {t(`diagnosis.status_${status}`)}
        </Tag>
      }
    >
      {diagnosis.isPending ? (
        <FullPageSpin />
      ) : diagnosis.isError ? (
        <ErrorAlert error={diagnosis.error} onRetry={() => void diagnosis.refetch()} />
      ) : (
        <Flex vertical gap={12}>
          {canIssue && !surveyCompleted && !d ? (
            <Alert
              type="info"
              showIcon
              title={t('diagnosis.surveyNotCompleted')}
              data-testid="diagnosis-survey-incomplete"
            />
          ) : null}
          {canIssue && surveyCompleted && !d ? <IssueForm participationId={detail.id} replaces={false} /> : null}
          {d ? (
            <>
              <Descriptions
                size="small"
                column={{ xs: 1, md: 2 }}
                items={[
                  {
                    key: 'issued',
                    label: t('diagnosis.issuedAt'),
                    children: `${formatDateTime(d.issuedAt)} · ${d.issuedByName}`,
                  },
                  {
                    key: 'digest',
                    label: t('diagnosis.digest'),
                    children: (
                      <Typography.Text
                        code
                        copyable={{ text: d.digest }}
                        data-testid="diagnosis-digest"
                        data-digest={d.digest}
                        style={{ wordBreak: 'break-all' }}
                      >
                        {d.digest.slice(0, 16)}…
                      </Typography.Text>
                    ),
                  },
                ]}
              />
              <div>
                <Button
                  icon={<FileWordOutlined />}
                  loading={pending}
                  onClick={() => download(diagnosisContract.docx, { params: { id: detail.id } }, 'diagnosis.docx')}
                  data-testid="diagnosis-docx"
                >
                  {t('diagnosis.docx')}
                </Button>
              </div>
              {d.confirmation ? <Confirmation confirmation={d.confirmation} /> : null}
              {d.status === 'confirmed' ? (
                // confirmed: the full report stays one tap away
                <Collapse
                  size="small"
                  items={[
                    {
                      key: 'report',
                      label: <span data-testid="diagnosis-report-toggle">{t('diagnosis.fullReport')}</span>,
                      children: <DiagnosisReportView report={reportOf(d)} />,
                    },
                  ]}
                />
              ) : (
                <DiagnosisReportView report={reportOf(d)} />
              )}
              {canConfirm ? <ConfirmPanel key={d.id} detail={detail} diagnosis={d} /> : null}
              {canIssue && surveyCompleted ? <IssueForm participationId={detail.id} replaces /> : null}
              {canIssue && !surveyCompleted ? (
                <Typography.Text type="secondary">{t('diagnosis.reissueNeedsSurvey')}</Typography.Text>
              ) : null}
            </>
          ) : (
            <Typography.Text type="secondary" data-testid="diagnosis-none">
              {t('diagnosis.none')}
            </Typography.Text>
          )}
        </Flex>
      )}
    </Card>
  );
}
