/**
 * One stage report: the lower level's editor (figures from the data, text, attachments, submit; the return reason)
 * or the upper level's read-only view with the return for revision; the history of versions below.
 */
import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Drawer, Flex, Input, List, Space, Tag, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { stageReports, type StageReport } from '../../../../../contracts/stage-reports';
import { ErrorAlert, errorText } from '../../../components/ErrorAlert';
import { useApiDownload } from '../../../lib/download';
import { formatDateTime } from '../../../lib/format';
import {
  useAttachToReport,
  useOwnReport,
  useReport,
  useReturnReport,
  useSaveReport,
  useSubmitReport,
} from '../api/stage-reports';
import { FiguresTable } from './FiguresTable';
import { ReportStatusTag } from './ReportStatusTag';

export type ReportTarget = { kind: 'own'; campaignId: string; dueOn: string } | { kind: 'byId'; id: string };

export function ReportDrawer({ target, onClose }: { target: ReportTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const own = useOwnReport(
    target?.kind === 'own' ? target.campaignId : '',
    target?.kind === 'own' ? target.dueOn : '',
    target?.kind === 'own',
  );
  const byId = useReport(target?.kind === 'byId' ? target.id : null);
  const query = target?.kind === 'own' ? own : byId;
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      width="min(760px, 100vw)"
      title={t('stageReports.report')}
      destroyOnHidden
      data-testid="report-drawer"
    >
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {query.data ? <ReportBody report={query.data} /> : null}
    </Drawer>
  );
}

function ReportBody({ report }: { report: StageReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [text, setText] = useState(report.text);
  const [reason, setReason] = useState('');
  useEffect(() => setText(report.text), [report.text]);
  const save = useSaveReport();
  const submit = useSubmitReport();
  const giveBack = useReturnReport();
  const attach = useAttachToReport(report.campaignId, report.dueOn);
  const { download } = useApiDownload();
  const latest = report.versions[0];
  const params = { id: report.campaignId, dueOn: report.dueOn };
  const figures = report.draftFigures ?? latest?.figures ?? null;
  const fail = (error: unknown) => void message.error(errorText(error));
  const saveDraft = () => save.mutateAsync({ params, body: { text } });
  const attachmentLink = (a: { id: string; fileName: string }) =>
    report.id ? (
      <Button
        type="link"
        size="small"
        icon={<PaperClipOutlined />}
        onClick={() =>
          download(stageReports.attachment, { params: { id: report.id!, attachmentId: a.id } }, a.fileName)
        }
      >
        {a.fileName}
      </Button>
    ) : (
      a.fileName
    );

  return (
    <Flex vertical gap={16}>
      <Flex wrap gap={8} align="center">
        <Typography.Text strong>{report.organizationName}</Typography.Text>
        <ReportStatusTag status={report.status} testId="report-status" />
        <Typography.Text type="secondary">
          {t('stageReports.dueOn', { date: report.dueOn })} · {t('stageReports.to', { name: report.receiverName })}
        </Typography.Text>
      </Flex>
      {report.state === 'returned' && latest?.returnReason ? (
        <Alert
          type="warning"
          showIcon
          data-testid="report-return-reason"
          message={t('stageReports.returnedBecause', { reason: latest.returnReason })}
        />
      ) : null}
      <Card
        size="small"
        title={report.draftFigures ? t('stageReports.figuresDraft') : t('stageReports.figuresSubmitted')}
      >
        {figures ? (
          <FiguresTable figures={figures} />
        ) : (
          <Typography.Text type="secondary">{t('stageReports.noFigures')}</Typography.Text>
        )}
      </Card>
      <Card size="small" title={t('stageReports.text')}>
        {report.mayEdit ? (
          <Input.TextArea
            value={text}
            onChange={(e) => setText(e.target.value)}
            autoSize={{ minRows: 6, maxRows: 16 }}
            aria-label={t('stageReports.text')}
            data-testid="report-text"
          />
        ) : (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="report-text-read">
            {report.text}
          </Typography.Paragraph>
        )}
      </Card>
      <Card size="small" title={t('stageReports.attachments')}>
        <Flex vertical gap={8}>
          {report.attachments.length ? (
            report.attachments.map((a) => <div key={a.id}>{attachmentLink(a)}</div>)
          ) : (
            <Typography.Text type="secondary">{t('stageReports.noAttachments')}</Typography.Text>
          )}
          {report.mayEdit ? (
            <Upload
              showUploadList={false}
              beforeUpload={(file) => {
                attach.mutate(file, { onError: fail });
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={attach.isPending} data-testid="report-attach">
                {t('stageReports.attach')}
              </Button>
            </Upload>
          ) : null}
        </Flex>
      </Card>
      {report.mayEdit ? (
        <Space wrap>
          <Button
            data-testid="report-save"
            loading={save.isPending}
            onClick={() => saveDraft().then(() => void message.success(t('stageReports.saved')), fail)}
          >
            {t('stageReports.save')}
          </Button>
          <Button
            type="primary"
            data-testid="report-submit"
            loading={submit.isPending || save.isPending}
            onClick={() =>
              saveDraft()
                .then(() => submit.mutateAsync({ params }))
                .then(() => void message.success(t('stageReports.submitted')), fail)
            }
          >
            {t('stageReports.submit')}
          </Button>
        </Space>
      ) : null}
      {report.mayReturn ? (
        <Card size="small" title={t('stageReports.returnTitle')}>
          <Flex vertical gap={8}>
            <Input.TextArea
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 6 }}
              aria-label={t('stageReports.returnReason')}
              placeholder={t('stageReports.returnReason')}
              data-testid="report-return-text"
            />
            <div>
              <Button
                danger
                data-testid="report-return"
                loading={giveBack.isPending}
                onClick={() =>
                  giveBack
                    .mutateAsync({ params: { id: report.id! }, body: { reason } })
                    .then(() => void message.success(t('stageReports.returned')), fail)
                }
              >
                {t('stageReports.return')}
              </Button>
            </div>
          </Flex>
        </Card>
      ) : null}
      <Card size="small" title={t('stageReports.history', { count: report.versions.length })}>
        <List
          dataSource={report.versions}
          locale={{ emptyText: t('stageReports.noVersions') }}
          data-testid="report-versions"
          renderItem={(v) => (
            <List.Item data-testid={`report-version-${v.version}`}>
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Flex wrap gap={8} align="center">
                  <Typography.Text strong>{t('stageReports.version', { n: v.version })}</Typography.Text>
                  <Typography.Text type="secondary">
                    {formatDateTime(v.submittedAt)} · {v.submittedBy}
                  </Typography.Text>
                  {v.late ? <Tag color="volcano">{t('stageReports.lateTag')}</Tag> : null}
                  {v.returnReason ? <Tag color="orange">{t('stageReports.status.returned')}</Tag> : null}
                </Flex>
                <Typography.Paragraph
                  style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
                  ellipsis={{ rows: 3, expandable: true }}
                >
                  {v.text}
                </Typography.Paragraph>
                {v.returnReason ? (
                  <Typography.Text type="warning">
                    {t('stageReports.returnedBy', {
                      name: v.returnedBy ?? '',
                      at: formatDateTime(v.returnedAt),
                      reason: v.returnReason,
                    })}
                  </Typography.Text>
                ) : null}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}
