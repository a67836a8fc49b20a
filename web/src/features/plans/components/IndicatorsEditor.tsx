/**
 * The plan's improvement indicators (Annex C: 评价项目, 评价指标, 提升前, 提升目标): the item (one of
 * the 9), optionally the measured sub-item — choosing one fills name, unit, direction and the
 * surveyed baseline (baselineFromSurvey) — then direction, baseline, target and how it is measured.
 */
import type { ReactNode } from 'react';
import { Col, Flex, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { baselineFromSurvey, type PlanIndicator } from '../../../../../domain/plans/plan.js';
import { DIRECTIONS, type Direction, type SurveyTemplate } from '../../../../../domain/survey/annex-a-template.js';
import type { Survey } from '../../../../../domain/survey/survey.js';
import { useLanguage } from '../../../lib/use-language';
import { ListEditor } from '../../../components/ListEditor';
import { nameIn } from '../../../components/survey/survey-labels';
import { nextIndicatorKey } from './plan-prefill';

interface Props {
  indicators: ReadonlyArray<PlanIndicator>;
  onChange: (rows: PlanIndicator[]) => void;
  template: SurveyTemplate;
  survey: Survey | null;
  problems: ReadonlyMap<number, string[]>;
}

function Labelled({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={2}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
      {children}
    </Flex>
  );
}

export function IndicatorsEditor({ indicators, onChange, template, survey, problems }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const itemOptions = template.items.map((it, i) => ({ value: it.key, label: `${i + 1}. ${nameIn(it, lang)}` }));

  const pickSubItem = (row: PlanIndicator, subItemKey: string | undefined): Partial<PlanIndicator> => {
    if (!subItemKey) return { subItemKey: null };
    const item = template.items.find((it) => it.key === row.itemKey);
    const sub = item?.subItems.find((s) => s.key === subItemKey);
    if (!sub?.measure) return { subItemKey };
    const base = survey ? baselineFromSurvey(template, survey, subItemKey) : null;
    return {
      subItemKey,
      name: nameIn(sub, lang),
      unit: base?.unit ?? sub.measure.unit,
      direction: sub.measure.direction,
      baseline: base?.value ?? null,
    };
  };

  return (
    <ListEditor<PlanIndicator>
      rows={indicators}
      onChange={onChange}
      newRow={() => ({
        key: nextIndicatorKey(indicators.map((i) => i.key)),
        itemKey: template.items[0]?.key ?? '',
        subItemKey: null,
        name: '',
        unit: '',
        direction: 'higher_is_better',
        baseline: null,
        target: Number.NaN,
        method: '',
      })}
      editable
      max={60}
      addLabel={t('plan.addIndicator')}
      testId="plan-indicator"
      renderRow={(row, i, set) => {
        const item = template.items.find((it) => it.key === row.itemKey);
        const subOptions = (item?.subItems ?? [])
          .filter((s) => s.measure)
          .map((s) => ({ value: s.key, label: nameIn(s, lang) }));
        return (
          <Flex vertical gap={4}>
            <Row gutter={[8, 6]}>
              <Col xs={24} md={8}>
                <Labelled label={t('plan.field.itemKey')}>
                  <Select
                    value={row.itemKey}
                    options={itemOptions}
                    onChange={(v: string) => set({ itemKey: v, subItemKey: null })}
                    aria-label={t('plan.field.itemKey')}
                    data-testid={`plan-indicator-${i}-item`}
                  />
                </Labelled>
              </Col>
              <Col xs={24} md={8}>
                <Labelled label={t('plan.field.subItemKey')}>
                  <Select
                    value={row.subItemKey ?? undefined}
                    options={subOptions}
                    allowClear
                    placeholder={subOptions.length ? t('plan.subItemPlaceholder') : t('plan.noMeasures')}
                    disabled={subOptions.length === 0}
                    onChange={(v: string | undefined) => set(pickSubItem(row, v))}
                    aria-label={t('plan.field.subItemKey')}
                    data-testid={`plan-indicator-${i}-subitem`}
                  />
                </Labelled>
              </Col>
              <Col xs={24} md={8}>
                <Labelled label={t('plan.field.name')}>
                  <Input
                    value={row.name}
                    onChange={(e) => set({ name: e.target.value })}
                    maxLength={200}
                    aria-label={t('plan.field.name')}
                    data-testid={`plan-indicator-${i}-name`}
                  />
                </Labelled>
              </Col>
              <Col xs={8} md={4}>
                <Labelled label={t('plan.field.unit')}>
                  <Input
                    value={row.unit}
                    onChange={(e) => set({ unit: e.target.value })}
                    maxLength={20}
                    aria-label={t('plan.field.unit')}
                    data-testid={`plan-indicator-${i}-unit`}
                  />
                </Labelled>
              </Col>
              <Col xs={16} md={6}>
                <Labelled label={t('plan.field.direction')}>
                  <Select
                    value={row.direction}
                    options={DIRECTIONS.map((d) => ({ value: d, label: t(`plan.direction_${d}`) }))}
                    onChange={(v: Direction) => set({ direction: v })}
                    aria-label={t('plan.field.direction')}
                    data-testid={`plan-indicator-${i}-direction`}
                  />
                </Labelled>
              </Col>
              <Col xs={12} md={4}>
                <Labelled label={t('plan.field.baseline')}>
                  <InputNumber
                    value={row.baseline}
                    onChange={(v) => set({ baseline: typeof v === 'number' ? v : null })}
                    inputMode="decimal"
                    style={{ width: '100%' }}
                    aria-label={t('plan.field.baseline')}
                    data-testid={`plan-indicator-${i}-baseline`}
                  />
                </Labelled>
              </Col>
              <Col xs={12} md={4}>
                <Labelled label={t('plan.field.target')}>
                  <InputNumber
                    value={Number.isFinite(row.target) ? row.target : null}
                    onChange={(v) => set({ target: typeof v === 'number' ? v : Number.NaN })}
                    inputMode="decimal"
                    style={{ width: '100%' }}
                    aria-label={t('plan.field.target')}
                    data-testid={`plan-indicator-${i}-target`}
                  />
                </Labelled>
              </Col>
              <Col xs={24} md={6}>
                <Labelled label={t('plan.field.method')}>
                  <Input
                    value={row.method}
                    onChange={(e) => set({ method: e.target.value })}
                    maxLength={500}
                    aria-label={t('plan.field.method')}
                    data-testid={`plan-indicator-${i}-method`}
                  />
                </Labelled>
              </Col>
            </Row>
            {(problems.get(i) ?? []).map((p) => (
              <Typography.Text key={p} type="danger" style={{ fontSize: 12 }}>
                {p}
              </Typography.Text>
            ))}
          </Flex>
        );
      }}
    />
  );
}
