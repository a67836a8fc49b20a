/**
 * /apply — the public registration page (no login): the campaigns open for applications, then the
 * application form for the chosen one. The chosen campaign lives in the URL (?campaign=…).
 */
import { useRef, useState } from 'react';
import { Button, Card, Empty, Flex, List, Result, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DemoBanner } from '../../../components/DemoBanner';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import type { PublicCampaign } from '../../../../../contracts/intake';
import { usePublicApply, usePublicCampaigns } from '../api/intake';
import { ApplicationForm, type ApplicationFormHandle } from './application/ApplicationForm';

function ApplyToCampaign({ campaign, onBack }: { campaign: PublicCampaign; onBack: () => void }) {
  const { t } = useTranslation();
  const apply = usePublicApply();
  const formRef = useRef<ApplicationFormHandle>(null);
  // the 申请编号 the server gave the application; set once it is in
  const [done, setDone] = useState<string | null>(null);

  if (done) {
    return (
      <Result
        status="success"
        title={t('application.publicDone')}
        subTitle={
          <Flex vertical gap={8} align="center">
            <span>{t('application.publicDoneText', { campaign: campaign.name })}</span>
            <Typography.Title level={4} style={{ margin: 0 }} copyable={{ text: done }} data-testid="public-reference">
              {t('application.publicReference', { number: done })}
            </Typography.Title>
            <Typography.Text type="secondary">{t('application.publicReferenceHint')}</Typography.Text>
            <Card size="small" title={t('application.publicNextTitle')} style={{ maxWidth: 560, textAlign: 'start' }}>
              <Typography.Paragraph style={{ margin: 0 }} data-testid="public-next-steps">
                {t('application.publicNextSteps')}
              </Typography.Paragraph>
            </Card>
          </Flex>
        }
        extra={[
          <Button key="back" onClick={onBack}>
            {t('application.backToCampaigns')}
          </Button>,
          <Link key="login" to="/login">
            <Button type="primary">{t('auth.submit')}</Button>
          </Link>,
        ]}
        data-testid="public-apply-done"
      />
    );
  }
  return (
    <Flex vertical gap={16}>
      <Flex align="center" gap={8} wrap>
        <Button onClick={onBack}>{t('common.back')}</Button>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {campaign.name}
        </Typography.Title>
        <Tag>{campaign.regionName}</Tag>
      </Flex>
      <ApplicationForm
        ref={formRef}
        mode="public"
        campaignRegion={{ code: campaign.regionCode, name: campaign.regionName }}
        submitting={apply.isPending}
        submitLabel={t('application.publicSubmit')}
        onSubmit={(body) =>
          apply.mutate(
            { params: { id: campaign.id }, body },
            {
              onSuccess: (created) => setDone(created.referenceNumber),
              // DUPLICATE_APPLICATION names the credit code, so it shows on that field
              onError: (error) => formRef.current?.showError(error),
            },
          )
        }
      />
    </Flex>
  );
}

function CampaignChoice({ onChoose }: { onChoose: (id: string) => void }) {
  const { t } = useTranslation();
  const campaigns = usePublicCampaigns();
  if (campaigns.isPending) return <FullPageSpin />;
  if (campaigns.isError) return <ErrorAlert error={campaigns.error} onRetry={() => void campaigns.refetch()} />;
  if (campaigns.data.length === 0)
    return <Empty description={t('application.noOpenCampaigns')} data-testid="public-campaigns-empty" />;
  return (
    <List
      grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 2, xl: 3 }}
      dataSource={campaigns.data}
      data-testid="public-campaigns"
      renderItem={(c) => (
        <List.Item>
          <Card size="small" title={<span title={c.name}>{c.name}</span>} data-testid="public-campaign" data-id={c.id}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text type="secondary">
                {t('application.campaignMeta', { year: c.year, region: c.regionName })}
              </Typography.Text>
              <Button type="primary" onClick={() => onChoose(c.id)} data-testid={`public-campaign-apply-${c.id}`}>
                {t('application.applyThis')}
              </Button>
            </Flex>
          </Card>
        </List.Item>
      )}
    />
  );
}

export default function PublicApplyPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const campaigns = usePublicCampaigns();
  const chosenId = search.get('campaign');
  const chosen = chosenId ? campaigns.data?.find((c) => c.id === chosenId) : undefined;

  return (
    <Flex vertical style={{ minHeight: '100vh' }} data-testid="public-apply">
      <DemoBanner />
      <div className="uplift-header">
        <Typography.Text className="uplift-header-title" title={t('app.fullName')}>
          {t('app.name')}
        </Typography.Text>
        <div className="uplift-header-spacer" />
        <LanguageSwitch />
        <Link to="/login">{t('application.staffLogin')}</Link>
      </div>
      <div style={{ maxWidth: 1100, width: '100%', margin: '0 auto', padding: 16, boxSizing: 'border-box' }}>
        <Flex vertical gap={16}>
          {chosen ? null : (
            <div>
              <Typography.Title level={3} style={{ marginBottom: 4 }}>
                {t('application.publicTitle')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('application.publicIntro')}</Typography.Text>
            </div>
          )}
          {chosen ? (
            <ApplyToCampaign key={chosen.id} campaign={chosen} onBack={() => setSearch({})} />
          ) : (
            <CampaignChoice onChoose={(id) => setSearch({ campaign: id })} />
          )}
        </Flex>
      </div>
    </Flex>
  );
}
