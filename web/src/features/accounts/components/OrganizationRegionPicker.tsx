/**
 * The region of a new organization. A bureau: one of the direct children of `childOf` (the caller's level below; any
 * province for the system administrator). A body or expert group: `within` itself or any region below it.
 */
import { useEffect, useState } from 'react';
import { Cascader } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  fetchRegionChildren,
  toRegionOption,
  useRegion,
  useRegionChildren,
  type RegionOption,
} from '../../../components/regions/regions';

interface Props {
  mode: 'child' | 'within';
  /** child: the parent bureau's region (null: provinces); within: the enclosing region (null: anywhere). */
  root: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  testId: string;
}

export function OrganizationRegionPicker({ mode, root, value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const rootRegion = useRegion(mode === 'within' && root ? root : undefined);
  const children = useRegionChildren(mode === 'child' && root ? root : undefined);
  const [options, setOptions] = useState<RegionOption[]>([]);
  const [picked, setPicked] = useState<string[]>();

  useEffect(() => {
    if (mode === 'child' && children.data)
      setOptions(children.data.map((r) => ({ ...toRegionOption(r), isLeaf: true })));
    if (mode === 'within' && !root && children.data) setOptions(children.data.map(toRegionOption));
    if (mode === 'within' && root && rootRegion.data) {
      const r = rootRegion.data.region;
      setOptions([{ ...toRegionOption(r) }]);
    }
  }, [mode, root, children.data, rootRegion.data]);

  const loadData = (chosen: RegionOption[]) => {
    const target = chosen[chosen.length - 1];
    if (mode === 'child' || !target || target.children) return;
    void fetchRegionChildren(target.value).then((list) => {
      target.children = list.map(toRegionOption);
      if (list.length === 0) target.isLeaf = true;
      setOptions((current) => [...current]);
    });
  };

  return (
    <Cascader<RegionOption>
      options={options}
      loadData={loadData}
      changeOnSelect={mode === 'within'}
      value={value && picked?.[picked.length - 1] === value ? picked : value ? [value] : undefined}
      placeholder={t('accounts.regionPlaceholder')}
      onChange={(codes) => {
        const chosen = (codes ?? []).map(String);
        setPicked(chosen);
        onChange?.(chosen.length ? chosen[chosen.length - 1] : undefined);
      }}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
