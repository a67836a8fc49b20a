/**
 * 内部审核报告 (reference §5; 000 §二(4) "内审应重点关注解决前期调研发现的主要问题的有效性"): the summary, the
 * conclusion and a response to every pain point the diagnosis found; completing the audit needs them all (the
 * server says which is missing). Once completed the report shows read-only with its Word download.
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Flex, Input, List, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { internalAudit, type InternalAuditOverview } from '../../../../../contracts/internal-audit';
import { errorText } from '../../../components/ErrorAlert';
import { useApiDownload } from '../../../lib/download';
import { useCompleteAudit } from '../api/internal-audit';
import { Field } from '../../../components/FormField';

type PainPoint = InternalAuditOverview['painPoints'][number];

function usePainPointName() {
  const { i18n } = useTranslation();
  return (p: PainPoint) => (i18n.language.startsWith('zh') ? p.zh : p.en);
}

function CompleteForm({ participationId, overview }: { participationId: string; overview: InternalAuditOverview }) {
  const { t } = useTranslation();
  const complete = useCompleteAudit();
  const name = usePainPointName();
  const [summary, setSummary] = useState('');
  const [conclusion, setConclusion] = useState('');
  const [responses, setResponses] = useState<Record<string, string>>({});
  const submit = () =>
    complete.mutate({
      params: { id: participationId },
      body: {
        summary,
        conclusion,
        painPoints: overview.painPoints.map((p) => ({ ref: p.ref, response: responses[p.ref] ?? '' })),
        version: overview.audit!.version,
      },
    });
  return (
    <Flex vertical gap={12} data-testid="audit-complete-form">
      {complete.isError ? (
        <Alert type="error" showIcon title={errorText(complete.error)} data-testid="audit-complete-error" />
      ) : null}
      <Field label={t('internalAudit.summary')} required>
        <Input.TextArea
          rows={3}
          maxLength={4000}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          data-testid="audit-summary"
        />
      </Field>
      <Field label={t('internalAudit.conclusion')} required>
        <Input.TextArea
          rows={2}
          maxLength={2000}
          value={conclusion}
          onChange={(e) => setConclusion(e.target.value)}
          data-testid="audit-conclusion"
        />
      </Field>
      <Typography.Text strong>{t('internalAudit.painPoints')}</Typography.Text>
      {overview.painPoints.length === 0 ? (
        <Typography.Text type="secondary">{t('internalAudit.noPainPoints')}</Typography.Text>
      ) : null}
      {overview.painPoints.map((p, i) => (
        <Flex key={p.ref} vertical gap={4} data-testid={`audit-pain-point-${i}`}>
          <Typography.Text>
            {i + 1}. {name(p)}
          </Typography.Text>
          {p.detail ? <Typography.Text type="secondary">{p.detail}</Typography.Text> : null}
          <Input.TextArea
            rows={2}
            maxLength={2000}
            placeholder={t('internalAudit.response')}
            value={responses[p.ref] ?? ''}
            onChange={(e) => setResponses((r) => ({ ...r, [p.ref]: e.target.value }))}
            data-testid={`audit-pain-point-${i}-response`}
          />
        </Flex>
      ))}
      <div>
        <Button type="primary" onClick={submit} loading={complete.isPending} data-testid="audit-complete">
          {t('internalAudit.complete')}
        </Button>
      </div>
    </Flex>
  );
}

export function AuditReportCard({
  participationId,
  overview,
}: {
  participationId: string;
  overview: InternalAuditOverview;
}) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  const name = usePainPointName();
  const audit = overview.audit;
  if (!audit) return null;
  const report = audit.report;
  const names = new Map(overview.painPoints.map((p) => [p.ref, name(p)]));
  return (
    <Card
      size="small"
      title={t('internalAudit.report')}
      data-testid="audit-report-card"
      extra={
        audit.status === 'completed' ? (
          <Button
            size="small"
            icon={<DownloadOutlined />}
            loading={pending}
            onClick={() =>
              download(internalAudit.reportDocx, { params: { id: participationId } }, 'internal-audit-report.docx')
            }
            data-testid="audit-report-docx"
          >
            {t('internalAudit.downloadReport')}
          </Button>
        ) : null
      }
    >
      {audit.status === 'completed' && report ? (
        <Flex vertical gap={8} data-testid="audit-report">
          <Alert
            type="success"
            showIcon
            title={t('internalAudit.completed', { on: audit.completedOn ?? '' })}
            data-testid="audit-completed"
          />
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 's', label: t('internalAudit.summary'), children: report.summary },
              { key: 'c', label: t('internalAudit.conclusion'), children: report.conclusion },
            ]}
          />
          <List
            size="small"
            header={<Typography.Text strong>{t('internalAudit.painPoints')}</Typography.Text>}
            dataSource={report.painPoints}
            renderItem={(p) => (
              <List.Item>
                <Flex vertical gap={2}>
                  <Typography.Text>{names.get(p.ref) ?? p.ref}</Typography.Text>
                  <Typography.Text type="secondary">{p.response}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </Flex>
      ) : overview.mayWrite ? (
        <CompleteForm participationId={participationId} overview={overview} />
      ) : (
        <Typography.Text type="secondary">{t('internalAudit.planned')}</Typography.Text>
      )}
    </Card>
  );
}
