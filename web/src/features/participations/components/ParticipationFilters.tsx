/** The filter row: region, stage, industry and a name / credit-code search. */
import { useEffect, useState } from 'react';
import { Button, Col, Input, Row, Select, Space } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ALL_STAGES } from '../../../../../domain/lifecycle/stages.js';
import { industryOptions } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { RegionCascader } from '../../../components/regions/RegionCascader';

export interface FilterValues {
  regionCode?: string;
  stage?: string;
  industryCode?: string;
  q?: string;
}

interface Props {
  values: FilterValues;
  onChange: (patch: FilterValues) => void;
  onReset: () => void;
}

export function ParticipationFilters({ values, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [q, setQ] = useState(values.q ?? '');
  useEffect(() => setQ(values.q ?? ''), [values.q]);
  const submitSearch = () => onChange({ q: q.trim() || undefined });

  return (
    <Row gutter={[8, 8]}>
      <Col xs={24} sm={12} lg={6}>
        <RegionCascader
          value={values.regionCode}
          onChange={(regionCode) => onChange({ regionCode })}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} lg={4}>
        <Select
          allowClear
          style={{ width: '100%' }}
          value={values.stage}
          placeholder={t('participation.stagePlaceholder')}
          aria-label={t('participation.stage')}
          options={ALL_STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(stage?: string) => onChange({ stage })}
          data-testid="participation-stage"
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: '100%' }}
          value={values.industryCode}
          placeholder={t('participation.industryPlaceholder')}
          aria-label={t('participation.industry')}
          options={industryOptions(lang)}
          onChange={(industryCode?: string) => onChange({ industryCode })}
          data-testid="participation-industry"
        />
      </Col>
      <Col xs={24} sm={12} lg={6}>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            allowClear
            value={q}
            maxLength={60}
            prefix={<SearchOutlined />}
            placeholder={t('participation.searchPlaceholder')}
            aria-label={t('participation.searchPlaceholder')}
            onChange={(e) => {
              setQ(e.target.value);
              if (!e.target.value && values.q) onChange({ q: undefined });
            }}
            onPressEnter={submitSearch}
            data-testid="participation-search"
          />
          <Button
            type="primary"
            icon={<SearchOutlined />}
            aria-label={t('common.search')}
            onClick={submitSearch}
            data-testid="participation-search-submit"
          />
        </Space.Compact>
      </Col>
      <Col xs={24} sm={24} lg={2}>
        <Button block onClick={onReset}>
          {t('common.reset')}
        </Button>
      </Col>
    </Row>
  );
}
