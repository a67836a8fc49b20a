/**
 * /experts — the body's assistance experts: registration, specialties, home region, load against
 * capacity, availability today; each profile is created or edited in a drawer.
 */
import { useState } from 'react';
import { Button, Flex, Grid, Table, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ExpertSummary } from '../../../../../contracts/experts';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { PageShell } from '../../../components/PageShell';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadBar } from '../../../components/LoadBar';
import { RegionName } from '../../../components/regions/RegionName';
import { useExperts } from '../api/experts';
import { ExpertProfileDrawer } from './ExpertProfileDrawer';

export default function ExpertsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const experts = useExperts();
  const [editing, setEditing] = useState<string | null>(null);
  // on a phone fixed columns would take most of the width
  const wide = Grid.useBreakpoint().md ?? true;
  const items = experts.data?.items ?? [];
  const editingExpert = editing ? items.find((x) => x.userId === editing) : undefined;

  return (
    <PageShell
      title={t('experts.title')}
      subtitle={<Typography.Text type="secondary">{t('experts.subtitle')}</Typography.Text>}
    >
      {experts.isError ? <ErrorAlert error={experts.error} onRetry={() => void experts.refetch()} /> : null}
      <div data-testid="experts-table">
        <Table<ExpertSummary>
          rowKey="userId"
          size="middle"
          loading={experts.isFetching}
          dataSource={items}
          pagination={items.length > 20 ? { pageSize: 20 } : false}
          scroll={{ x: 1090 }}
          onRow={(row) =>
            ({
              'data-row-id': row.userId,
              'data-testid': `expert-row-${row.userId}`,
            }) as React.HTMLAttributes<HTMLElement>
          }
          columns={[
            {
              title: t('experts.name'),
              dataIndex: 'displayName',
              width: 110,
              fixed: wide ? 'left' : undefined,
              ellipsis: true,
            },
            { title: t('experts.phone'), dataIndex: 'phone', width: 120, render: (v: string | null) => v ?? '—' },
            {
              title: t('experts.registration'),
              key: 'registration',
              width: 160,
              render: (_: unknown, x) =>
                x.profile ? (
                  <Flex vertical>
                    <Typography.Text>{t(`registrationLevel.${x.profile.registrationLevel}`)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {x.profile.registrationNumber || '—'}
                    </Typography.Text>
                  </Flex>
                ) : (
                  <Tag color="orange" data-testid={`expert-no-profile-${x.userId}`}>
                    {t('experts.noProfile')}
                  </Tag>
                ),
            },
            {
              title: t('experts.categories'),
              key: 'categories',
              width: 240,
              render: (_: unknown, x) =>
                x.profile?.categories.length ? (
                  <Flex wrap gap={4}>
                    {x.profile.categories.map((c) => (
                      <Tag key={c} style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
                        {industryName(c, lang)}
                      </Tag>
                    ))}
                  </Flex>
                ) : (
                  '—'
                ),
            },
            {
              title: t('experts.homeRegionCode'),
              key: 'home',
              width: 110,
              render: (_: unknown, x) =>
                x.profile
                  ? (x.profile.homeRegionName ??
                    (x.profile.homeRegionCode ? <RegionName code={x.profile.homeRegionCode} /> : '—'))
                  : '—',
            },
            {
              title: t('experts.load'),
              key: 'load',
              width: 140,
              render: (_: unknown, x) => (
                <LoadBar load={x.load} capacity={x.capacity} testId={`expert-load-${x.userId}`} />
              ),
            },
            {
              title: t('experts.today'),
              dataIndex: 'availableToday',
              width: 100,
              render: (v: boolean, x) => (
                <Tag
                  color={v ? 'green' : 'orange'}
                  data-testid={`expert-available-${x.userId}`}
                  data-available={String(v)}
                >
                  {v ? t('experts.availableToday') : t('experts.unavailableToday')}
                </Tag>
              ),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 110,
              fixed: wide ? 'right' : undefined,
              render: (_: unknown, x) => (
                <Button
                  size="small"
                  icon={x.profile ? <EditOutlined /> : <PlusOutlined />}
                  onClick={() => setEditing(x.userId)}
                  data-testid={`expert-edit-${x.userId}`}
                >
                  {x.profile ? t('experts.edit') : t('experts.create')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      {editingExpert ? <ExpertProfileDrawer expert={editingExpert} onClose={() => setEditing(null)} /> : null}
    </PageShell>
  );
}
