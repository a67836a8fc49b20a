/**
 * One campaign: overview (with key industries and eligibility), phases, targets with quota
 * progress, stage counts, kick-off meetings, certification bodies with their checklists, the
 * working groups and the assignment coverage, the work plan and sub-campaigns; the actions the
 * acting role may take.
 */
import { Card, Col, Descriptions, Flex, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { campaigns } from '../../../../contracts/campaigns';
import { matching } from '../../../../contracts/matching';
import { PageShell } from '../../components/PageShell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FullPageSpin } from '../../components/FullPageSpin';
import { activeMembership, useMayCall, useSession } from '../../lib/session';
import { useCampaign } from '../../features/campaigns/api/campaigns';
import { BodiesCard } from '../../features/campaigns/components/BodiesCard';
import { CampaignPhases } from '../../features/campaigns/components/CampaignPhases';
import { ParticipationCount } from '../../features/campaigns/components/ParticipationCount';
import { PlanWarningsAlert } from '../../features/campaigns/components/PlanWarningsAlert';
import { CampaignTable } from '../../features/campaigns/components/CampaignTable';
import { CampaignTargets } from '../../features/campaigns/components/CampaignTargets';
import { KickOffsCard } from '../../features/campaigns/components/KickOffsCard';
import { StageCounts } from '../../features/campaigns/components/StageCounts';
import { WorkPlanCard } from '../../features/campaigns/components/WorkPlanCard';
import { GradeBandsList } from '../../components/GradeBandsList';
import { WorkingGroupsCard } from '../../features/matching/components/WorkingGroupsCard';
import { CoverageCard } from '../../features/matching/components/CoverageCard';
import { CampaignActions } from './CampaignActions';

export default function CampaignDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const campaign = useCampaign(id);
  const membership = activeMembership(useSession().data);
  const mayChange = useMayCall(campaigns.update);
  const maySeeWorkingGroups = useMayCall(matching.workingGroups);
  const maySeeCoverage = useMayCall(matching.coverage);
  if (campaign.isPending || !membership) return <FullPageSpin />;
  if (campaign.isError) return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  const c = campaign.data;
  const canEdit = c.issuedByCaller && mayChange;

  return (
    <PageShell title={c.name} backTo="/campaigns" extra={<CampaignActions campaign={c} />}>
      <PlanWarningsAlert warnings={c.planWarnings} />
      <Card title={t('campaign.basic')} size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2, lg: 3 }}
          items={[
            { key: 'year', label: t('campaign.year'), children: c.year },
            { key: 'region', label: t('campaign.region'), children: c.regionName },
            { key: 'issuer', label: t('campaign.issuingOrganization'), children: c.issuingOrganizationName },
            { key: 'count', label: t('campaign.participations'), children: <ParticipationCount campaign={c} /> },
            { key: 'target', label: t('campaign.target'), children: c.targetEnterprises ?? '—' },
            {
              key: 'parent',
              label: t('campaign.parent'),
              children: c.parent ? <Link to={`/campaigns/${c.parent.id}`}>{c.parent.name}</Link> : '—',
            },
            {
              key: 'industries',
              label: t('campaignForm.keyIndustries'),
              children: c.keyIndustries.length ? (
                <Flex wrap gap={4} data-testid="key-industries">
                  {c.keyIndustries.map((k) => (
                    <Tag key={k} style={{ marginInlineEnd: 0 }}>
                      {k}
                    </Tag>
                  ))}
                </Flex>
              ) : (
                '—'
              ),
            },
            {
              key: 'eligibility',
              label: t('campaignForm.minMainRevenue'),
              children: (
                <span data-testid="eligibility">
                  {c.eligibility.minMainRevenueWan !== undefined
                    ? t('campaign.minRevenueValue', { value: c.eligibility.minMainRevenueWan })
                    : t('campaign.noEligibilityRule')}
                </span>
              ),
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
            <CampaignTargets targets={c.targets} progress={c.quotaProgress} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <KickOffsCard campaign={c} canEdit={canEdit} />
        </Col>
        <Col xs={24}>
          <BodiesCard campaign={c} canEdit={canEdit} />
        </Col>
        {maySeeWorkingGroups ? (
          <Col xs={24}>
            <WorkingGroupsCard campaign={c} membership={membership} />
          </Col>
        ) : null}
        {maySeeCoverage ? (
          <Col xs={24}>
            <CoverageCard campaignId={c.id} role={membership.role} />
          </Col>
        ) : null}
      </Row>
      <WorkPlanCard workPlan={c.workPlan} />
      <Card title={t('campaign.gradeBands')} size="small" data-testid="campaign-bands">
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {c.gradeBands ? t('campaign.bandsOwn') : t('campaign.bandsTable2')}
        </Typography.Paragraph>
        <GradeBandsList bands={c.bandsInForce} />
        {c.bandsLocked ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t('campaign.bandsLockedNote')}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {c.children.length > 0 ? (
        <Card title={t('campaign.children')} size="small">
          <CampaignTable dataSource={c.children} pagination={false} />
        </Card>
      ) : null}
    </PageShell>
  );
}
