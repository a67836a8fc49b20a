/**
 * /impartiality — 公正性报告 (ADR 0013): every conflict of interest the platform found, every
 * appointment it refused for one, and every hard matching rule a manager overrode with a reason.
 */
import { Col, Grid, Row, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { ImpartialityFinding } from '../../../../contracts/impartiality';
import { codeMessage } from '../../lib/code-message';
import { formatDateTime } from '../../lib/format';
import { useLanguage } from '../../lib/use-language';
import { PageShell } from '../../components/PageShell';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCampaignList } from '../../features/campaigns/api/campaigns';
import { useImpartialityFindings } from '../../features/impartiality/api/impartiality';

type Kind = ImpartialityFinding['kind'];
const KINDS: Kind[] = ['found', 'refused', 'overridden'];
const KIND_COLORS: Record<Kind, string> = { found: 'orange', refused: 'red', overridden: 'magenta' };

export default function ImpartialityPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const lang = useLanguage();
  const [search, setSearch] = useSearchParams();
  const campaignId = search.get('campaignId') ?? undefined;
  const kind = (KINDS as string[]).includes(search.get('kind') ?? '') ? (search.get('kind') as Kind) : undefined;
  const findings = useImpartialityFindings(campaignId);
  const campaigns = useCampaignList({ page: 1, pageSize: 100 });
  const items = (findings.data ?? []).filter((f) => !kind || f.kind === kind);

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setSearch(next);
  };

  return (
    <PageShell
      title={t('impartiality.title')}
      subtitle={<Typography.Text type="secondary">{t('impartiality.subtitle')}</Typography.Text>}
    >
      <Row gutter={[8, 8]}>
        <Col xs={24} sm={14} lg={10}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={campaignId}
            loading={campaigns.isPending}
            placeholder={t('impartiality.allCampaigns')}
            options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            onChange={(v: string | undefined) => update({ campaignId: v })}
            style={{ width: '100%' }}
            aria-label={t('impartiality.campaign')}
            data-testid="impartiality-campaign"
          />
        </Col>
        <Col xs={24} sm={10} lg={6}>
          <Select
            allowClear
            value={kind}
            placeholder={t('impartiality.allKinds')}
            options={KINDS.map((k) => ({ value: k, label: t(`impartiality.kind_${k}`) }))}
            onChange={(v: Kind | undefined) => update({ kind: v })}
            style={{ width: '100%' }}
            aria-label={t('impartiality.kind')}
            data-testid="impartiality-kind"
          />
        </Col>
      </Row>
      {findings.isError ? <ErrorAlert error={findings.error} onRetry={() => void findings.refetch()} /> : null}
      <div data-testid="impartiality-table">
        <Table<ImpartialityFinding>
          rowKey="id"
          size="small"
          loading={findings.isFetching}
          dataSource={items}
          // fits 1366 (fixed layout, long texts wrap or are cut); a phone scrolls it sideways
          tableLayout="fixed"
          scroll={screens.lg ? undefined : { x: 1000 }}
          pagination={{
            pageSize: 50,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => t('common.total', { total }),
          }}
          onRow={(f) =>
            ({
              'data-testid': `finding-${f.id}`,
              'data-kind': f.kind,
              'data-rule': f.rule,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('impartiality.occurredAt'),
              dataIndex: 'occurredAt',
              width: 100,
              render: (v: string) => formatDateTime(v),
            },
            {
              title: t('impartiality.kind'),
              dataIndex: 'kind',
              width: 90,
              render: (k: Kind) => (
                <Tag color={KIND_COLORS[k]} data-testid="finding-kind" style={{ marginInlineEnd: 0 }}>
                  {t(`impartiality.kind_${k}`, { defaultValue: k })}
                </Tag>
              ),
            },
            {
              title: t('impartiality.rule'),
              key: 'rule',
              render: (_: unknown, f) => f.ruleMessage || codeMessage(f.rule, lang),
            },
            {
              title: t('impartiality.enterprise'),
              key: 'enterprise',
              width: 150,
              ellipsis: true,
              render: (_: unknown, f) => f.enterprise.name,
            },
            {
              title: t('impartiality.person'),
              key: 'person',
              width: 90,
              render: (_: unknown, f) => f.person.displayName,
            },
            {
              title: t('impartiality.campaign'),
              dataIndex: 'campaignName',
              width: 140,
              ellipsis: true,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('impartiality.body'),
              dataIndex: 'bodyName',
              width: 120,
              ellipsis: true,
              render: (v: string | null) => v ?? '—',
            },
            {
              title: t('impartiality.reason'),
              dataIndex: 'reason',
              width: 180,
              render: (v: string | null) =>
                v ? (
                  <Typography.Paragraph style={{ margin: 0 }} ellipsis={{ rows: 3, expandable: true }}>
                    {v}
                  </Typography.Paragraph>
                ) : (
                  '—'
                ),
            },
            {
              title: t('impartiality.actor'),
              dataIndex: 'actorName',
              width: 90,
              render: (v: string | null) => v ?? t('impartiality.platform'),
            },
          ]}
        />
      </div>
    </PageShell>
  );
}
