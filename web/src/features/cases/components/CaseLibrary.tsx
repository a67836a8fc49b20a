/** The case library (002 step 10(2) 推广): the published cases, searched by region, industry, year and grade. */
import { useState } from 'react';
import { Button, Card, Drawer, Flex, Grid, Input, InputNumber, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { GRADES } from '../../../../../domain/evaluation/annex-c.js';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RegionCascader } from '../../../components/regions/RegionCascader';
import { industryName, industryOptions } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { useCase, useCaseLibrary } from '../api/cases';
import { CaseReader, CaseStatusTag } from './CaseReader';

export function CaseLibrary() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const wide = Grid.useBreakpoint().md ?? true;
  const [regionCode, setRegionCode] = useState<string | undefined>();
  const [industryCode, setIndustryCode] = useState<string | undefined>();
  const [year, setYear] = useState<number | undefined>();
  const [grade, setGrade] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const list = useCaseLibrary({
    ...(regionCode ? { regionCode } : {}),
    ...(industryCode ? { industryCode } : {}),
    ...(year ? { year } : {}),
    ...(grade ? { grade: grade as (typeof GRADES)[number] } : {}),
    ...(q.trim() ? { q: q.trim() } : {}),
    page,
    pageSize: 10,
  });
  const view = useCase(open);
  return (
    <Flex vertical gap={12} data-testid="case-library">
      <Flex gap={8} wrap>
        <RegionCascader
          value={regionCode}
          onChange={(v) => {
            setRegionCode(v);
            setPage(1);
          }}
          testId="case-library-region"
          style={{ width: wide ? 220 : '100%' }}
        />
        <Select
          allowClear
          style={{ width: wide ? 220 : '100%' }}
          placeholder={t('cases.allIndustries')}
          options={industryOptions(lang)}
          value={industryCode}
          onChange={(v) => {
            setIndustryCode(v);
            setPage(1);
          }}
          showSearch
          optionFilterProp="label"
          aria-label={t('cases.industry')}
        />
        <InputNumber
          style={{ width: wide ? 120 : '100%' }}
          placeholder={t('cases.anyYear')}
          value={year}
          min={2000}
          max={2100}
          onChange={(v) => {
            setYear(v ?? undefined);
            setPage(1);
          }}
          aria-label={t('cases.year')}
        />
        <Select
          allowClear
          style={{ width: wide ? 140 : '100%' }}
          placeholder={t('cases.allGrades')}
          options={GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
          value={grade}
          onChange={(v) => {
            setGrade(v);
            setPage(1);
          }}
          aria-label={t('cases.grade')}
        />
        <Input.Search
          style={{ width: wide ? 240 : '100%' }}
          placeholder={t('cases.searchPlaceholder')}
          aria-label={t('cases.search')}
          allowClear
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          data-testid="case-library-search"
        />
      </Flex>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <List
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('cases.empty') }}
        pagination={
          (list.data?.total ?? 0) > 10
            ? { current: page, pageSize: 10, total: list.data?.total ?? 0, onChange: setPage }
            : false
        }
        renderItem={(c) => (
          <List.Item key={c.id} data-testid="case-library-item">
            <Card size="small" style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8} wrap align="start">
                <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 240px' }}>
                  <Typography.Text strong>{c.title}</Typography.Text>
                  <Typography.Text type="secondary">
                    {[c.enterpriseName, c.regionName, industryName(c.industryCode, lang), c.year].join(' · ')}
                    {c.grade ? ` · ${t(`grade.${c.grade}`)}` : ''}
                  </Typography.Text>
                  <CaseStatusTag view={c} />
                </Flex>
                <Button onClick={() => setOpen(c.id)} data-testid="case-library-open">
                  {t('cases.open')}
                </Button>
              </Flex>
            </Card>
          </List.Item>
        )}
      />
      <Drawer
        open={!!open}
        onClose={() => setOpen(null)}
        size={wide ? 760 : '100%'}
        title={t('cases.title')}
        destroyOnHidden
      >
        {view.isError ? <ErrorAlert error={view.error} /> : null}
        {view.data ? <CaseReader view={view.data} /> : null}
      </Drawer>
    </Flex>
  );
}
