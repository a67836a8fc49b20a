/**
 * A region inside a jurisdiction (ADR 0004): the bureau's own region first, its cities and counties loaded when a
 * level is opened, nothing outside it. For planning a campaign for any region a bureau oversees.
 */
import { useEffect, useMemo, useState } from 'react';
import { Cascader } from 'antd';
import { isWithinRegion } from '../../../../domain/regions/region-code.js';
import { fetchRegionChildren, useRegion, type RegionOption } from './regions';

interface Props {
  /** The jurisdiction: the bureau's region. */
  root: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  testId?: string;
  ariaLabel?: string;
}

export function JurisdictionCascader({ root, value, onChange, testId, ariaLabel }: Props) {
  const rootRegion = useRegion(root);
  const [options, setOptions] = useState<RegionOption[]>([]);
  useEffect(() => {
    const r = rootRegion.data?.region;
    if (r) setOptions([{ value: r.code, label: r.name, isLeaf: r.level === 'county' }]);
  }, [rootRegion.data]);

  // the path from the jurisdiction down to the chosen region
  const selected = useRegion(value && value !== root ? value : undefined);
  const lineage = useMemo(
    () => (selected.data?.lineage ?? []).filter((r) => isWithinRegion(r.code, root)),
    [selected.data, root],
  );
  const path = value ? (value === root ? [root] : lineage.map((r) => r.code)) : undefined;

  const loadData = (chosen: RegionOption[]) => {
    const target = chosen[chosen.length - 1];
    if (!target || target.children) return;
    void fetchRegionChildren(target.value).then((children) => {
      target.children = children.map((c) => ({ value: c.code, label: c.name, isLeaf: c.level === 'county' }));
      if (children.length === 0) target.isLeaf = true;
      setOptions((current) => [...current]);
    });
  };

  return (
    <Cascader<RegionOption>
      options={options}
      loadData={loadData}
      changeOnSelect
      value={path}
      allowClear={false}
      aria-label={ariaLabel}
      displayRender={(labels) =>
        (value && value !== root && lineage.length ? lineage.map((r) => r.name) : labels).join(' / ')
      }
      onChange={(codes) => onChange?.(codes?.length ? String(codes[codes.length - 1]) : undefined)}
      data-testid={testId}
      style={{ width: '100%' }}
    />
  );
}
