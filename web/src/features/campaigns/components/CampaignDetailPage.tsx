/** One campaign: overview, phases, targets and quotas, sub-campaigns, bodies and stage counts. */
import { Button, Card, Col, Descriptions, Empty, Flex, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { FullPageSpin } from '../../../components/FullPageSpin';
import { useCampaign } from '../api/campaigns';
import { CampaignPhases } from './CampaignPhases';
import { CampaignTable } from './CampaignTable';
import { CampaignTargets } from './CampaignTargets';
import { StageCounts } from './StageCounts';

export default function CampaignDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const campaign = useCampaign(id);
  if (campaign.isPending) return <FullPageSpin />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;

  return (
    <PageShell
      title={c.name}
      backTo="/campaigns"
      extra={<Link to={`/participations?campaignId=${c.id}`}><Button>{t('campaign.viewParticipations')}</Button></Link>}
    >
      <Card title={t('campaign.basic')} size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          items={[
            { key: 'year', label: t('campaign.year'), children: c.year },
            { key: 'region', label: t('campaign.region'), children: c.regionName },
            { key: 'issuer', label: t('campaign.issuingOrganization'), children: c.issuingOrganizationName },
            { key: 'count', label: t('campaign.participations'), children: c.participationCount },
            { key: 'target', label: t('campaign.target'), children: c.targetEnterprises ?? '—' },
            {
              key: 'parent',
              label: t('campaign.parent'),
              children: c.parent ? <Link to={`/campaigns/${c.parent.id}`}>{c.parent.name}</Link> : '—',
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('campaign.phases')} size="small" style={{ height: '100%' }}>
            <CampaignPhases phases={c.phases} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('campaign.stageCounts')} size="small" style={{ height: '100%' }}>
            <StageCounts counts={c.stageCounts} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('campaign.targets')} size="small" style={{ height: '100%' }}>
            <CampaignTargets targets={c.targets} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('campaign.certificationBodies')} size="small" style={{ height: '100%' }}>
            {c.certificationBodies.length === 0 ? (
              <Empty description={t('campaign.noData')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
            ) : (
              <Flex wrap gap={8}>
                {c.certificationBodies.map((b) => <Tag key={b.id} color="blue">{b.name}</Tag>)}
              </Flex>
            )}
          </Card>
        </Col>
      </Row>
      {c.children.length > 0 ? (
        <Card title={t('campaign.children')} size="small">
          <CampaignTable dataSource={c.children} pagination={false} />
        </Card>
      ) : null}
    </PageShell>
  );
}
