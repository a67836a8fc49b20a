/**
 * The enterprise size (大型/中型/小型/微型, or 不适用) while the form is being filled in, computed by
 * the shared rule (国统字〔2017〕213号) right here, with the row and each threshold that decided it.
 * Presentational: the caller passes the current form values.
 */
import type { ReactNode } from 'react';
import { Space, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  tryClassifyEnterpriseSize,
  type EnterpriseSizeOutcome,
  type SizeIndicator,
  type SizeThresholdCheck,
} from '../../../../../domain/enterprise-size/enterprise-size.js';
import { useLanguage } from '../../../lib/use-language';

export interface SizeClassificationResultProps {
  /** A key of ENTERPRISE_SIZE_INDUSTRIES. */
  industry?: string;
  employees?: number;
  revenueWan?: number;
  assetsWan?: number;
}

/** Small and micro (the campaign's enterprises) in calm colours, the others as a warning. */
const SIZE_COLORS: Record<EnterpriseSizeOutcome, string> = {
  micro: 'green',
  small: 'cyan',
  medium: 'orange',
  large: 'red',
  not_applicable: 'default',
};

const { Text } = Typography;

export function SizeClassificationResult({
  industry,
  employees,
  revenueWan,
  assetsWan,
}: SizeClassificationResultProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const numberFormat = new Intl.NumberFormat(lang);
  const indicatorNames = (list: SizeIndicator[]) => list.map((i) => t(`intake.${i}`)).join(t('intake.listSeparator'));
  const amount = (indicator: SizeIndicator, value: number) =>
    t(indicator === 'employees' ? 'intake.valuePersons' : 'intake.valueWan', { value: numberFormat.format(value) });

  const shell = (children: ReactNode, size?: EnterpriseSizeOutcome) => (
    <div data-testid="size-classification" data-size={size ?? ''}>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        {children}
      </Space>
    </div>
  );

  if (!industry) return shell(<Text type="secondary">{t('intake.sizeSelectIndustry')}</Text>);

  const attempt = tryClassifyEnterpriseSize({ industry, employees, revenueWan, assetsWan });
  if (!attempt.ok) {
    const { problem } = attempt;
    const text =
      problem.code === 'missing_indicators'
        ? t('intake.sizeMissing', { indicators: indicatorNames(problem.missing) })
        : problem.code === 'invalid_value'
          ? problem.field === 'employees'
            ? t('intake.sizeInvalidEmployees')
            : t('intake.sizeInvalid', { indicator: t(`intake.${problem.field}`) })
          : t('intake.sizeUnknownIndustry');
    return shell(
      <Space size={8} wrap>
        <Text strong>{t('intake.sizeTitle')}</Text>
        <Text type={problem.code === 'missing_indicators' ? 'secondary' : 'danger'}>{text}</Text>
      </Space>,
    );
  }

  const { size, basis } = attempt.result;
  const industryName = lang === 'en-US' ? basis.industry.nameEn : basis.industry.nameZh;
  const sizeName = (s: string) => t(`enterpriseSize.${s}`);

  const check = (c: SizeThresholdCheck) => (
    <Space key={c.indicator} size={4} data-testid={`size-check-${c.indicator}`} data-met={String(c.met)}>
      {c.met ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : <CloseCircleFilled style={{ color: '#ff4d4f' }} />}
      <Text>
        {t('intake.sizeCheck', {
          indicator: t(`intake.${c.indicator}`),
          value: amount(c.indicator, c.value),
          op: c.met ? '≥' : '<',
          threshold: amount(c.indicator, c.threshold),
        })}
      </Text>
      <Text type="secondary">{c.met ? t('intake.sizeMet') : t('intake.sizeNotMet')}</Text>
    </Space>
  );

  return shell(
    <>
      <Space size={8} wrap>
        <Text strong>{t('intake.sizeTitle')}</Text>
        <Tag color={SIZE_COLORS[size]} style={{ marginInlineEnd: 0 }} data-testid="size-tag">
          {sizeName(size)}
        </Tag>
      </Space>
      {basis.applicable ? (
        <>
          <Text>{t('intake.sizeRow', { row: basis.industry.row, industry: industryName })}</Text>
          {basis.tiers.map((tier) => (
            <div key={tier.size} data-testid={`size-tier-${tier.size}`} data-met={String(tier.met)}>
              <Text type="secondary">{t('intake.sizeTierBounds', { size: sizeName(tier.size) })}</Text>
              <div style={{ paddingInlineStart: 16 }}>
                <Space orientation="vertical" size={0}>
                  {tier.checks.map(check)}
                </Space>
              </div>
            </div>
          ))}
          <Text>
            {basis.reason === 'below_small_lower_bound'
              ? t('intake.sizeReasonBelowSmall')
              : t('intake.sizeReasonMeetsAll', { size: sizeName(size).toLocaleLowerCase(lang) })}
          </Text>
          {basis.missing.length > 0 ? (
            <Text type="secondary">
              {t('intake.sizeMissingNotNeeded', { indicators: indicatorNames(basis.missing) })}
            </Text>
          ) : null}
        </>
      ) : (
        <Text>{t('intake.sizeReasonOutOfScope', { industry: industryName })}</Text>
      )}
      {basis.ignored.length > 0 ? (
        <Text type="secondary">{t('intake.sizeIgnored', { indicators: indicatorNames(basis.ignored) })}</Text>
      ) : null}
      <Text type="secondary" style={{ fontSize: 12 }}>
        {t('intake.sizeSource', { source: basis.standard.source })}
      </Text>
    </>,
    size,
  );
}
