/** Region filter: provinces first, cities and counties loaded when a level is opened. */
import { useEffect, useMemo, useState } from 'react';
import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchRegionChildren, toRegionOption, useRegion, useRegionChildren, type RegionOption } from './regions';

interface Props {
  value?: string;
  onChange: (code: string | undefined) => void;
  style?: React.CSSProperties;
  testId?: string;
  placeholder?: string;
}

export function RegionCascader({ value, onChange, style, testId = 'participation-region', placeholder }: Props) {
  const { t } = useTranslation();
  const provinces = useRegionChildren();
  const [options, setOptions] = useState<RegionOption[]>([]);
  useEffect(() => {
    if (provinces.data) setOptions(provinces.data.map(toRegionOption));
  }, [provinces.data]);

  // the URL holds only the chosen code: its lineage gives the path and the label
  const selected = useRegion(value);
  const lineage = useMemo(() => (selected.data?.lineage ?? []).filter((r) => r.level !== 'national'), [selected.data]);
  const path = value ? (lineage.length ? lineage.map((r) => r.code) : [value]) : undefined;

  const loadData = (chosen: RegionOption[]) => {
    const target = chosen[chosen.length - 1];
    if (!target || target.children) return;
    void fetchRegionChildren(target.value).then((children) => {
      target.children = children.map(toRegionOption);
      if (children.length === 0) target.isLeaf = true;
      setOptions((current) => [...current]);
    });
  };

  return (
    <Cascader<RegionOption>
      style={style}
      options={options}
      loadData={loadData}
      changeOnSelect
      allowClear
      value={path}
      placeholder={placeholder ?? t('participation.regionPlaceholder')}
      aria-label={t('participation.region')}
      displayRender={(labels) => (lineage.length ? lineage.map((r) => r.name) : labels).join(' / ')}
      onChange={(codes) => onChange(codes?.length ? String(codes[codes.length - 1]) : undefined)}
      data-testid={testId}
    />
  );
}
