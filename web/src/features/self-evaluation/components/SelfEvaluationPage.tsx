/**
 * 自评价报告 (002 Annex 2) and CNCA 报送材料 (认秘函〔2024〕58号): a bureau drafts its region's report from data, edits
 * the six sections (经验启示 with its live 500-character count) and downloads Word; a body's administrator downloads
 * its work summary and its assisted-enterprise list, one click each.
 */
import { useState } from 'react';
import { Alert, Button, Card, Flex, Input, InputNumber, Space, Typography } from 'antd';
import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { selfEvaluation } from '../../../../../contracts/self-evaluation';
import {
  INSIGHTS_CHARACTER_LIMIT,
  SELF_EVALUATION_SECTIONS,
  checkSelfEvaluation,
  type SelfEvaluationSections,
} from '../../../../../domain/self-evaluation/self-evaluation';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useApiQuery } from '../../../lib/api-query';
import { useApiDownload } from '../../../lib/download';
import { activeMembership, useMayCall, useSession } from '../../../lib/session';

export default function SelfEvaluationPage() {
  const { t } = useTranslation();
  const membership = activeMembership(useSession().data);
  const mayDraft = useMayCall(selfEvaluation.draft);
  const isBody = membership?.role === 'cb_admin' || membership?.role === 'cb_manager';
  return (
    <PageShell title={t('selfEvaluation.title')}>
      <Flex vertical gap={16}>
        {mayDraft && membership?.regionCode ? <ReportCard regionCode={membership.regionCode} /> : null}
        {isBody && membership ? <CncaCard bodyId={membership.organizationId} /> : null}
      </Flex>
    </PageShell>
  );
}

function ReportCard({ regionCode }: { regionCode: string }) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | null>(null);
  const [requested, setRequested] = useState(false);
  const [sections, setSections] = useState<SelfEvaluationSections | null>(null);
  const { download, pending } = useApiDownload();
  const draft = useApiQuery(
    selfEvaluation.draft,
    { params: { code: regionCode }, query: year ? { year } : {} },
    { enabled: requested },
  );
  const shown = sections ?? draft.data?.sections ?? null;
  const check = shown ? checkSelfEvaluation(shown) : null;
  const insightsOver = (check?.characters.insights ?? 0) > INSIGHTS_CHARACTER_LIMIT;
  return (
    <Card size="small" title={t('selfEvaluation.title')} data-testid="self-evaluation-card">
      <Typography.Paragraph type="secondary">{t('selfEvaluation.hint')}</Typography.Paragraph>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <InputNumber
          aria-label={t('selfEvaluation.year')}
          placeholder={t('selfEvaluation.year')}
          min={2020}
          max={2100}
          value={year}
          onChange={(v) => setYear(v ?? null)}
          data-testid="self-evaluation-year"
        />
        <Button
          icon={<EditOutlined />}
          loading={draft.isFetching}
          onClick={() => {
            setSections(null);
            if (requested) void draft.refetch();
            else setRequested(true);
          }}
          data-testid="self-evaluation-draft"
        >
          {shown ? t('selfEvaluation.redraft') : t('selfEvaluation.draft')}
        </Button>
      </Flex>
      {draft.isError ? <ErrorAlert error={draft.error} /> : null}
      {draft.data && shown ? (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary" data-testid="self-evaluation-figures">
            {t('selfEvaluation.figures', {
              assisted: draft.data.table.assisted.enterprises,
              training: draft.data.table.training.total.personTimes,
              policies: draft.data.table.policies.count,
            })}
          </Typography.Text>
          {SELF_EVALUATION_SECTIONS.map((key) => (
            <div key={key}>
              <Flex justify="space-between" wrap gap={8}>
                <Typography.Text strong>{t(`selfEvaluation.section_${key}`)}</Typography.Text>
                {key === 'insights' ? (
                  <Typography.Text type={insightsOver ? 'danger' : 'secondary'} data-testid="self-evaluation-count">
                    {t('selfEvaluation.count', {
                      count: check?.characters.insights ?? 0,
                      limit: INSIGHTS_CHARACTER_LIMIT,
                    })}
                  </Typography.Text>
                ) : null}
              </Flex>
              <Input.TextArea
                aria-label={t(`selfEvaluation.section_${key}`)}
                autoSize={{ minRows: key === 'insights' ? 4 : 3, maxRows: 16 }}
                value={shown[key]}
                status={key === 'insights' && insightsOver ? 'error' : undefined}
                onChange={(e) => setSections({ ...shown, [key]: e.target.value })}
                data-testid={`self-evaluation-${key}`}
              />
            </div>
          ))}
          {insightsOver ? (
            <Alert type="error" showIcon message={t('selfEvaluation.over', { limit: INSIGHTS_CHARACTER_LIMIT })} />
          ) : null}
          <Space>
            <Button
              type="primary"
              icon={<DownloadOutlined />}
              disabled={insightsOver}
              loading={pending}
              onClick={() =>
                download(
                  selfEvaluation.docx,
                  { params: { code: regionCode }, body: { year: draft.data.year, sections: shown } },
                  'self-evaluation.docx',
                )
              }
              data-testid="self-evaluation-download"
            >
              {t('selfEvaluation.download')}
            </Button>
          </Space>
        </Flex>
      ) : null}
    </Card>
  );
}

function CncaCard({ bodyId }: { bodyId: string }) {
  const { t } = useTranslation();
  const { download, pending } = useApiDownload();
  return (
    <Card size="small" title={t('selfEvaluation.cncaTitle')} data-testid="cnca-card">
      <Typography.Paragraph type="secondary">{t('selfEvaluation.cncaHint')}</Typography.Paragraph>
      <Flex wrap gap={8}>
        <Button
          icon={<DownloadOutlined />}
          loading={pending}
          onClick={() => download(selfEvaluation.cncaSummary, { params: { id: bodyId } }, 'cnca-summary.docx')}
          data-testid="cnca-summary"
        >
          {t('selfEvaluation.cncaSummary')}
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={pending}
          onClick={() => download(selfEvaluation.cncaEnterprises, { params: { id: bodyId } }, 'cnca-enterprises.xlsx')}
          data-testid="cnca-enterprises"
        >
          {t('selfEvaluation.cncaEnterprises')}
        </Button>
      </Flex>
    </Card>
  );
}
