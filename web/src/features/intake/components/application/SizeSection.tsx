/** Size-rule row, certification category and the three figures, with the size class shown live beside them. */
import { Card, Col, Form, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_SIZE_INDUSTRIES } from '../../../../../../domain/enterprise-size/enterprise-size.js';
import { industryOptions } from '../../../../lib/industry';
import { useLanguage } from '../../../../lib/use-language';
import { SizeClassificationResult } from '../SizeClassificationResult';
import type { ApplicationField, ApplicationFormValues } from './application-values';
import type { FieldStatus } from './use-application-check';

const num = (n: number | null | undefined) => (typeof n === 'number' ? n : undefined);

export function SizeSection({
  status,
  values,
}: {
  status: (field: ApplicationField) => FieldStatus;
  values: ApplicationFormValues;
}) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sizeOptions = ENTERPRISE_SIZE_INDUSTRIES.map((i) => ({
    value: i.key,
    label: `${i.row ? `${i.row}. ` : ''}${lang === 'en-US' ? i.nameEn : i.nameZh}`,
  }));
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Form.Item
          name="sizeIndustry"
          label={t('application.sizeIndustry')}
          extra={t('application.sizeIndustryHint')}
          {...status('sizeIndustry')}
        >
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={sizeOptions}
            data-testid="field-sizeIndustry"
          />
        </Form.Item>
        <Form.Item name="industryCode" label={t('application.industryCode')} required {...status('industryCode')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={industryOptions(lang)}
            data-testid="field-industryCode"
          />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="employees" label={t('application.employees')} {...status('employees')}>
              <InputNumber
                min={0}
                precision={0}
                style={{ width: '100%' }}
                suffix={t('common.persons')}
                data-testid="field-employees"
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="revenueWan" label={t('application.revenueWan')} {...status('revenueWan')}>
              <InputNumber min={0} style={{ width: '100%' }} suffix={t('common.wan')} data-testid="field-revenueWan" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="assetsWan" label={t('application.assetsWan')} {...status('assetsWan')}>
              <InputNumber min={0} style={{ width: '100%' }} suffix={t('common.wan')} data-testid="field-assetsWan" />
            </Form.Item>
          </Col>
        </Row>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" style={{ background: '#fafcff' }}>
          <SizeClassificationResult
            industry={values.sizeIndustry || undefined}
            employees={num(values.employees)}
            revenueWan={num(values.revenueWan)}
            assetsWan={num(values.assetsWan)}
          />
        </Card>
      </Col>
    </Row>
  );
}
