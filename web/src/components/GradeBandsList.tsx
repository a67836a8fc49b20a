/** Table 2 grade bands as a person reads them: 不合格 0–9 分 · 合格 10–29 分 · … (campaign detail, evaluation page). */
import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GradeBand } from '../../../domain/evaluation/annex-c.js';

export function GradeBandsList({ bands, testId }: { bands: ReadonlyArray<GradeBand>; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 2, sm: 4 }}
      data-testid={testId}
      items={bands.map((b) => ({
        key: b.grade,
        label: t(`grade.${b.grade}`),
        children: t('campaign.bandRange', { min: b.min, max: b.max }),
      }))}
    />
  );
}
