/**
 * The enterprise's county, chosen below a root region (the campaign's or the bureau's, whichever is
 * deeper); levels load when opened. A county root has nothing to choose: it is the answer.
 */
import { useEffect, useState } from 'react';
import { Cascader, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { regionLevel, regionLineage } from '../../../../../../domain/regions/region-code.js';
import {
  fetchRegionChildren,
  toRegionOption,
  useRegion,
  useRegionChildren,
  type RegionOption,
} from '../../../../components/regions/regions';

interface Props {
  rootCode: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  status?: 'error';
}

export function ScopedRegionCascader({ rootCode, value, onChange, status }: Props) {
  const { t } = useTranslation();
  const county = regionLevel(rootCode) === 'county';
  const root = useRegion(rootCode);
  const first = useRegionChildren(county ? undefined : rootCode);
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [picked, setPicked] = useState<string[]>();
  useEffect(() => {
    if (!county && first.data) setOptions(first.data.map(toRegionOption));
  }, [county, first.data]);
  useEffect(() => {
    if (county && value !== rootCode) onChange?.(rootCode);
  }, [county, rootCode, value, onChange]);

  if (county) return <Input value={root.data?.region.name ?? rootCode} disabled data-testid="field-regionCode" />;

  const loadData = (chosen: RegionOption[]) => {
    const target = chosen[chosen.length - 1];
    if (!target || target.children) return;
    void fetchRegionChildren(target.value).then((children) => {
      target.children = children.map(toRegionOption);
      if (children.length === 0) target.isLeaf = true;
      setOptions((current) => [...current]);
    });
  };
  // the form stores the county code; its path is the one picked, else the code's lineage below the root
  const lineage = regionLineage(value ?? '');
  const path = !value
    ? undefined
    : picked && picked[picked.length - 1] === value
      ? picked
      : lineage.slice(lineage.indexOf(rootCode) + 1);

  return (
    <Cascader<RegionOption>
      options={options}
      loadData={loadData}
      value={path}
      status={status}
      placeholder={t('application.regionPlaceholder')}
      showSearch={false}
      onChange={(codes) => {
        const chosen = (codes ?? []).map(String);
        setPicked(chosen);
        onChange?.(chosen.length ? chosen[chosen.length - 1] : undefined);
      }}
      style={{ width: '100%' }}
      data-testid="field-regionCode"
    />
  );
}
