/**
 * /dashboard — 数据看板: the participations in the caller's scope as charts (ECharts, loaded with this page only), a
 * campaign and, for a bureau, a region of its jurisdiction to narrow them; a click on any figure opens the
 * participations list filtered to the records behind it (ADR 0044). The region chart is a bar chart by sub-region:
 * a map needs GeoJSON boundaries, which are not available offline.
 */
import { useMemo } from 'react';
import { Col, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Dashboard } from '../../../../../contracts/dashboard';
import { topWithRest } from '../../../../../domain/dashboard/figures.js';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { JurisdictionCascader } from '../../../components/regions/JurisdictionCascader';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { activeMembership, useSession } from '../../../lib/session';
import { drillPath, useDashboard, useDashboardCampaigns } from '../api/dashboard';
import { ChartCard, type ChartRow } from './ChartCard';
import type { ChartOption } from './EChart';

/** Industries shown by name; the rest are summed as 其他. */
const TOP_INDUSTRIES = 8;
/** The funnel's plot area, fixed so every stage's bar has a known place. */
export const FUNNEL_GRID = { left: 120, right: 40, top: 10, bottom: 24 };

const tooltip = { trigger: 'axis', axisPointer: { type: 'shadow' } };

/** A horizontal bar chart, first row on top. */
function barsOption(
  rows: ChartRow[],
  names: string[],
  grid = { left: 120, right: 40, top: 24, bottom: 24 },
): ChartOption {
  return {
    tooltip,
    grid: { ...grid, containLabel: false },
    legend: names.length > 1 ? { top: 0 } : undefined,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.label),
      axisLabel: { width: grid.left - 12, overflow: 'truncate' },
    },
    series: names.map((name, i) => ({ type: 'bar', name, data: rows.map((r) => r.values[i] ?? 0), barMaxWidth: 22 })),
  };
}

function Charts({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const enterprises = t('dashboard.enterprises');

  const funnel: ChartRow[] = d.funnel.map((f) => ({ label: t(`stage.${f.stage}`), values: [f.count], drill: f.drill }));
  const subRegions: ChartRow[] = d.subRegions.map((s) => ({
    label: s.regionName,
    values: [s.count, s.quota],
    drill: s.drill,
  }));
  const bodies: ChartRow[] = d.bodies.map((b) => ({ label: b.name, values: [b.count], drill: b.drill }));
  const { top, rest } = topWithRest(d.industries, TOP_INDUSTRIES);
  const industries: ChartRow[] = [
    ...top.map((i) => ({ label: industryName(i.industryCode, lang), values: [i.count], drill: i.drill })),
    ...(rest > 0 ? [{ label: t('dashboard.otherIndustries'), values: [rest] }] : []),
  ];
  const sizes: ChartRow[] = d.sizes.map((s) => ({
    label: t(`enterpriseSize.${s.size}`),
    values: [s.count],
    drill: s.drill,
  }));
  const grades: ChartRow[] = d.grades.map((g) => ({ label: t(`grade.${g.grade}`), values: [g.count], drill: g.drill }));
  const training: ChartRow[] = d.training.map((m) => ({
    label: m.month,
    values: [m.personTimes, m.count],
    drill: m.drill,
  }));
  const barHeight = (n: number) => Math.max(160, n * 30 + 60);

  return (
    <Row gutter={[12, 12]}>
      <Col xs={24} lg={12}>
        <ChartCard
          id="funnel"
          categoryAxis="y"
          title={t('dashboard.funnel')}
          labelColumn={t('dashboard.stage')}
          columns={[enterprises]}
          rows={funnel}
          height={funnel.length * 28 + FUNNEL_GRID.top + FUNNEL_GRID.bottom}
          option={barsOption(funnel, [enterprises], FUNNEL_GRID)}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          id="regions"
          categoryAxis="y"
          title={t('dashboard.regions')}
          labelColumn={t('dashboard.region')}
          columns={[t('dashboard.placesHeld'), t('dashboard.quota')]}
          rows={subRegions}
          height={barHeight(subRegions.length)}
          option={barsOption(subRegions, [t('dashboard.placesHeld'), t('dashboard.quota')])}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          id="bodies"
          categoryAxis="y"
          title={t('dashboard.bodies')}
          labelColumn={t('dashboard.body')}
          columns={[enterprises]}
          rows={bodies}
          height={barHeight(bodies.length)}
          option={barsOption(bodies, [enterprises], { left: 160, right: 40, top: 10, bottom: 24 })}
        />
      </Col>
      <Col xs={24} lg={12}>
        <ChartCard
          id="industries"
          categoryAxis="y"
          title={t('dashboard.industries')}
          labelColumn={t('dashboard.industry')}
          columns={[enterprises]}
          rows={industries}
          height={barHeight(industries.length)}
          option={barsOption(industries, [enterprises], { left: 160, right: 40, top: 10, bottom: 24 })}
        />
      </Col>
      <Col xs={24} md={12} lg={8}>
        <ChartCard
          id="sizes"
          title={t('dashboard.sizes')}
          labelColumn={t('dashboard.size')}
          columns={[enterprises]}
          rows={sizes}
          option={{
            tooltip: { trigger: 'item' },
            legend: { bottom: 0 },
            series: [
              {
                type: 'pie',
                radius: ['35%', '65%'],
                data: sizes.map((s) => ({ name: s.label, value: s.values[0] })),
              },
            ],
          }}
        />
      </Col>
      <Col xs={24} md={12} lg={8}>
        <ChartCard
          id="grades"
          categoryAxis="x"
          title={t('dashboard.grades')}
          labelColumn={t('dashboard.grade')}
          columns={[enterprises]}
          rows={grades}
          option={{
            tooltip,
            grid: { left: 40, right: 16, top: 16, bottom: 30 },
            xAxis: { type: 'category', data: grades.map((g) => g.label) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', name: enterprises, data: grades.map((g) => g.values[0]), barMaxWidth: 36 }],
          }}
        />
      </Col>
      <Col xs={24} lg={8}>
        <ChartCard
          id="training"
          categoryAxis="x"
          title={t('dashboard.training')}
          labelColumn={t('dashboard.month')}
          columns={[t('dashboard.personTimes'), t('dashboard.trainedEnterprises')]}
          rows={training}
          option={{
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            grid: { left: 40, right: 16, top: 32, bottom: 30 },
            xAxis: { type: 'category', data: training.map((m) => m.label) },
            yAxis: { type: 'value', minInterval: 1 },
            series: [
              { type: 'line', name: t('dashboard.personTimes'), data: training.map((m) => m.values[0]), symbolSize: 8 },
              {
                type: 'line',
                name: t('dashboard.trainedEnterprises'),
                data: training.map((m) => m.values[1]),
                symbolSize: 8,
              },
            ],
          }}
        />
      </Col>
    </Row>
  );
}

export default function DashboardPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const jurisdiction = activeMembership(useSession().data)?.regionCode ?? null;
  const isBureau = activeMembership(useSession().data)?.role === 'bureau_officer';
  const campaignId = search.get('campaignId') ?? undefined;
  const regionCode = search.get('regionCode') ?? undefined;
  const query = useMemo(
    () => ({ ...(campaignId ? { campaignId } : {}), ...(regionCode ? { regionCode } : {}) }),
    [campaignId, regionCode],
  );
  const dashboard = useDashboard(query);
  const campaigns = useDashboardCampaigns();
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearch(next);
  };

  return (
    <PageShell title={t('dashboard.title')} subtitle={dashboard.data?.regionName}>
      <Flex wrap gap={8} align="center">
        <Select
          allowClear
          style={{ minWidth: 220, maxWidth: '100%' }}
          value={campaignId}
          placeholder={t('dashboard.allCampaigns')}
          aria-label={t('dashboard.campaign')}
          loading={campaigns.isLoading}
          options={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={(value?: string) => set('campaignId', value)}
          data-testid="dashboard-campaign"
        />
        {isBureau && jurisdiction ? (
          <div style={{ minWidth: 220 }}>
            <JurisdictionCascader
              root={jurisdiction}
              value={regionCode ?? jurisdiction}
              onChange={(code) => set('regionCode', code && code !== jurisdiction ? code : undefined)}
              testId="dashboard-region"
              ariaLabel={t('dashboard.region')}
            />
          </div>
        ) : null}
      </Flex>
      {dashboard.isError ? <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} /> : null}
      {dashboard.data ? (
        <>
          <Flex wrap gap={24} align="center">
            <Link to={drillPath(dashboard.data.total.drill)} data-testid="dashboard-total">
              <Statistic title={t('dashboard.total')} value={dashboard.data.total.count} />
            </Link>
            <Typography.Text type="secondary">{t('dashboard.clickHint')}</Typography.Text>
          </Flex>
          <Charts d={dashboard.data} />
          <Typography.Text type="secondary">{t('dashboard.mapNote')}</Typography.Text>
        </>
      ) : dashboard.isLoading ? (
        <Skeleton active />
      ) : null}
    </PageShell>
  );
}
