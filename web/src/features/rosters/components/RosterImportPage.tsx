/** /campaigns/:id/roster — 名册导入: template, upload (mode, progress), result and errors; re-import allowed. */
import { useState } from 'react';
import { Button, Card, Col, Row, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { campaigns } from '../../../../../contracts/campaigns';
import { rosters, type RosterImportResult } from '../../../../../contracts/rosters';
import { useApiQuery } from '../../../lib/api-query';
import { useApiDownload } from '../../../lib/download';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { RosterResult } from './RosterResult';
import { RosterUpload } from './RosterUpload';

export default function RosterImportPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const campaign = useApiQuery(campaigns.get, { params: { id } }, { enabled: Boolean(id) });
  const { download, pending } = useApiDownload();
  const [result, setResult] = useState<RosterImportResult | null>(null);
  if (campaign.isPending) return <FullPageSpin />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;

  return (
    <PageShell
      title={t('roster.title')}
      subtitle={<Typography.Text type="secondary">{campaign.data.name}</Typography.Text>}
      backTo={`/campaigns/${id}`}
    >
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('roster.step1')} style={{ height: '100%' }}>
            <Typography.Paragraph type="secondary">{t('roster.templateHint')}</Typography.Paragraph>
            <Button
              icon={<DownloadOutlined />}
              loading={pending}
              onClick={() => download(rosters.template, { params: { id } }, 'roster-template.xlsx')}
              data-testid="roster-template"
            >
              {t('roster.template')}
            </Button>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('roster.step2')} style={{ height: '100%' }}>
            <RosterUpload campaignId={id} onResult={setResult} />
          </Card>
        </Col>
      </Row>
      {result ? <RosterResult key={result.importId} campaignId={id} result={result} /> : null}
    </PageShell>
  );
}
